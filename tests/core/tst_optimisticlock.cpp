// Two connections to one store, as two managers' windows: the second save of
// the same row is refused with the other change shown, and nothing is
// overwritten. On SQLite and, as tst_optimisticlock_postgresql, PostgreSQL.
#include "AccountStore.h"
#include "Calendar.h"
#include "CalendarStore.h"
#include "Database.h"
#include "PlanCatalog.h"
#include "PlanStore.h"
#include "ProductStore.h"
#include "TestStore.h"
#include "TicketStore.h"

#include <QTest>

class TestOptimisticLock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY2(!m_store->location().isEmpty(), qPrintable(m_store->error()));
        auto first = Database::open(m_store->location());
        QVERIFY2(first.ok(), qPrintable(first.message()));
        m_first = std::move(*first);
        auto second = Database::open(m_store->location());
        QVERIFY2(second.ok(), qPrintable(second.message()));
        m_second = std::move(*second);
        Account acme;
        acme.name = QStringLiteral("Acme");
        QVERIFY(AccountStore(*m_first).add(acme).ok());
    }
    void cleanup()
    {
        m_first.reset();
        m_second.reset();
        m_store.reset();
    }

    void secondAccountSaveIsRefusedWithTheOtherChange()
    {
        Account mine = *AccountStore(*m_first).findByName(QStringLiteral("Acme"));
        Account theirs = *AccountStore(*m_second).findByName(QStringLiteral("Acme"));
        QCOMPARE(mine.version, 1);
        theirs.timeZoneId = QStringLiteral("Europe/Paris");
        const Status saved = AccountStore(*m_second).update(theirs);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));

        mine.name = QStringLiteral("Acme Corp");
        const Status refused = AccountStore(*m_first).update(mine);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorKind() == Error::Kind::Conflict, qPrintable(refused.message()));
        QCOMPARE(refused.message(),
                 QStringLiteral("account 'Acme Corp' was changed elsewhere since you opened it: "
                                "now named 'Acme', time zone Europe/Paris, calendar '%1'; "
                                "your change was not saved")
                     .arg(Calendar::vendorDefaultName()));
        const Account stored = *AccountStore(*m_first).findById(mine.id);
        QCOMPARE(stored.name, QStringLiteral("Acme"));
        QCOMPARE(stored.timeZoneId, QStringLiteral("Europe/Paris"));
        QCOMPARE(stored.version, 2);

        // Read again, the same change goes through.
        mine = stored;
        mine.name = QStringLiteral("Acme Corp");
        QVERIFY(AccountStore(*m_first).update(mine).ok());
        QCOMPARE(AccountStore(*m_second).findById(mine.id)->name, QStringLiteral("Acme Corp"));
    }

    void unreadUpdateAppliesToWhatIsStored()
    {
        Account theirs = *AccountStore(*m_second).findByName(QStringLiteral("Acme"));
        theirs.timeZoneId = QStringLiteral("Europe/Paris");
        QVERIFY(AccountStore(*m_second).update(theirs).ok());
        Account unread;
        unread.id = theirs.id;
        unread.name = QStringLiteral("Acme");
        unread.timeZoneId = QStringLiteral("Asia/Tokyo");
        QVERIFY(AccountStore(*m_first).update(unread).ok());
        QCOMPARE(AccountStore(*m_second).findById(theirs.id)->timeZoneId, QStringLiteral("Asia/Tokyo"));
    }

    void secondCalendarSaveIsRefused()
    {
        CalendarStore mine(*m_first);
        CalendarStore theirs(*m_second);
        const QString name = Calendar::vendorDefaultName();
        const qint64 read = *mine.versionOf(name);
        Calendar calendar = *theirs.findByName(name);
        calendar.timeZoneId = QStringLiteral("Asia/Tokyo");
        QVERIFY(theirs.update(name, calendar, *theirs.versionOf(name)).ok());

        Calendar edited = *mine.findByName(name);
        edited.timeZoneId = QStringLiteral("Europe/Paris");
        const Status refused = mine.update(name, edited, read);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorKind() == Error::Kind::Conflict, qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("now time zone Asia/Tokyo")),
                 qPrintable(refused.message()));
        QCOMPARE(theirs.findByName(name)->timeZoneId, QStringLiteral("Asia/Tokyo"));
    }

    void aHolidayChangesTheCalendarVersion()
    {
        CalendarStore store(*m_first);
        const QString name = Calendar::vendorDefaultName();
        const qint64 before = *store.versionOf(name);
        HolidayRule rule;
        rule.date = QDate(2026, 12, 24);
        QVERIFY(CalendarStore(*m_second).addHoliday(name, rule).ok());
        QVERIFY(*store.versionOf(name) > before);
        QVERIFY(!store.update(name, *store.findByName(name), before).ok());
    }

    void secondTermsSaveIsRefused()
    {
        const QString plan = PlanStore(*m_first).catalog().value().plans.first().id;
        PlanTerms terms = PlanStore(*m_first).catalog().value().plans.first().terms.first();
        const qint64 read = PlanStore(*m_first).termsVersion(plan, terms.effectiveFrom).value();
        QVERIFY(read > 0);
        PlanTerms theirs = terms;
        theirs.percentBasisPoints = 725;
        QVERIFY(PlanStore(*m_second).saveTerms(plan, theirs, read).ok());

        PlanTerms mine = terms;
        mine.percentBasisPoints = 900;
        const Status refused = PlanStore(*m_first).saveTerms(plan, mine, read);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorKind() == Error::Kind::Conflict, qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("now 7.25 %")), qPrintable(refused.message()));
        QCOMPARE(PlanStore(*m_first).catalog().value().plans.first().terms.first().percentBasisPoints, 725);
    }

    void secondTicketSaveIsRefusedWithTheOtherChange()
    {
        const Ticket ticket = acme12();
        const qint64 rowId = saveFirst(ticket);
        QVERIFY(rowId > 0);

        TicketRow mine = *TicketStore(*m_first).findByRowId(rowId);
        TicketRow theirs = *TicketStore(*m_second).findByRowId(rowId);
        QCOMPARE(mine.ticket.version, 1);
        theirs.ticket.firstResponseAt = 1791281100; // 10:05
        QVERIFY(TicketStore(*m_second).update(rowId, theirs.ticket).ok());

        mine.ticket.resolvedAt = 1791290000;
        const Status refused = TicketStore(*m_first).update(rowId, mine.ticket);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorKind() == Error::Kind::Conflict, qPrintable(refused.message()));
        QCOMPARE(refused.message(),
                 QStringLiteral("ticket 'ACME-12' of account 'Acme' was changed elsewhere since you "
                                "opened it: now subject 'No dial tone', P3, product 'Voice', first "
                                "response 2026-10-06 10:05 UTC, resolved —; your change was not "
                                "saved"));
        const TicketRow stored = *TicketStore(*m_second).findByRowId(rowId);
        QCOMPARE(stored.ticket.firstResponseAt, std::optional<qint64>(1791281100));
        QVERIFY(!stored.ticket.resolvedAt);
        QCOMPARE(stored.ticket.version, 2);
    }

    void ticketChangedByAnImportIsNotOverwritten()
    {
        const Ticket ticket = acme12();
        const qint64 rowId = saveFirst(ticket);
        QVERIFY(rowId > 0);
        TicketRow mine = *TicketStore(*m_first).findByRowId(rowId);

        // A colleague imports a file that answers the ticket.
        Ticket imported = ticket;
        imported.firstResponseAt = 1791281100; // 10:05
        QVERIFY(TicketStore(*m_second).upsert({imported}).ok());

        mine.ticket.resolvedAt = 1791290000;
        const Status refused = TicketStore(*m_first).update(rowId, mine.ticket);
        QVERIFY2(refused.errorKind() == Error::Kind::Conflict, qPrintable(refused.message()));
        QCOMPARE(TicketStore(*m_second).findByRowId(rowId)->ticket.firstResponseAt,
                 std::optional<qint64>(1791281100));
    }

private:
    // Acme's unanswered P3 ticket ACME-12 of 2026-10-06 10:00 UTC.
    static Ticket acme12()
    {
        Ticket ticket;
        ticket.id = QStringLiteral("ACME-12");
        ticket.account = QStringLiteral("Acme");
        ticket.subject = QStringLiteral("No dial tone");
        ticket.product = QStringLiteral("Voice");
        ticket.createdAt = 1791280800;
        return ticket;
    }
    // Saves the ticket through the first connection; its row id, 0 on failure.
    qint64 saveFirst(const Ticket &ticket)
    {
        if (!ProductStore(*m_first).add(ticket.product, ProductCategory::Ga) ||
            !TicketStore(*m_first).save(ticket))
            return 0;
        TicketFilter all;
        return TicketStore(*m_first)
            .page(all, TicketSortColumn::CreatedAt, Qt::AscendingOrder, {}, 1)
            .value()
            .first()
            .rowId;
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_first;
    std::unique_ptr<Database> m_second;
};

QTEST_GUILESS_MAIN(TestOptimisticLock)
#include "tst_optimisticlock.moc"
