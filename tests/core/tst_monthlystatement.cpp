// StatementBuilder's own numbers on a UTC calendar open around the clock:
// the median of odd and even counts, the nearest-rank 90th percentile, the
// five longest first responses (ties by creation), and the tickets it leaves
// out (another month, created after as-of, excluded products).
#include "MonthlyStatement.h"
#include "UtcClock.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const UtcClock Clock;
const YearMonth June{2026, 6};

qint64 at(int day, int hour = 0)
{
    return Clock.startOfLocalDay(QDate(2026, 6, day)) + hour * 3600;
}

// A P1 ticket created on `day` of June, answered `minutes` later.
StatementTicketInput p1(const QString &id, int day, qint64 minutes)
{
    return StatementTicketInput{id,         u"Subject of "_s + id, Priority::P1, ProductCategory::Ga,
                                u"Voice"_s, Channel::Phone,        at(day),      at(day) + minutes * 60,
                                0};
}

MonthlyStatement build(const QList<StatementTicketInput> &tickets, qint64 asOf = 0)
{
    Account account;
    account.name = u"Acme"_s;
    StatementBuilder builder(PlanCatalog::seeded(), account, Clock,
                             {PlanChange{u"enterprise"_s, QDate(2026, 1, 1)}}, 0, June,
                             asOf ? asOf : at(30, 23));
    for (const StatementTicketInput &ticket : tickets)
        builder.addTicket(ticket);
    return builder.finish({});
}

} // namespace

class TestMonthlyStatement : public QObject
{
    Q_OBJECT

private slots:
    void medianOfAnOddAndAnEvenCount()
    {
        const auto odd = build({p1(u"A"_s, 1, 10), p1(u"B"_s, 2, 30), p1(u"C"_s, 3, 20)});
        QCOMPARE(odd.segments.first().priorities[0].medianSeconds, std::optional<qint64>(20 * 60));
        // 10 and 25 minutes and a second: the mean of the middle two is
        // rounded half up to the second.
        const auto even = build({p1(u"A"_s, 1, 10), p1(u"B"_s, 2, 40), p1(u"C"_s, 3, 5),
                                 StatementTicketInput{u"D"_s,
                                                      {},
                                                      Priority::P1,
                                                      ProductCategory::Ga,
                                                      {},
                                                      Channel::Email,
                                                      at(4),
                                                      at(4) + 25 * 60 + 1,
                                                      0}});
        QCOMPARE(even.segments.first().priorities[0].medianSeconds,
                 std::optional<qint64>((600 + 1501 + 1) / 2));
    }

    void percentile90IsTheNearestRank()
    {
        QList<StatementTicketInput> tickets;
        for (int minutes = 1; minutes <= 10; ++minutes)
            tickets << p1(u"T%1"_s.arg(minutes), minutes, minutes);
        // Ten times: the 9th shortest.
        QCOMPARE(build(tickets).segments.first().priorities[0].percentile90Seconds,
                 std::optional<qint64>(9 * 60));
        // Eleven: ⌈9.9⌉ = the 10th.
        tickets << p1(u"T11"_s, 11, 11);
        QCOMPARE(build(tickets).segments.first().priorities[0].percentile90Seconds,
                 std::optional<qint64>(10 * 60));
        QCOMPARE(build({p1(u"A"_s, 1, 7)}).segments.first().priorities[0].percentile90Seconds,
                 std::optional<qint64>(7 * 60));
    }

    void fiveLongestFirstResponsesTiesByCreation()
    {
        const auto statement =
            build({p1(u"A"_s, 1, 10), p1(u"B"_s, 2, 90), p1(u"C"_s, 3, 30), p1(u"D"_s, 4, 90),
                   p1(u"E"_s, 5, 60), p1(u"F"_s, 6, 5), p1(u"G"_s, 7, 45), p1(u"H"_s, 8, 20)});
        QStringList ids;
        for (const StatementTicket &ticket : statement.segments.first().priorities[0].longest)
            ids << ticket.id;
        QCOMPARE(ids, (QStringList{u"B"_s, u"D"_s, u"E"_s, u"G"_s, u"C"_s}));
        QCOMPARE(statement.segments.first().priorities[0].longest.first().subject, u"Subject of B"_s);
    }

    void leavesOutWhatTheReportLeavesOut()
    {
        StatementTicketInput beta = p1(u"beta"_s, 3, 500);
        beta.category = ProductCategory::Beta;
        StatementTicketInput segment = p1(u"segment"_s, 4, 500);
        segment.category = ProductCategory::Segment;
        StatementTicketInput may = p1(u"may"_s, 1, 500);
        may.createdAt = at(1) - 3600;
        const auto statement = build({p1(u"A"_s, 1, 10), beta, segment, may, p1(u"late"_s, 20, 5)}, at(15));
        const StatementPriority &priority = statement.segments.first().priorities[0];
        QCOMPARE(priority.row.tickets, 1);
        QCOMPARE(priority.longest.size(), 1);
        QCOMPARE(statement.exclusions.size(), 2);
        QCOMPARE(statement.exclusions[0].category, ProductCategory::Beta);
        QCOMPARE(statement.exclusions[1].category, ProductCategory::Segment);
        QCOMPARE(statement.days[0].averageSeconds[0], std::optional<qint64>(600));
        QVERIFY(!statement.days[19].averageSeconds[0]);
    }

    void aTicketWaitingAtAsOfIsMeasuredUpToIt()
    {
        StatementTicketInput waiting = p1(u"W"_s, 10, 0);
        waiting.firstResponseAt.reset();
        StatementTicketInput answeredLater = p1(u"L"_s, 10, 24 * 60);
        const auto statement = build({waiting, answeredLater}, at(10, 2));
        const StatementPriority &priority = statement.segments.first().priorities[0];
        QCOMPARE(priority.longest.size(), 2);
        QCOMPARE(priority.longest[0].responseSeconds, 2 * 3600);
        QCOMPARE(priority.longest[0].firstResponseAt, std::optional<qint64>());
        // Answered after as-of: not answered yet.
        QCOMPARE(priority.longest[1].firstResponseAt, std::optional<qint64>());
        QVERIFY(statement.provisional());
    }

    void nearMissesAreAboveEightyPercentWithinTheTarget()
    {
        // Enterprise's P1 target is an hour around the clock: 48 minutes is
        // 80 % exactly (not close), 49 and 60 are close, 61 missed, and one
        // still waiting at 50 minutes has not come close yet.
        StatementTicketInput waiting = p1(u"W"_s, 10, 0);
        waiting.firstResponseAt.reset();
        waiting.createdAt = at(30, 23) - 50 * 60;
        const auto statement = build({p1(u"A"_s, 1, 48), p1(u"B"_s, 2, 49), p1(u"C"_s, 3, 60),
                                      p1(u"D"_s, 4, 61), p1(u"E"_s, 5, 10), waiting});
        const StatementPriority &priority = statement.segments.first().priorities[0];
        QCOMPARE(priority.nearMisses, 2);
        QCOMPARE(priority.closest.size(), 2);
        QCOMPARE(priority.closest[0].id, u"C"_s);
        QCOMPARE(priority.closest[1].id, u"B"_s);
        // A, B, C, E and the waiting one are within: the report's 5 of 6.
        QCOMPARE(priority.withinTarget, 5);
        QCOMPARE(priority.row.withinTargetBasisPoints, std::optional<qint64>(8333));
    }

    void targetInForceOnADay()
    {
        const auto statement = build({});
        // Enterprise: P1 an hour around the clock, P3 three business hours.
        QCOMPARE(statement.targetSecondsOn(QDate(2026, 6, 10), 0), std::optional<qint64>(3600));
        QCOMPARE(statement.targetSecondsOn(QDate(2026, 6, 30), 2), std::optional<qint64>(3 * 3600));
        QCOMPARE(statement.targetSecondsOn(QDate(2026, 7, 1), 0), std::nullopt);
    }

    void volumeByProductAndChannelCountsExcludedTicketsToo()
    {
        StatementTicketInput beta = p1(u"beta"_s, 3, 5);
        beta.category = ProductCategory::Beta;
        beta.product = u"Studio"_s;
        beta.channel = Channel::Web;
        StatementTicketInput may = p1(u"may"_s, 1, 5);
        may.createdAt = at(1) - 3600;
        const auto statement = build({p1(u"A"_s, 1, 10), p1(u"B"_s, 2, 10), beta, may});
        QCOMPARE(statement.ticketCount(), 3);
        QCOMPARE(statement.ticketsByProduct, (QMap<QString, int>{{u"Voice"_s, 2}, {u"Studio"_s, 1}}));
        QCOMPARE(statement.ticketsByChannel[std::size_t(Channel::Phone)], 2);
        QCOMPARE(statement.ticketsByChannel[std::size_t(Channel::Web)], 1);
        QCOMPARE(statement.ticketsByChannel[std::size_t(Channel::Email)], 0);
        QCOMPARE(statement.ticketsByPriority[0], 3);
    }
};

QTEST_GUILESS_MAIN(TestMonthlyStatement)
#include "tst_monthlystatement.moc"
