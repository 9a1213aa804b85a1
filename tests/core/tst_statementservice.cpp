// An account's monthly statement on the hand-worked October of
// tests/fixtures/golden: the report's and the credits' numbers for the same
// month and as-of, and what the statement adds (medians, 90th percentiles,
// the longest first responses, exclusions by category, daily averages, the
// month's claims), for a month on one plan, a month with a plan change in the
// middle and a month without a ticket. On SQLite and, as
// tst_statementservice_postgresql, on PostgreSQL.
#include "AccountStore.h"
#include "ClaimStore.h"
#include "Database.h"
#include "GoldenOctober.h"
#include "ReportService.h"
#include "StatementService.h"
#include "StoreFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using GoldenOctober::AsOf;

constexpr qint64 minutes(qint64 count)
{
    return count * 60;
}

} // namespace

class TestStatementService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        const auto ids = GoldenOctober::setUp(m_fixture->database());
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        m_acme = ids->acme;
    }
    void cleanup() { m_fixture.reset(); }

    void aMonthOnOnePlan()
    {
        QVERIFY(ClaimStore(m_fixture->database())
                    .record(m_acme, {2026, 10}, QDate(2026, 11, 5), ClaimOutcome::Accepted, 40000, 0)
                    .ok());
        const auto statement = StatementService(m_fixture->database()).compute(u"Acme"_s, {2026, 10}, AsOf);
        QVERIFY2(statement.ok(), qPrintable(statement.message()));
        QCOMPARE(statement->account.name, u"Acme"_s);
        QCOMPARE(statement->spendCents, 1000000);
        QCOMPARE(statement->segments.size(), 1);
        QCOMPARE(statement->feeCents(), 40000);
        QCOMPARE(statement->creditCents(), 40000);
        QCOMPARE(statement->claimDeadline, QDate(2026, 11, 30));
        QVERIFY(statement->provisional());

        const StatementSegment &october = statement->segments.first();
        QCOMPARE(october.terms.percentBasisPoints, 400);
        // P1: T1 120 and T2 300 business minutes.
        const StatementPriority &p1 = october.priorities[0];
        QCOMPARE(p1.medianSeconds, std::optional<qint64>(minutes(210)));
        QCOMPARE(p1.percentile90Seconds, std::optional<qint64>(minutes(300)));
        QCOMPARE(p1.longest.size(), 2);
        QCOMPARE(p1.longest[0].id, u"T2"_s);
        QCOMPARE(p1.longest[0].subject, u"Webhooks fail, retries too"_s);
        QCOMPARE(p1.longest[1].responseSeconds, minutes(120));
        // P3: T5, still waiting at as-of after 105 business hours.
        const StatementPriority &p3 = october.priorities[2];
        QCOMPARE(p3.medianSeconds, std::optional<qint64>(minutes(6300)));
        QCOMPARE(p3.longest.size(), 1);
        QCOMPARE(p3.longest[0].firstResponseAt, std::optional<qint64>());
        // T4's product is an alpha: left out of the guarantees.
        QCOMPARE(statement->exclusions.size(), 1);
        QCOMPARE(statement->exclusions[0].category, ProductCategory::Alpha);
        QCOMPARE(statement->exclusions[0].tickets, 1);

        QCOMPARE(statement->days.size(), 31);
        QCOMPARE(statement->days[4].date, QDate(2026, 10, 5));
        QCOMPARE(statement->days[4].averageSeconds[0], std::optional<qint64>(minutes(120)));
        QCOMPARE(statement->days[8].averageSeconds[1], std::optional<qint64>(minutes(240)));
        QCOMPARE(statement->days[12].averageSeconds[2], std::optional<qint64>()); // T4, excluded

        QCOMPARE(statement->claims.size(), 1);
        QCOMPARE(statement->claims[0].filed, QDate(2026, 11, 5));
        QCOMPARE(statement->claims[0].outcome, ClaimOutcome::Accepted);
        QCOMPARE(statement->claims[0].amountCents, 40000);
        compareWithTheReport(*statement);
    }

    void aMonthWithAPlanChange()
    {
        const auto statement =
            StatementService(m_fixture->database()).compute(u"Bistro, Inc."_s, {2026, 10}, AsOf);
        QVERIFY2(statement.ok(), qPrintable(statement.message()));
        QCOMPARE(statement->segments.size(), 2);
        const StatementSegment &developer = statement->segments[0];
        const StatementSegment &enterprise = statement->segments[1];
        QCOMPARE(developer.credit.planId, u"developer"_s);
        QCOMPARE(developer.credit.segmentEnd, QDate(2026, 10, 14));
        QCOMPARE(enterprise.credit.activeDays, 17);
        QCOMPARE(statement->feeCents(), 164516);
        QCOMPARE(statement->creditCents(), 164516);
        // B1 on developer: 150 minutes of real time, no target.
        QCOMPARE(developer.priorities[0].medianSeconds, std::optional<qint64>(minutes(150)));
        // B2 45 and B3 90 minutes on the 24/7 clock.
        QCOMPARE(enterprise.priorities[0].medianSeconds, std::optional<qint64>(minutes(135) / 2));
        QCOMPARE(enterprise.priorities[0].percentile90Seconds, std::optional<qint64>(minutes(90)));
        QCOMPARE(enterprise.priorities[0].longest[0].id, u"B3"_s);
        // B5 created on Saturday night, no business time by as-of.
        QCOMPARE(enterprise.priorities[2].longest.size(), 1);
        QCOMPARE(enterprise.priorities[2].longest[0].responseSeconds, 0);
        QVERIFY(statement->exclusions.isEmpty());
        QVERIFY(statement->claims.isEmpty());
        compareWithTheReport(*statement);
    }

    void aMonthWithoutTickets()
    {
        const auto statement = StatementService(m_fixture->database()).compute(u"Acme"_s, {2026, 9}, AsOf);
        QVERIFY2(statement.ok(), qPrintable(statement.message()));
        QCOMPARE(statement->days.size(), 30);
        for (const StatementDay &day : statement->days)
            QVERIFY(!day.averageSeconds[0] && !day.averageSeconds[1] && !day.averageSeconds[2]);
        for (const StatementPriority &priority : statement->segments.first().priorities) {
            QCOMPARE(priority.row.tickets, 0);
            QVERIFY(!priority.medianSeconds);
            QVERIFY(priority.longest.isEmpty());
        }
        QCOMPARE(statement->creditCents(), 0);
        QVERIFY(!statement->provisional());
        compareWithTheReport(*statement);
    }

    void everyAccountFromOneRead()
    {
        QVERIFY(ClaimStore(m_fixture->database())
                    .record(m_acme, {2026, 10}, QDate(2026, 11, 5), ClaimOutcome::Accepted, 40000, 0)
                    .ok());
        StatementService service(m_fixture->database());
        QList<MonthlyStatement> all;
        const Status read =
            service.forEachAccount({2026, 10}, AsOf, [&all](const MonthlyStatement &statement) {
                all.append(statement);
                return success();
            });
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QStringList names;
        for (const MonthlyStatement &statement : all)
            names << statement.account.name;
        QCOMPARE(names, (QStringList{u"Acme"_s, u"Bistro, Inc."_s, u"Cobalt"_s}));
        // Each one is the statement computed for its account alone.
        for (const MonthlyStatement &statement : all) {
            const auto alone = service.compute(statement.account.name, {2026, 10}, AsOf);
            QVERIFY2(alone.ok(), qPrintable(alone.message()));
            QCOMPARE(statement.segments.size(), alone->segments.size());
            QCOMPARE(statement.feeCents(), alone->feeCents());
            QCOMPARE(statement.creditCents(), alone->creditCents());
            QCOMPARE(statement.claims.size(), alone->claims.size());
            QCOMPARE(statement.exclusions.size(), alone->exclusions.size());
            for (qsizetype s = 0; s < statement.segments.size(); ++s) {
                for (std::size_t p = 0; p < std::size_t(PriorityCount); ++p) {
                    const StatementPriority &mine = statement.segments[s].priorities[p];
                    const StatementPriority &its = alone->segments[s].priorities[p];
                    QCOMPARE(mine.row.tickets, its.row.tickets);
                    QCOMPARE(mine.row.totalResponseSeconds, its.row.totalResponseSeconds);
                    QCOMPARE(mine.medianSeconds, its.medianSeconds);
                    QCOMPARE(mine.percentile90Seconds, its.percentile90Seconds);
                    QCOMPARE(mine.longest.size(), its.longest.size());
                }
            }
            compareWithTheReport(statement);
        }
        QCOMPARE(all[0].claims.size(), 1);
        QCOMPARE(all[1].claims.size(), 0);
        // B6, created on 1 November in Paris, is not in Bistro's October
        // though the read reaches 23:30Z on 31 October for Acme's month.
        QCOMPARE(all[1].segments[1].priorities[2].row.tickets, 1);

        // The sink's failure stops the statements and is returned.
        int given = 0;
        const Status stopped = service.forEachAccount({2026, 10}, AsOf, [&given](const MonthlyStatement &) {
            ++given;
            return Status::failure(Error::Kind::Storage, u"disk full"_s);
        });
        QCOMPARE(stopped.message(), u"disk full"_s);
        QCOMPARE(given, 1);
    }

    void anUnknownAccountIsAnError()
    {
        const auto statement = StatementService(m_fixture->database()).compute(u"Nobody"_s, {2026, 10}, AsOf);
        QVERIFY(!statement.ok());
        QVERIFY2(statement.message().contains(u"Nobody"_s), qPrintable(statement.message()));
    }

private:
    // Every number the statement shares with the report and the credits is
    // theirs for the same account, month and as-of.
    void compareWithTheReport(const MonthlyStatement &statement)
    {
        ReportRequest request;
        request.months = {statement.month, statement.month};
        request.accountName = statement.account.name;
        request.asOfUtc = statement.asOfUtc;
        const auto report = ReportService(m_fixture->database()).compute(request);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->credits.size(), statement.segments.size());
        for (qsizetype s = 0; s < statement.segments.size(); ++s) {
            const CreditRow &credit = statement.segments[s].credit;
            const CreditRow &expected = report->credits[s];
            QCOMPARE(credit.planId, expected.planId);
            QCOMPARE(credit.segmentStart, expected.segmentStart);
            QCOMPARE(credit.activeDays, expected.activeDays);
            QCOMPARE(credit.spendCents, expected.spendCents);
            QCOMPARE(credit.feeCents, expected.feeCents);
            QCOMPARE(credit.missedPriorities, expected.missedPriorities);
            QCOMPARE(credit.creditCents, expected.creditCents);
            QCOMPARE(credit.claimDeadline, expected.claimDeadline);
            QCOMPARE(credit.provisional, expected.provisional);
            for (int p = 0; p < PriorityCount; ++p) {
                const ReportRow &row = statement.segments[s].priorities[std::size_t(p)].row;
                const ReportRow &reported = report->rows[s * PriorityCount + p];
                QCOMPARE(row.priority, reported.priority);
                QCOMPARE(row.tickets, reported.tickets);
                QCOMPARE(row.answered, reported.answered);
                QCOMPARE(row.averageCentiMinutes, reported.averageCentiMinutes);
                QCOMPARE(row.withinTargetBasisPoints, reported.withinTargetBasisPoints);
                QCOMPARE(row.status, reported.status);
                QCOMPARE(row.provisional, reported.provisional);
                QCOMPARE(row.totalResponseSeconds, reported.totalResponseSeconds);
                // The statement's own times are of the same tickets.
                const auto &times = statement.segments[s].priorities[std::size_t(p)];
                QCOMPARE(times.medianSeconds.has_value(), reported.tickets > 0);
            }
        }
    }

    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_acme = 0;
};

QTEST_GUILESS_MAIN(TestStatementService)
#include "tst_statementservice.moc"
