// supportdesk-cli statement on the hand-worked October of tests/fixtures/golden:
// the PDF's text read back with pdftotext (poppler-utils, installed by
// ./dev.sh test) against golden text in French and in English, its fonts
// embedded, its title; the HTML; one file per account with --all; and the
// commands refused without leaving a file. On SQLite and, as
// tst_cli_statement_postgresql, on PostgreSQL.
#include "GoldenOctober.h"
#include "PdfText.h"
#include "TestStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::fixturePath;
using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

using PdfText::pageText;
using PdfText::poppler;

class TestCliStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_store = m_testStore.location();
        QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore.error()));
        const QList<QStringList> setup = GoldenOctober::documentCliCommands();
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
            << QStringLiteral("Bistro, Inc.") << QStringLiteral("statement-bistro-fr.txt");
        QTest::newRow("Acme, English") << QStringLiteral("Acme") << QStringLiteral("statement-acme-en.txt");
    }

    void pdfInTheAccountsLanguage()
    {
        QFETCH(QString, account);
        QFETCH(QString, golden);
        const QString pdf = m_folder.filePath(golden + QStringLiteral(".pdf"));
        const auto run =
            runCli(db(QStringList{QStringLiteral("statement"), account} +
                          words({"--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z", "--output"})
                      << pdf));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("wrote %1\n").arg(pdf));
        const QString expected =
            QString::fromUtf8(readFile(fixturePath(QStringLiteral("golden/october/") + golden)));
        QCOMPARE(pageText(pdf), expected);

        // Every font is embedded: the customer's reader shows what was made.
        const QString notEmbedded = PdfText::fontNotEmbedded(pdf);
        QVERIFY2(notEmbedded.isEmpty(), qPrintable(notEmbedded));
        // The chart of daily averages, drawn at print resolution.
        const QStringList images = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                       .split(u'\n', Qt::SkipEmptyParts)
                                       .mid(2);
        QCOMPARE(images.size(), 1);
        static const QRegularExpression size(
            QStringLiteral("^\\s*\\d+\\s+\\d+\\s+\\w+\\s+(\\d+)\\s+(\\d+)\\s"));
        const auto dimensions = size.match(images.first());
        QVERIFY2(dimensions.hasMatch(), qPrintable(images.first()));
        QCOMPARE(dimensions.captured(1).toInt(), 1800);
        // The month's tickets ride inside, as evidence for a claim.
        const QString month = golden.section(u'.', 0, 0);
        QCOMPARE(poppler(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf}),
                 QStringLiteral("1 embedded files\n1: tickets 2026-10.csv\n"));
        const QString csv = m_folder.filePath(month + QStringLiteral("-tickets.csv"));
        QCOMPARE(poppler(QStringLiteral("pdfdetach"),
                         {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), csv, pdf}),
                 QString());
        QCOMPARE(QString::fromUtf8(readFile(csv)),
                 QString::fromUtf8(readFile(fixturePath(QStringLiteral("golden/october/") + month +
                                                        QStringLiteral("-tickets.csv")))));
        const QString info = poppler(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[1-9]"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Creator:         SupportDesk")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral(", octobre 2026")) ||
                     info.contains(QStringLiteral(", October 2026")),
                 qPrintable(info));
    }

    void htmlForEmail()
    {
        const QString html = m_folder.filePath(QStringLiteral("acme.html"));
        const auto run =
            runCli(db(words({"statement", "Acme", "--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z",
                             "--language", "fr", "--format", "html", "--output"})
                      << html));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(readFile(html));
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(text.contains(QStringLiteral("<html lang=\"fr\">")));
        QVERIFY(text.contains(QStringLiteral("Acme, octobre 2026")));
        QVERIFY(text.contains(QStringLiteral("Nimbus Communications")));
        // The chart travels inside the page: an e-mail has no other file.
        static const QRegularExpression chart(
            QStringLiteral("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
        const auto embedded = chart.match(text);
        QVERIFY(embedded.hasMatch());
        QImage picture;
        QVERIFY(picture.loadFromData(QByteArray::fromBase64(embedded.captured(1).toLatin1()), "PNG"));
        QCOMPARE(picture.width(), 1800);
    }

    void everyAccountInOneFolder()
    {
        const QString folder = m_folder.filePath(QStringLiteral("october"));
        const auto run = runCli(db(
            words({"statement", "--all", "--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z", "--output"})
            << folder));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("wrote 3 statements to %1\n").arg(folder));
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("Acme 2026-10.pdf"), QStringLiteral("Bistro, Inc. 2026-10.pdf"),
                              QStringLiteral("Cobalt 2026-10.pdf")}));
        // The same pages as the account's own statement.
        QCOMPARE(pageText(QDir(folder).filePath(QStringLiteral("Bistro, Inc. 2026-10.pdf"))),
                 QString::fromUtf8(
                     readFile(fixturePath(QStringLiteral("golden/october/statement-bistro-fr.txt")))));
    }

    void refusedWithoutAFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown account")
            << words({"statement", "Nobody", "--month", "2026-10"}) << QStringLiteral("Nobody");
        QTest::newRow("unknown language")
            << words({"statement", "Acme", "--month", "2026-10", "--language", "de"})
            << QStringLiteral("'de'");
        QTest::newRow("no month") << words({"statement", "Acme"}) << QStringLiteral("--month");
        QTest::newRow("bad format") << words({"statement", "Acme", "--month", "2026-10", "--format", "docx"})
                                    << QStringLiteral("docx");
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

    void vendorIsASettingOfTheStore()
    {
        const auto shown = runCli(db(words({"vendor", "show"})));
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out, QByteArray("name: Nimbus Communications\nlogo: none\n"));
        const auto empty = runCli(db(words({"vendor", "set", "  "})));
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("the vendor's name is empty"), empty.err.constData());
        QCOMPARE(runCli(db(words({"vendor", "show"}))).out,
                 QByteArray("name: Nimbus Communications\nlogo: none\n"));
    }

    void withoutAnOutputItSaysWhere()
    {
        const auto run = runCli(db(words({"statement", "Acme", "--month", "2026-10"})));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--output FILE is required"), run.err.constData());
    }

    void logoIsASettingOfTheStore()
    {
        QImage logo(240, 80, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x4e, 0x79));
        const QString png = m_folder.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(png, "PNG"));
        const auto set = runCli(db(words({"vendor", "logo"}) << png));
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const auto shown = runCli(db(words({"vendor", "show"})));
        QVERIFY2(shown.out.startsWith("name: Nimbus Communications\nlogo: PNG, "), shown.out.constData());

        // Above the title of the PDF and of the e-mail.
        const QString pdf = m_folder.filePath(QStringLiteral("with-logo.pdf"));
        QCOMPARE(runCli(db(words({"statement", "Acme", "--month", "2026-10", "--output"}) << pdf)).exitCode,
                 0);
        const QStringList images = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                       .split(u'\n', Qt::SkipEmptyParts)
                                       .mid(2);
        QCOMPARE(images.size(), 2);
        QVERIFY2(images.first().contains(
                     QRegularExpression(QStringLiteral("^\\s*1\\s+\\d+\\s+image\\s+240\\s+80\\s"))),
                 qPrintable(images.first()));
        const QString html = m_folder.filePath(QStringLiteral("with-logo.html"));
        QCOMPARE(runCli(db(words({"statement", "Acme", "--month", "2026-10", "--format", "html", "--output"})
                           << html))
                     .exitCode,
                 0);
        QCOMPARE(QString::fromUtf8(readFile(html)).count(QStringLiteral("<img src=\"data:image/png;base64,")),
                 2);

        // What is not a picture is refused and the logo kept.
        const QString text = m_folder.filePath(QStringLiteral("logo.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        const auto refused = runCli(db(words({"vendor", "logo"}) << text));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is not an image SupportDesk can read"), refused.err.constData());
        QVERIFY(runCli(db(words({"vendor", "show"}))).out.contains("logo: PNG"));

        QCOMPARE(runCli(db(words({"vendor", "logo", "--clear"}))).out, QByteArray("logo: none\n"));
        QCOMPARE(runCli(db(words({"vendor", "show"}))).out,
                 QByteArray("name: Nimbus Communications\nlogo: none\n"));
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

QTEST_GUILESS_MAIN(TestCliStatement)
#include "tst_cli_statement.moc"
