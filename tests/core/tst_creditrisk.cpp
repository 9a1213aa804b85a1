#include "BusinessClock.h"
#include "CreditRisk.h"
#include "HoursSpec.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

// The budgets below are worked out by hand on a calendar open Monday to
// Friday 09:00-17:00 UTC and closed on Thursday 26 November 2026, with the
// seeded plans: Production's P1 is 3 business hours, Enterprise's P1 one hour
// around the clock and its P2 two business hours.

namespace {

constexpr qint64 Hour = 3600;

qint64 utc(int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

std::shared_ptr<const BusinessClock> officeHours()
{
    Calendar calendar;
    calendar.name = u"Office"_s;
    calendar.timeZoneId = u"UTC"_s;
    calendar.schedule = *parseHoursSpec(u"mon-fri 09:00-17:00"_s);
    HolidayRule thanksgiving;
    thanksgiving.date = QDate(2026, 11, 26);
    calendar.holidays << thanksgiving;
    return std::make_shared<const BusinessClock>(calendar);
}

ReportTicket answered(Priority priority, qint64 created, qint64 response, qint64 rowId = 0)
{
    return ReportTicket{created, response, priority, true, rowId};
}

ReportTicket open(Priority priority, qint64 created, qint64 rowId)
{
    return ReportTicket{created, std::nullopt, priority, true, rowId};
}

struct AccountMonth
{
    QList<PlanChange> history;
    qint64 spendCents = 0;
    QList<ReportTicket> tickets;
};

MonthLedger ledgerOf(const AccountMonth &account, qint64 readAt)
{
    CreditRiskBuilder builder(PlanCatalog::seeded(), readAt);
    AccountReportInput input;
    input.accountName = u"Acme"_s;
    input.history = account.history;
    input.spend.insert(YearMonth{2026, 11}.index(), account.spendCents);
    builder.beginAccount(
        input, std::make_shared<const ZonedAccountClock>(ZoneRules::forZone(u"UTC"_s), officeHours()));
    for (const ReportTicket &ticket : account.tickets)
        builder.addTicket(ticket);
    return builder.endAccount();
}

AccountRisk riskOf(const AccountMonth &account, qint64 asOf, qint64 horizon = 4 * Hour)
{
    return assessRisk(ledgerOf(account, asOf), asOf, horizon);
}

const PriorityBudget &budget(const AccountRisk &risk, Priority priority, int segment = 0)
{
    for (const PriorityBudget &one : risk.segments.at(segment).priorities) {
        if (one.priority == priority)
            return one;
    }
    qFatal("no budget for that priority");
}

AccountMonth production()
{
    return AccountMonth{{{u"production"_s, QDate(2026, 1, 1)}}, 1'000'000, {}};
}

AccountMonth enterprise()
{
    return AccountMonth{{{u"enterprise"_s, QDate(2026, 1, 1)}}, 4'000'000, {}};
}

} // namespace

class TestCreditRisk : public QObject
{
    Q_OBJECT

private slots:
    void headroomWaitsOverTheHolidayAndTheWeekend();
    void horizonIsInclusive();
    void openTicketsShareTheHeadroom();
    void aroundTheClockTargetBreaksInRealTime();
    void brokenSaysWhatBringsItBack();
    void planChangedMidMonth();
    void monthWithoutTicketsYet();
    void ignoresWhatTheReportIgnores();
    void calendarNeverOpenNeverBreaks();
    void searchedInstantMatchesTheCalendars();
    void ledgerAssessedLaterEqualsAFreshReading();
    void mostUrgentFirst();
};

// P1 (180 business minutes): a ticket answered in 1 h on Monday, one from
// Tuesday 16:00 answered Wednesday 10:00 (1 h + 1 h), one open since
// Wednesday 13:00 (2 h so far at 15:00). Used 5 h of 9 h: the open ticket may
// accrue 4 h more. Wednesday gives 2 h until 17:00, Thursday is a holiday,
// so it breaks 2 h and 1 s into Friday: 11:00:01.
void TestCreditRisk::headroomWaitsOverTheHolidayAndTheWeekend()
{
    AccountMonth account = production();
    account.tickets = {answered(Priority::P1, utc(11, 23, 10), utc(11, 23, 11)),
                       answered(Priority::P1, utc(11, 24, 16), utc(11, 25, 10)),
                       open(Priority::P1, utc(11, 25, 13), 7)};
    const AccountRisk risk = riskOf(account, utc(11, 25, 15));

    QCOMPARE(risk.month, (YearMonth{2026, 11}));
    const PriorityBudget &p1 = budget(risk, Priority::P1);
    QCOMPARE(p1.tickets, 3);
    QCOMPARE(p1.answered, 2);
    QCOMPARE(p1.usedSeconds, 5 * Hour);
    QCOMPARE(p1.headroomSeconds, 4 * Hour);
    QCOMPARE(p1.openTicketRowIds, QList<qint64>{7});
    QCOMPARE(p1.secondsToBreak, 4 * Hour + 1);
    QCOMPARE(p1.breaksAt, utc(11, 27, 11, 0, 1));
    QCOMPARE(p1.state, RiskState::Safe);
    QCOMPARE(risk.breaksAt, utc(11, 27, 11, 0, 1));
    QCOMPARE(risk.state, RiskState::Safe);
    QCOMPARE(risk.creditAtStakeCents, 0);

    // The week-end does not count either: opened Friday 14:00, 2 h so far at
    // 16:00, the same 4 h left: the last hour of Friday, then Monday 09:00 +
    // 3 h and 1 s.
    account.tickets.last() = open(Priority::P1, utc(11, 27, 14), 7);
    const AccountRisk fridayRisk = riskOf(account, utc(11, 27, 16));
    const PriorityBudget &friday = budget(fridayRisk, Priority::P1);
    QCOMPARE(friday.headroomSeconds, 9 * Hour - 1 * Hour - 2 * Hour - 2 * Hour);
    QCOMPARE(friday.breaksAt, utc(11, 30, 12, 0, 1));
}

void TestCreditRisk::horizonIsInclusive()
{
    AccountMonth account = production();
    account.tickets = {answered(Priority::P1, utc(11, 23, 10), utc(11, 23, 11)),
                       answered(Priority::P1, utc(11, 24, 16), utc(11, 25, 10)),
                       open(Priority::P1, utc(11, 25, 13), 7)};
    const AccountRisk atRisk = riskOf(account, utc(11, 25, 15), 4 * Hour + 1);
    QCOMPARE(atRisk.state, RiskState::AtRisk);
    QCOMPARE(budget(atRisk, Priority::P1).state, RiskState::AtRisk);
    // Production is 4 % of $10,000, at least $250: $400 for the whole month.
    QCOMPARE(atRisk.segments.at(0).feeCents, 40'000);
    QCOMPARE(atRisk.creditAtStakeCents, 40'000);
    QCOMPARE(atRisk.creditOwedCents, 0);
}

// A second open ticket since 14:00: 6 h used of 12 h, two tickets accruing
// together break it when each has 3 h and 1 s more: 2 h on Wednesday, then
// Friday 10:00:01.
void TestCreditRisk::openTicketsShareTheHeadroom()
{
    AccountMonth account = production();
    account.tickets = {answered(Priority::P1, utc(11, 23, 10), utc(11, 23, 11)),
                       answered(Priority::P1, utc(11, 24, 16), utc(11, 25, 10)),
                       open(Priority::P1, utc(11, 25, 13), 7), open(Priority::P1, utc(11, 25, 14), 8)};
    const AccountRisk risk = riskOf(account, utc(11, 25, 15));
    const PriorityBudget &p1 = budget(risk, Priority::P1);
    QCOMPARE(p1.usedSeconds, 6 * Hour);
    QCOMPARE(p1.headroomSeconds, 6 * Hour);
    QCOMPARE(p1.openTicketRowIds, (QList<qint64>{7, 8}));
    QCOMPARE(p1.secondsToBreak, 3 * Hour + 1);
    QCOMPARE(p1.breaksAt, utc(11, 27, 10, 0, 1));
    QCOMPARE(p1.state, RiskState::AtRisk);
}

// Enterprise P1 is an hour around the clock: the holiday does not stop it.
// One answered in 20 min, one open since 14:30 (30 min at 15:00): 50 min
// used of 2 h, so it breaks 70 min and 1 s later.
void TestCreditRisk::aroundTheClockTargetBreaksInRealTime()
{
    AccountMonth account = enterprise();
    account.tickets = {answered(Priority::P1, utc(11, 25, 9), utc(11, 25, 9, 20)),
                       open(Priority::P1, utc(11, 25, 14, 30), 3)};
    const AccountRisk risk = riskOf(account, utc(11, 25, 15));
    const PriorityBudget &p1 = budget(risk, Priority::P1);
    QCOMPARE(p1.target.clock, TargetClock::Continuous);
    QCOMPARE(p1.headroomSeconds, 70 * 60);
    QCOMPARE(p1.breaksAt, utc(11, 25, 16, 10, 1));
    QCOMPARE(p1.state, RiskState::AtRisk);
    // At the holiday's eve the same ticket keeps running through the night.
    const AccountRisk later = riskOf(account, utc(11, 25, 16, 10, 1));
    QCOMPARE(budget(later, Priority::P1).state, RiskState::Broken);
}

// P1 answered in 3 h and in 10 min: 3 h 10 min used of 2 h, broken by
// 70 min. Future tickets answered within 15 min (a quarter of the target)
// save 45 min each: 2 of them bring the average back (3 h 40 of 4 h); one
// would not (3 h 25 of 3 h).
void TestCreditRisk::brokenSaysWhatBringsItBack()
{
    AccountMonth account = enterprise();
    account.tickets = {answered(Priority::P1, utc(11, 24, 9), utc(11, 24, 12)),
                       answered(Priority::P1, utc(11, 25, 9), utc(11, 25, 9, 10))};
    const AccountRisk risk = riskOf(account, utc(11, 25, 15));
    const PriorityBudget &p1 = budget(risk, Priority::P1);
    QCOMPARE(p1.headroomSeconds, -70 * 60);
    QCOMPARE(p1.state, RiskState::Broken);
    QVERIFY(!p1.breaksAt);
    QVERIFY(p1.recovery);
    QCOMPARE(p1.recovery->tickets, 2);
    QCOMPARE(p1.recovery->responseSeconds, 15 * 60);
    QCOMPARE(risk.state, RiskState::Broken);
    // Enterprise: 6 % of $40,000 = $2,400, above its $1,500 minimum.
    QCOMPARE(risk.creditOwedCents, 240'000);
    QCOMPARE(risk.creditAtStakeCents, 240'000);
}

// Production to 15 November, Enterprise from Monday 16 (a 30-day month):
// $400 × 15/30 = $200 and $1,500 × 15/30 = $750. Production's P1 broke (a
// 10 h response): that segment is over, so nothing brings it back; the
// Enterprise segment with its open P2 stays safe.
void TestCreditRisk::planChangedMidMonth()
{
    AccountMonth account = production();
    account.history << PlanChange{u"enterprise"_s, QDate(2026, 11, 16)};
    account.tickets = {answered(Priority::P1, utc(11, 9, 9), utc(11, 10, 11)),
                       open(Priority::P2, utc(11, 25, 14), 11)};
    const AccountRisk risk = riskOf(account, utc(11, 25, 15));
    QCOMPARE(risk.segments.size(), 2);
    QCOMPARE(risk.segments.at(0).planId, u"production"_s);
    QCOMPARE(risk.segments.at(0).feeCents, 20'000);
    QCOMPARE(risk.segments.at(0).state, RiskState::Broken);
    const PriorityBudget &p1 = budget(risk, Priority::P1, 0);
    QCOMPARE(p1.headroomSeconds, 3 * Hour - 10 * Hour);
    QVERIFY(!p1.recovery);
    QCOMPARE(risk.segments.at(1).planId, u"enterprise"_s);
    QCOMPARE(risk.segments.at(1).feeCents, 75'000);
    const PriorityBudget &p2 = budget(risk, Priority::P2, 1);
    QCOMPARE(p2.headroomSeconds, 1 * Hour); // 2 h target, 1 h so far
    QCOMPARE(p2.breaksAt, utc(11, 25, 16, 0, 1));
    QCOMPARE(risk.segments.at(1).state, RiskState::AtRisk);
    QCOMPARE(risk.state, RiskState::Broken);
    QCOMPARE(risk.creditOwedCents, 20'000);
    QCOMPARE(risk.creditAtStakeCents, 95'000);
}

void TestCreditRisk::monthWithoutTicketsYet()
{
    AccountMonth account = production();
    account.tickets = {open(Priority::P1, utc(11, 27, 9), 5)};
    const AccountRisk risk = riskOf(account, utc(12, 1, 8));
    QCOMPARE(risk.month, (YearMonth{2026, 12}));
    QCOMPARE(risk.segments.size(), 1);
    QCOMPARE(risk.segments.at(0).priorities.size(), 3);
    for (const PriorityBudget &one : risk.segments.at(0).priorities) {
        QCOMPARE(one.tickets, 0);
        QCOMPARE(one.headroomSeconds, 0);
        QCOMPARE(one.state, RiskState::Safe);
    }
    QCOMPARE(risk.state, RiskState::Safe);
    QVERIFY(!risk.breaksAt);
    // Developer guarantees nothing: no priority has a budget.
    const AccountRisk developer = riskOf(AccountMonth{}, utc(11, 25, 15));
    QCOMPARE(developer.segments.size(), 1);
    QVERIFY(developer.segments.at(0).priorities.isEmpty());
}

// Excluded products, tickets created after as-of and responses after it
// count as the report counts them.
void TestCreditRisk::ignoresWhatTheReportIgnores()
{
    AccountMonth account = production();
    ReportTicket beta = answered(Priority::P1, utc(11, 23, 9), utc(11, 24, 17));
    beta.eligible = false;
    account.tickets = {beta, answered(Priority::P1, utc(11, 25, 16), utc(11, 25, 16, 5)),
                       answered(Priority::P1, utc(11, 25, 14), utc(11, 25, 16), 9)};
    const AccountRisk risk = riskOf(account, utc(11, 25, 15));
    const PriorityBudget &p1 = budget(risk, Priority::P1);
    QCOMPARE(p1.tickets, 1);
    QCOMPARE(p1.answered, 0);
    QCOMPARE(p1.openTicketRowIds, QList<qint64>{9});
    QCOMPARE(p1.usedSeconds, 1 * Hour);
}

void TestCreditRisk::calendarNeverOpenNeverBreaks()
{
    Calendar closed;
    closed.name = u"Closed"_s;
    closed.timeZoneId = u"UTC"_s;
    CreditRiskBuilder builder(PlanCatalog::seeded(), utc(11, 25, 15));
    AccountReportInput input;
    input.accountName = u"Night"_s;
    input.history = production().history;
    builder.beginAccount(
        input, std::make_shared<const ZonedAccountClock>(ZoneRules::forZone(u"UTC"_s),
                                                         std::make_shared<const BusinessClock>(closed)));
    builder.addTicket(open(Priority::P1, utc(11, 25, 9), 1));
    const AccountRisk risk = assessRisk(builder.endAccount(), utc(11, 25, 15), 4 * Hour);
    const PriorityBudget &p1 = budget(risk, Priority::P1);
    QCOMPARE(p1.headroomSeconds, 3 * Hour);
    QVERIFY(!p1.breaksAt);
    QCOMPARE(p1.state, RiskState::Safe);
}

// A clock that only knows business durations finds the same instants by
// searching as the calendar finds directly.
void TestCreditRisk::searchedInstantMatchesTheCalendars()
{
    class SearchingClock : public AccountClock
    {
    public:
        explicit SearchingClock(const BusinessClock &clock) : m_clock(clock) {}
        QDate localDate(qint64 utcSeconds) const override
        {
            return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).date();
        }
        qint64 startOfLocalDay(QDate date) const override
        {
            return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        }
        qint64 businessSeconds(qint64 from, qint64 to) const override
        {
            return m_clock.openSeconds(from, to);
        }

    private:
        const BusinessClock &m_clock;
    };
    const auto calendar = officeHours();
    const SearchingClock searching(*calendar);
    for (const qint64 from : {utc(11, 25, 15), utc(11, 26, 3), utc(11, 28, 12)}) {
        for (const qint64 amount : {qint64(0), qint64(1), Hour, 2 * Hour, 2 * Hour + 1, 30 * Hour + 7}) {
            QCOMPARE(searching.instantAfterBusinessSeconds(from, amount),
                     calendar->instantAfterOpenSeconds(from, amount));
        }
    }
}

// A live view reads the month once and assesses it again as time passes:
// the budget must be the one a fresh reading gives, including a response
// recorded ahead of the first reading.
void TestCreditRisk::ledgerAssessedLaterEqualsAFreshReading()
{
    AccountMonth account = production();
    account.tickets = {answered(Priority::P1, utc(11, 23, 10), utc(11, 23, 11)),
                       answered(Priority::P1, utc(11, 24, 16), utc(11, 25, 16), 4),
                       open(Priority::P1, utc(11, 25, 13), 7), open(Priority::P2, utc(11, 20, 10), 8)};
    const MonthLedger ledger = ledgerOf(account, utc(11, 25, 15));
    for (const qint64 later :
         {utc(11, 25, 15), utc(11, 25, 16), utc(11, 25, 16, 30), utc(11, 27, 12), utc(11, 30, 9)}) {
        const AccountRisk again = assessRisk(ledger, later, 4 * Hour);
        const AccountRisk fresh = riskOf(account, later);
        for (Priority priority : AllPriorities) {
            const PriorityBudget &a = budget(again, priority);
            const PriorityBudget &b = budget(fresh, priority);
            QCOMPARE(a.tickets, b.tickets);
            QCOMPARE(a.answered, b.answered);
            QCOMPARE(a.usedSeconds, b.usedSeconds);
            QCOMPARE(a.openTicketRowIds, b.openTicketRowIds);
            QCOMPARE(a.breaksAt, b.breaksAt);
            QCOMPARE(a.state, b.state);
        }
        QCOMPARE(again.state, fresh.state);
        QCOMPARE(again.creditAtStakeCents, fresh.creditAtStakeCents);
    }
    // Answered at 16:00, after the reading: open before, answered after.
    QCOMPARE(budget(assessRisk(ledger, utc(11, 25, 15, 30), 4 * Hour), Priority::P1).openTicketRowIds,
             (QList<qint64>{4, 7}));
    QCOMPARE(budget(assessRisk(ledger, utc(11, 25, 16), 4 * Hour), Priority::P1).openTicketRowIds,
             QList<qint64>{7});
}

void TestCreditRisk::mostUrgentFirst()
{
    AccountRisk safe{u"A safe"_s, nullptr, {}, {}, RiskState::Safe, std::nullopt, 0, 0};
    AccountRisk later{u"B later"_s, nullptr, {}, {}, RiskState::AtRisk, utc(11, 25, 18), 100, 0};
    AccountRisk sooner{u"C sooner"_s, nullptr, {}, {}, RiskState::Safe, utc(11, 25, 16), 0, 0};
    AccountRisk brokenSmall{u"D broken"_s, nullptr, {}, {}, RiskState::Broken, std::nullopt, 100, 100};
    AccountRisk brokenLarge{u"E broken"_s, nullptr, {}, {}, RiskState::Broken, std::nullopt, 900, 900};
    QList<AccountRisk> risks{safe, later, sooner, brokenSmall, brokenLarge};
    std::sort(risks.begin(), risks.end(), breaksSooner);
    QStringList order;
    for (const AccountRisk &risk : risks)
        order << risk.account;
    QCOMPARE(order, (QStringList{u"E broken"_s, u"D broken"_s, u"C sooner"_s, u"B later"_s, u"A safe"_s}));
}

QTEST_APPLESS_MAIN(TestCreditRisk)
#include "tst_creditrisk.moc"
