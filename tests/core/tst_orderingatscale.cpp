#include "DemoGenerator.h"
#include "FactsLoader.h"
#include "StoreFixture.h"
#include "TicketDeadlines.h"
#include "TicketOrdering.h"
#include "TicketStore.h"
#include "Timestamp.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <algorithm>

// The derived orders over enough tickets that their deadlines are worked out
// in chunks on several threads and their keys sorted in two halves: the
// result must be the order the rules define, worked out here one ticket at a
// time from TicketDeadlines::timingOf() on this thread.
class TestOrderingAtScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        m_now = parseIsoTimestamp(QStringLiteral("2026-10-31T00:00:00Z"))->utcSeconds;
        DemoOptions options;
        options.accounts = 30;
        options.months = 6;
        // Past the sort's two-halves threshold (65,536) and many chunks.
        options.tickets = 70000;
        options.nowUtc = m_now;
        const auto made = DemoGenerator(m_fixture->database()).generate(options);
        QVERIFY2(made.ok(), qPrintable(made.message()));
        m_deadlines = std::make_unique<TicketDeadlines>(FactsLoader::load(m_fixture->database()).value());
        // The reference timings, from a copy with its own clocks so that the
        // ordering's own caches start cold.
        const TicketDeadlines reference = m_deadlines->withOwnClocks();
        TicketStoreReads::forEachDeadlineFields(
            m_fixture->database(), {}, std::nullopt, Qt::AscendingOrder,
            [&](const TicketStoreReads::DeadlineFields &f) {
                m_accountOf.insert(f.rowId, f.accountId);
                m_timings.insert(f.rowId, reference.timingOf(f.accountId, f.priority, f.createdAt,
                                                             f.firstResponseAt, m_now));
            })
            .value();
        QCOMPARE(m_timings.size(), 70000);
    }
    void cleanupTestCase()
    {
        m_deadlines.reset();
        m_fixture.reset();
    }

    void ordersByResponseTime()
    {
        TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
        const auto ids = ordering
                             .rowIds(false, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt,
                                     Qt::AscendingOrder)
                             .value();
        QVERIFY(isPermutationOfAll(ids));
        // Answered by response time, then unanswered; ties by row id.
        const auto rank = [this](qint64 rowId) {
            const TicketTiming &timing = m_timings[rowId];
            return std::tuple(!timing.responseSeconds, timing.responseSeconds.value_or(0), rowId);
        };
        QVERIFY(isOrderedBy(ids, rank));
        const auto descending = ordering
                                    .rowIds(false, TicketDerivedSort::ResponseTime,
                                            TicketSortColumn::CreatedAt, Qt::DescendingOrder)
                                    .value();
        QVERIFY(std::equal(ids.begin(), ids.end(), descending.rbegin(), descending.rend()));
    }

    void ordersByDueTime()
    {
        TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
        const auto ids =
            ordering.rowIds(false, TicketDerivedSort::Due, TicketSortColumn::CreatedAt, Qt::AscendingOrder)
                .value();
        QVERIFY(isPermutationOfAll(ids));
        // Answered, then unanswered, each by due time; no target last.
        const auto rank = [this](qint64 rowId) {
            const TicketTiming &timing = m_timings[rowId];
            const int group = !timing.dueAt ? 2 : timing.secondsLeft ? 1 : 0;
            return std::tuple(group, timing.dueAt.value_or(0), rowId);
        };
        QVERIFY(isOrderedBy(ids, rank));
    }

    void keepsTheBreachedTickets()
    {
        TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
        const auto ids = ordering
                             .rowIds(true, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt,
                                     Qt::AscendingOrder)
                             .value();
        QSet<qint64> expected;
        for (auto timing = m_timings.cbegin(); timing != m_timings.cend(); ++timing) {
            if (timing->breached)
                expected.insert(timing.key());
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), expected);
        QCOMPARE(qsizetype(ids.size()), expected.size());

        // In a store order: that order's rows, the breached ones kept.
        const auto stored =
            ordering.rowIds(false, std::nullopt, TicketSortColumn::Subject, Qt::DescendingOrder).value();
        QVERIFY(isPermutationOfAll(stored));
        std::vector<qint64> breachedInOrder;
        std::copy_if(stored.begin(), stored.end(), std::back_inserter(breachedInOrder),
                     [&](qint64 rowId) { return expected.contains(rowId); });
        QVERIFY(ordering.rowIds(true, std::nullopt, TicketSortColumn::Subject, Qt::DescendingOrder).value() ==
                breachedInOrder);
    }

    // The filter's values of every kind (row id, instants, priority, yes or
    // no, text) are bound through SQLite's interface by the pass: it keeps
    // the tickets the store's own paged read keeps.
    void keepsWhatTheFilterKeeps()
    {
        const QList<TicketRow> first =
            TicketStore(m_fixture->database())
                .page({}, TicketSortColumn::CreatedAt, Qt::AscendingOrder, std::nullopt, 1)
                .value();
        QCOMPARE(first.size(), 1);
        TicketFilter filter;
        filter.accountId = m_accountOf.value(first.first().rowId);
        filter.createdFrom = parseIsoTimestamp(QStringLiteral("2026-06-01T00:00:00Z"))->utcSeconds;
        filter.createdTo = parseIsoTimestamp(QStringLiteral("2026-10-01T00:00:00Z"))->utcSeconds;
        filter.priority = Priority::P2;
        filter.answered = true;
        filter.text = QStringLiteral("e");
        const qint64 expected = TicketStore(m_fixture->database()).count(filter).value();
        QVERIFY(expected > 0);
        const QList<TicketRow> rows =
            TicketStore(m_fixture->database())
                .page(filter, TicketSortColumn::CreatedAt, Qt::AscendingOrder, std::nullopt, int(expected))
                .value();
        QSet<qint64> kept;
        for (const TicketRow &row : rows)
            kept.insert(row.rowId);
        TicketOrdering ordering(m_fixture->database(), *m_deadlines, filter, m_now);
        const auto ids = ordering
                             .rowIds(false, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt,
                                     Qt::AscendingOrder)
                             .value();
        QCOMPARE(qint64(ids.size()), expected);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), kept);
    }

private:
    bool isPermutationOfAll(const std::vector<qint64> &ids) const
    {
        if (qsizetype(ids.size()) != m_timings.size())
            return false;
        QSet<qint64> seen;
        for (qint64 id : ids) {
            if (!m_timings.contains(id) || seen.contains(id))
                return false;
            seen.insert(id);
        }
        return true;
    }
    template <typename Rank> static bool isOrderedBy(const std::vector<qint64> &ids, Rank rank)
    {
        for (std::size_t i = 1; i < ids.size(); ++i) {
            if (!(rank(ids[i - 1]) < rank(ids[i]))) {
                qWarning("rows %lld and %lld out of order at %zu", ids[i - 1], ids[i], i);
                return false;
            }
        }
        return true;
    }

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<TicketDeadlines> m_deadlines;
    QHash<qint64, TicketTiming> m_timings;
    QHash<qint64, qint64> m_accountOf;
    qint64 m_now = 0;
};

QTEST_GUILESS_MAIN(TestOrderingAtScale)
#include "tst_orderingatscale.moc"
