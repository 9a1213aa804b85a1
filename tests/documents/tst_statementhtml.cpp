// The monthly statement's HTML in English and in French, whatever the
// program's own language: the hand-worked October of tests/fixtures/golden
// (Bistro, Inc.: a plan change on the 15th, a missed P1), its money, dates,
// times and words in the document's language.
#include "AccountStore.h"
#include "ClaimStore.h"
#include "Database.h"
#include "GoldenOctober.h"
#include "StatementHtml.h"
#include "StatementService.h"
#include "StoreFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using GoldenOctober::AsOf;

// The text of the page without its tags, entities decoded, spaces folded:
// what a reader sees.
QString visibleText(QString html)
{
    html.remove(QRegularExpression(u"<head>.*</head>"_s, QRegularExpression::DotMatchesEverythingOption));
    // Spans keep words together on a line: no space of their own.
    html.remove(QRegularExpression(u"</?span[^>]*>"_s));
    html.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    html.replace(u"&amp;"_s, u"&"_s);
    // Only ASCII white space: the no-break spaces of French typography are
    // part of what is checked.
    return html.replace(QRegularExpression(u"[ \\t\\r\\n]+"_s), u" "_s).trimmed();
}

} // namespace

class TestStatementHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Database &database = m_fixture->database();
        const auto ids = GoldenOctober::setUp(database);
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        AccountStore accounts(database);
        Account bistro = accounts.findById(ids->bistro).value();
        bistro.language = u"fr"_s;
        bistro.tamName = u"Élise Martin"_s;
        bistro.tamEmail = u"elise.martin@vendor.example"_s;
        QVERIFY(accounts.update(bistro).ok());
        QVERIFY(ClaimStore(database)
                    .record(ids->bistro, {2026, 10}, QDate(2026, 11, 5), ClaimOutcome::Accepted, 164516, 0)
                    .ok());
    }

    void inFrench()
    {
        const QString text = render(u"Bistro, Inc."_s, u"fr"_s);
        for (const QString &expected :
             {u"Relevé mensuel de niveau de service"_s, u"Bistro, Inc., octobre 2026"_s,
              u"Élise Martin <elise.martin@vendor.example>"_s, u"2 novembre 2026 00:00 UTC"_s,
              // Developer then Enterprise from the 15th, prorated.
              u"Développeur 1 oct. – 14 oct."_s, u"Entreprise 15 oct. – 31 oct. 17"_s,
              u"6,00\u202F% des dépenses, minimum 1\u202F500,00\u00A0$"_s, u"1\u202F645,16\u00A0$"_s,
              u"Dépenses du mois\u00A0: 50\u202F000,00\u00A0$"_s,
              // P1 on Enterprise: 45 and 90 minutes, 24/7 target of an hour.
              u"1 h, 24\u00A0h sur 24"_s,
              u"P1 1 h, 24\u00A0h sur 24 2 2 67,50 67,50 90,00 50,00\u202F% Manqué"_s,
              u"à réclamer avant le 30 novembre 2026"_s,
              u"Réclamation déposée le 5 novembre 2026\u00A0: Acceptée, 1\u202F645,16\u00A0$ crédité."_s,
              u"B3 Outage again"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n--- not in ---\n"_s + text));
        }
        QVERIFY2(!text.contains(u"Monthly"_s), qPrintable(text));
    }

    void inEnglish()
    {
        const QString text = render(u"Acme"_s, u"en"_s);
        for (const QString &expected :
             {u"Monthly SLA statement"_s, u"Acme, October 2026"_s, u"4.00% of spend, minimum $250.00"_s,
              u"share of spend applies $400.00"_s,
              u"P1 3 h, business hours 2 2 210.00 210.00 300.00 50.00% Missed"_s, u"3 h, business hours"_s,
              u"A missed guarantee earns a credit of $400.00, to be claimed by November 30, 2026."_s,
              u"No claim has been filed yet."_s, u"Alpha not generally available 1"_s,
              u"T5 Multi-line subject 2026-10-20 16:00 UTC waiting 6,300.00 min"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n--- not in ---\n"_s + text));
        }
    }

    void escapesWhatTheStoreHolds()
    {
        const QString acme = render(u"Acme"_s, u"en"_s, true);
        QVERIFY2(acme.contains(u"Question about &quot;rate limits&quot;"_s), qPrintable(acme));
        QVERIFY(!acme.contains(u"about \"rate"_s));
        const QString bistro = render(u"Bistro, Inc."_s, u"fr"_s, true);
        QVERIFY2(bistro.contains(u"Élise Martin &lt;elise.martin@vendor.example&gt;"_s), qPrintable(bistro));
    }

    void anUnknownLanguageIsRefused()
    {
        const auto german = DocumentLanguage::load(u"de"_s);
        QVERIFY(!german.ok());
        QCOMPARE(german.message(), u"unknown document language 'de' (use en, fr)"_s);
    }

private:
    QString render(const QString &account, const QString &language, bool raw = false)
    {
        const auto statement = StatementService(m_fixture->database()).compute(account, {2026, 10}, AsOf);
        if (!statement.ok())
            return statement.message();
        const auto loaded = DocumentLanguage::load(language);
        if (!loaded.ok())
            return loaded.message();
        const QString html = statementHtml(*statement, *loaded, DocumentVendor{u"Vendor Inc."_s});
        return raw ? html : visibleText(html);
    }

    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestStatementHtml)
#include "tst_statementhtml.moc"
