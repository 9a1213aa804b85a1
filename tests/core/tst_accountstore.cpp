#include "AccountStore.h"
#include "Calendar.h"
#include "CalendarStore.h"
#include "ClaimStore.h"
#include "Database.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "StoreFixture.h"
#include "TicketStore.h"

#include <QSqlQuery>
#include <QTest>

namespace {

Account account(const QString &name, const QString &zone = QStringLiteral("UTC"),
                const QString &calendar = {})
{
    Account a;
    a.name = name;
    a.timeZoneId = zone;
    a.calendarName = calendar;
    return a;
}

Calendar officeCalendar(const QString &name)
{
    Calendar calendar;
    calendar.name = name;
    calendar.timeZoneId = QStringLiteral("Europe/Paris");
    for (int day = 0; day < 5; ++day)
        calendar.schedule[std::size_t(day)] = {{540, 1080}};
    return calendar;
}

qint64 rowsOf(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    }
    void cleanup() { m_fixture.reset(); }

    void addsWithDefaults()
    {
        AccountStore store(m_fixture->database());
        Account acme;
        acme.name = QStringLiteral("Acme");
        acme.timeZoneId.clear();
        const auto id = store.add(acme);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        const auto found = store.findByName(QStringLiteral("Acme"));
        QVERIFY(found.ok());
        QCOMPARE(found->id, *id);
        QCOMPARE(found->timeZoneId, QStringLiteral("UTC"));
        QCOMPARE(found->calendarName, Calendar::vendorDefaultName());
        QCOMPARE(store.findById(*id)->name, QStringLiteral("Acme"));
    }

    void addsWithOwnZoneAndCalendar()
    {
        QVERIFY(
            CalendarStore(m_fixture->database()).add(officeCalendar(QStringLiteral("Paris office"))).ok());
        AccountStore store(m_fixture->database());
        QVERIFY(store
                    .add(account(QStringLiteral("Borealis"), QStringLiteral("Europe/Paris"),
                                 QStringLiteral("Paris office")))
                    .ok());
        const auto found = store.findByName(QStringLiteral("Borealis"));
        QVERIFY(found.ok());
        QCOMPARE(found->timeZoneId, QStringLiteral("Europe/Paris"));
        QCOMPARE(found->calendarName, QStringLiteral("Paris office"));
    }

    void refusesBadAccounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("message");
        QTest::newRow("name taken") << QStringLiteral("Acme") << QStringLiteral("UTC") << QString()
                                    << QStringLiteral("an account named 'Acme' already exists");
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("UTC") << QString()
                                 << QStringLiteral("an account needs a name");
        QTest::newRow("unknown zone")
            << QStringLiteral("Borealis") << QStringLiteral("Mars/Olympus") << QString()
            << QStringLiteral("account 'Borealis': unknown time zone 'Mars/Olympus'");
        QTest::newRow("unknown calendar")
            << QStringLiteral("Borealis") << QStringLiteral("UTC") << QStringLiteral("Moon base")
            << QStringLiteral("no calendar named 'Moon base'");
    }

    void refusesBadAccounts()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, calendar);
        QFETCH(QString, message);
        AccountStore store(m_fixture->database());
        QVERIFY(store.add(account(QStringLiteral("Acme"))).ok());
        const auto added = store.add(account(name, zone, calendar));
        QVERIFY(!added.ok());
        QCOMPARE(added.message(), message);
        QCOMPARE(store.all().value().size(), 1);
    }

    void listsByNameAndFindsNothingWithAMessage()
    {
        AccountStore store(m_fixture->database());
        for (const char *name : {"Zeta", "Acme", "Midway"})
            QVERIFY(store.add(account(QLatin1String(name))).ok());
        QStringList names;
        for (const Account &a : store.all().value())
            names << a.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Acme"), QStringLiteral("Midway"), QStringLiteral("Zeta")}));
        const auto missing = store.findByName(QStringLiteral("Nobody"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.message(), QStringLiteral("no account named 'Nobody'"));
        QVERIFY(!store.findById(999).ok());
    }

    void updatesAndRenames()
    {
        QVERIFY(
            CalendarStore(m_fixture->database()).add(officeCalendar(QStringLiteral("Paris office"))).ok());
        AccountStore store(m_fixture->database());
        const qint64 id = *store.add(account(QStringLiteral("Acme")));
        QVERIFY(store.add(account(QStringLiteral("Borealis"))).ok());
        Account changed = *store.findById(id);
        changed.name = QStringLiteral("Acme Corp");
        changed.timeZoneId = QStringLiteral("Asia/Tokyo");
        changed.calendarName = QStringLiteral("Paris office");
        QVERIFY(store.update(changed).ok());
        const auto found = store.findById(id);
        QCOMPARE(found->name, QStringLiteral("Acme Corp"));
        QCOMPARE(found->timeZoneId, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(found->calendarName, QStringLiteral("Paris office"));

        changed.name = QStringLiteral("Borealis");
        const Status clash = store.update(changed);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.message(), QStringLiteral("an account named 'Borealis' already exists"));
    }

    void keepsWhatTheCustomersDocumentsNeed()
    {
        AccountStore store(m_fixture->database());
        const qint64 id = *store.add(account(QStringLiteral("Acme")));
        QCOMPARE(store.findById(id)->language, QStringLiteral("en"));
        QCOMPARE(store.findById(id)->tamName, QString());

        Account changed = *store.findById(id);
        changed.language = QStringLiteral("fr");
        changed.tamName = QStringLiteral("  Élise Martin ");
        changed.tamEmail = QStringLiteral("elise.martin@vendor.example");
        changed.contactName = QStringLiteral("Comptabilité");
        changed.contactEmail = QStringLiteral("compta@acme.example");
        QVERIFY(store.update(changed).ok());
        const auto found = store.findById(id);
        QCOMPARE(found->language, QStringLiteral("fr"));
        QCOMPARE(found->tamName, QStringLiteral("Élise Martin"));
        QCOMPARE(found->tamEmail, QStringLiteral("elise.martin@vendor.example"));
        QCOMPARE(found->contactName, QStringLiteral("Comptabilité"));
        QCOMPARE(found->contactEmail, QStringLiteral("compta@acme.example"));

        Account added = account(QStringLiteral("Borealis"));
        added.language = QStringLiteral("fr");
        added.contactEmail = QStringLiteral("billing@borealis.example");
        QVERIFY(store.add(added).ok());
        QCOMPARE(store.findByName(QStringLiteral("Borealis"))->language, QStringLiteral("fr"));
        QCOMPARE(store.findByName(QStringLiteral("Borealis"))->contactEmail,
                 QStringLiteral("billing@borealis.example"));
    }

    void refusesAnUnknownLanguageOrAMalformedAddress_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tamEmail");
        QTest::addColumn<QString>("contactEmail");
        QTest::addColumn<QString>("message");
        QTest::newRow("language") << QStringLiteral("de") << QString() << QString()
                                  << QStringLiteral("account 'Acme': unknown language 'de' (use en, fr)");
        QTest::newRow("manager's address")
            << QStringLiteral("en") << QStringLiteral("Élise Martin") << QString()
            << QStringLiteral(
                   "account 'Acme': 'Élise Martin' is not an e-mail address (technical account manager)");
        QTest::newRow("contact's address")
            << QStringLiteral("en") << QString() << QStringLiteral("a@b@c")
            << QStringLiteral("account 'Acme': 'a@b@c' is not an e-mail address (billing contact)");
        QTest::newRow("nothing before the @")
            << QStringLiteral("en") << QString() << QStringLiteral("@acme.example")
            << QStringLiteral("account 'Acme': '@acme.example' is not an e-mail address (billing contact)");
    }

    void refusesAnUnknownLanguageOrAMalformedAddress()
    {
        QFETCH(QString, language);
        QFETCH(QString, tamEmail);
        QFETCH(QString, contactEmail);
        QFETCH(QString, message);
        AccountStore store(m_fixture->database());
        const qint64 id = *store.add(account(QStringLiteral("Acme")));
        Account changed = *store.findById(id);
        changed.language = language;
        changed.tamEmail = tamEmail;
        changed.contactEmail = contactEmail;
        const Status updated = store.update(changed);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.message(), message);
        QCOMPARE(store.findById(id)->language, QStringLiteral("en"));
        QCOMPARE(store.findById(id)->version, changed.version);
    }

    void removesWithEverythingOfTheAccount()
    {
        AccountStore store(m_fixture->database());
        const qint64 acme = *store.add(account(QStringLiteral("Acme")));
        const qint64 other = *store.add(account(QStringLiteral("Borealis")));
        QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Voice"), ProductCategory::Ga).ok());
        QVERIFY(store.setPlan(acme, QStringLiteral("production"), QDate(2026, 1, 1)).ok());
        QVERIFY(SpendStore(m_fixture->database()).set(acme, {2026, 1}, 100).ok());
        QVERIFY(ClaimStore(m_fixture->database())
                    .record(acme, {2026, 1}, QDate(2026, 2, 3), ClaimOutcome::Accepted, 50, 0)
                    .ok());
        Ticket ticket;
        ticket.id = QStringLiteral("T-1");
        ticket.account = QStringLiteral("Acme");
        ticket.subject = QStringLiteral("Calls drop");
        ticket.product = QStringLiteral("Voice");
        ticket.createdAt = 1000;
        QVERIFY(TicketStore(m_fixture->database()).save(ticket).ok());
        ticket.account = QStringLiteral("Borealis");
        QVERIFY(TicketStore(m_fixture->database()).save(ticket).ok());

        QVERIFY(store.remove(acme).ok());
        QVERIFY(!store.findById(acme).ok());
        QVERIFY(store.findById(other).ok());
        QCOMPARE(rowsOf(m_fixture->database(), QStringLiteral("tickets")), 1);
        QCOMPARE(rowsOf(m_fixture->database(), QStringLiteral("plan_history")), 0);
        QCOMPARE(rowsOf(m_fixture->database(), QStringLiteral("spend")), 0);
        QCOMPARE(rowsOf(m_fixture->database(), QStringLiteral("claims")), 0);
        QVERIFY(!store.remove(acme).ok());
    }

    void keepsPlanHistory()
    {
        AccountStore store(m_fixture->database());
        const qint64 id = *store.add(account(QStringLiteral("Acme")));
        QVERIFY(store.setPlan(id, QStringLiteral("enterprise"), QDate(2026, 3, 15)).ok());
        QVERIFY(store.setPlan(id, QStringLiteral("production"), QDate(2026, 1, 1)).ok());
        // The same date again replaces the earlier choice.
        QVERIFY(store.setPlan(id, QStringLiteral("personalized"), QDate(2026, 3, 15)).ok());
        const QList<PlanChange> expected{{QStringLiteral("production"), QDate(2026, 1, 1)},
                                         {QStringLiteral("personalized"), QDate(2026, 3, 15)}};
        QCOMPARE(store.planHistory(id).value(), expected);

        const qint64 other = *store.add(account(QStringLiteral("Borealis")));
        QVERIFY(store.setPlan(other, QStringLiteral("developer"), QDate(2025, 12, 31)).ok());
        QVERIFY(store.add(account(QStringLiteral("Cobalt"))).ok());
        const auto all = store.allPlanHistories().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(id), expected);
        QCOMPARE(all.value(other), (QList<PlanChange>{{QStringLiteral("developer"), QDate(2025, 12, 31)}}));

        QVERIFY(store.removePlanChange(id, QDate(2026, 3, 15)).ok());
        QCOMPARE(store.planHistory(id).value().size(), 1);
        QVERIFY(!store.removePlanChange(id, QDate(2026, 3, 15)).ok());
    }

    void refusesUnknownPlanOrAccount()
    {
        AccountStore store(m_fixture->database());
        const qint64 id = *store.add(account(QStringLiteral("Acme")));
        const Status unknownPlan = store.setPlan(id, QStringLiteral("gold"), QDate(2026, 1, 1));
        QVERIFY(!unknownPlan.ok());
        QCOMPARE(unknownPlan.message(), QStringLiteral("no plan 'gold'"));
        QVERIFY(!store.setPlan(id + 100, QStringLiteral("production"), QDate(2026, 1, 1)).ok());
        QVERIFY(!store.setPlan(id, QStringLiteral("production"), QDate()).ok());
        QVERIFY(store.planHistory(id).value().isEmpty());
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
