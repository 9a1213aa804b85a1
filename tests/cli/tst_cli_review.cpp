// supportdesk-cli review and notes on the hand-worked October of
// tests/fixtures/golden, the fourth quarter of 2026: the PDF's text read back
// with pdftotext against golden text in French (Bistro: a plan change, a
// missed P1, a claim, the TAM's notes, a closure of its Paris calendar in the
// coming quarter) and in English (Acme), its fonts embedded and title; the
// HTML; --all writing only the accounts whose plan includes the review; the
// notes kept per account and quarter; refusals leaving no file. On SQLite
// and, as tst_cli_review_postgresql, on PostgreSQL.
#include "GoldenOctober.h"
#include "PdfText.h"
#include "TestStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::fixturePath;
using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

namespace {

const char Notes[] = "Deux incidents P1 en octobre, tous deux sur Voice.\n\n"
                     "Actions : revoir l'astreinte du week-end <avant> le 15 janvier.";

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_store = m_testStore.location();
        QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore.error()));
        const QList<QStringList> setup =
            GoldenOctober::documentCliCommands() +
            QList<QStringList>{
                // New Year's Day 2027 is a Friday, the 2nd a Saturday (closed
                // anyway: not listed).
                words({"holiday", "add", "Paris office", "2027-01-01", "--name", "Jour de l'an"}),
                words({"holiday", "add", "Paris office", "2027-01-02", "--name", "Lendemain"}),
                // The one account whose plan includes the review.
                words({"plan", "set", "Cobalt", "personalized", "--from", "2026-12-01"}),
                words({"notes", "set", "Bistro, Inc.", "--quarter", "2026-Q4", "--text", Notes}),
            };
        for (const QStringList &command : setup) {
            const auto run = runCli(db(command));
            QVERIFY2(run.exitCode == 0,
                     qPrintable(command.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        }
    }

    void pdfInTheAccountsLanguage_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("golden");
        QTest::newRow("Bistro, French")
            << QStringLiteral("Bistro, Inc.") << QStringLiteral("review-bistro-fr.txt");
        QTest::newRow("Acme, English") << QStringLiteral("Acme") << QStringLiteral("review-acme-en.txt");
    }

    void pdfInTheAccountsLanguage()
    {
        QFETCH(QString, account);
        QFETCH(QString, golden);
        const QString pdf = m_folder.filePath(golden + QStringLiteral(".pdf"));
        const auto run =
            runCli(db(QStringList{QStringLiteral("review"), account} +
                          words({"--quarter", "2026-Q4", "--as-of", "2027-01-05T00:00:00Z", "--output"})
                      << pdf));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("wrote %1\n").arg(pdf));
        QCOMPARE(PdfText::pageText(pdf),
                 QString::fromUtf8(readFile(fixturePath(QStringLiteral("golden/october/") + golden))));
        // The quarter's tickets ride inside: Bistro's six, Acme's five.
        QCOMPARE(PdfText::poppler(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf}),
                 QStringLiteral("1 embedded files\n1: tickets 2026-Q4.csv\n"));
        const QString csv = pdf + QStringLiteral(".csv");
        PdfText::poppler(QStringLiteral("pdfdetach"),
                         {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), csv, pdf});
        const QString rows = QString::fromUtf8(readFile(csv));
        QVERIFY(rows.startsWith(QStringLiteral("ticket_id,subject,priority,")));
        // A record starts with a ticket id (T5's subject spans two lines).
        QCOMPARE(rows.count(QRegularExpression(QStringLiteral("(^|\n)[TB]\\d+,"))),
                 account == u"Acme" ? 5 : 6);
        const QString notEmbedded = PdfText::fontNotEmbedded(pdf);
        QVERIFY2(notEmbedded.isEmpty(), qPrintable(notEmbedded));
        const QString info = PdfText::poppler(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Creator:         SupportDesk")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral(", T4 2026")) || info.contains(QStringLiteral(", Q4 2026")),
                 qPrintable(info));
    }

    void htmlForEmailEscapesTheNotes()
    {
        const QString html = m_folder.filePath(QStringLiteral("bistro.html"));
        const auto run = runCli(db(words({"review", "Bistro, Inc.", "--quarter", "2026-Q4", "--as-of",
                                          "2027-01-05T00:00:00Z", "--format", "html", "--output"})
                                   << html));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(readFile(html));
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(text.contains(QStringLiteral("<html lang=\"fr\">")));
        QVERIFY(text.contains(QStringLiteral("Évaluation trimestrielle du statut")));
        // The title is text alone, as a browser shows it in its tab.
        QVERIFY2(text.contains(QStringLiteral(
                     "<title>Évaluation trimestrielle du statut\u00A0: Bistro, Inc., T4 2026</title>")),
                 qPrintable(text.left(400)));
        QVERIFY2(
            text.contains(QStringLiteral("revoir l&#39;astreinte du week-end &lt;avant&gt; le 15 janvier")) ||
                text.contains(QStringLiteral("revoir l'astreinte du week-end &lt;avant&gt; le 15 janvier")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("<avant>")));
    }

    void allWritesTheAccountsWhosePlanIncludesTheReview()
    {
        const QString folder = m_folder.filePath(QStringLiteral("q4"));
        const auto run = runCli(db(
            words({"review", "--all", "--quarter", "2026-Q4", "--as-of", "2027-01-05T00:00:00Z", "--output"})
            << folder));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            QString::fromUtf8(run.out),
            QStringLiteral("wrote 1 reviews to %1 (the accounts whose plan includes the quarterly review)\n")
                .arg(folder));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("Cobalt 2026-Q4.pdf")});
        QVERIFY(PdfText::pageText(QDir(folder).filePath(QStringLiteral("Cobalt 2026-Q4.pdf")))
                    .contains(QStringLiteral("Personalized")));
        // The quarter before, Cobalt had no plan: no review.
        const QString before = m_folder.filePath(QStringLiteral("q3"));
        const auto none = runCli(db(
            words({"review", "--all", "--quarter", "2026-Q3", "--as-of", "2027-01-05T00:00:00Z", "--output"})
            << before));
        QVERIFY2(none.exitCode == 0, none.err.constData());
        QVERIFY(none.out.startsWith("wrote 0 reviews"));
        QVERIFY(QDir(before).entryList(QDir::Files).isEmpty());
    }

    void notesAreKeptPerAccountAndQuarter()
    {
        const auto shown = runCli(db(words({"notes", "show", "Bistro, Inc.", "--quarter", "2026-Q4"})));
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QString::fromUtf8(shown.out), QString::fromUtf8(Notes) + u'\n');
        const auto other = runCli(db(words({"notes", "show", "Bistro, Inc.", "--quarter", "2026-Q3"})));
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(other.out, QByteArray());
        // Saved again over what was read: replaced, not added.
        const auto again = runCli(db(words({"notes", "set", "Acme", "--quarter", "2026-Q4", "--file", "-"})),
                                  QByteArray("Première note\n"));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(runCli(db(words({"notes", "set", "Acme", "--quarter", "2026-Q4", "--text", "Seconde"})))
                    .exitCode == 0);
        QCOMPARE(runCli(db(words({"notes", "show", "Acme", "--quarter", "2026-Q4"}))).out,
                 QByteArray("Seconde\n"));
        QVERIFY(runCli(db(words({"notes", "set", "Acme", "--quarter", "2026-Q4", "--text", ""}))).exitCode ==
                0);
    }

    void refusedWithoutAFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown account")
            << words({"review", "Nobody", "--quarter", "2026-Q4"}) << QStringLiteral("Nobody");
        QTest::newRow("no quarter") << words({"review", "Acme"}) << QStringLiteral("--quarter YYYY-Qn");
        QTest::newRow("fifth quarter")
            << words({"review", "Acme", "--quarter", "2026-Q5"}) << QStringLiteral("--quarter YYYY-Qn");
        QTest::newRow("a month") << words({"review", "Acme", "--quarter", "2026-10"})
                                 << QStringLiteral("--quarter YYYY-Qn");
        QTest::newRow("unknown language")
            << words({"review", "Acme", "--quarter", "2026-Q4", "--language", "de"})
            << QStringLiteral("'de'");
    }

    void refusedWithoutAFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString pdf = m_folder.filePath(QStringLiteral("refused.pdf"));
        const auto run = runCli(db(arguments << QStringLiteral("--output") << pdf));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFile::exists(pdf));
    }

    void notesRefusals()
    {
        const auto both =
            runCli(db(words({"notes", "set", "Acme", "--quarter", "2026-Q4", "--text", "x", "--file", "y"})));
        QCOMPARE(both.exitCode, 1);
        QVERIFY2(both.err.contains("give --text TEXT or --file FILE"), both.err.constData());
        const auto missing = runCli(
            db(words({"notes", "set", "Acme", "--quarter", "2026-Q4", "--file", "/nonexistent/notes.txt"})));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("cannot read '/nonexistent/notes.txt'"), missing.err.constData());
        const auto noQuarter = runCli(db(words({"notes", "show", "Acme"})));
        QCOMPARE(noQuarter.exitCode, 1);
        QVERIFY2(noQuarter.err.contains("--quarter YYYY-Qn"), noQuarter.err.constData());
    }

private:
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }

    QTemporaryDir m_folder;
    TestStore m_testStore;
    QString m_store;
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
