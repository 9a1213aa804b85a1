#include "ChunkedPass.h"

#include <QSet>
#include <QTest>
#include <atomic>
#include <thread>

namespace {

struct Result
{
    long long value = 0;
    std::thread::id thread;
};

// Work that doubles each item and says which thread did it; `made` counts
// the works handed out, one per thread.
ChunkedPass<long long, Result>::MakeWork doubling(std::atomic<int> &made)
{
    return [&made] {
        ++made;
        return [](const std::vector<long long> &items, std::vector<Result> &results) {
            for (long long item : items)
                results.push_back({2 * item, std::this_thread::get_id()});
        };
    };
}

} // namespace

class TestChunkedPass : public QObject
{
    Q_OBJECT

private slots:
    void resultsComeInTheOrderRead()
    {
        std::atomic<int> made = 0;
        ChunkedPass<long long, Result> pass(doubling(made), 1000);
        constexpr long long Count = 100003; // a last chunk that is not full
        for (long long i = 0; i < Count; ++i)
            pass.add(i);
        const std::vector<Result> results = pass.finish();
        QCOMPARE(results.size(), std::size_t(Count));
        QSet<std::size_t> threads;
        for (long long i = 0; i < Count; ++i) {
            QCOMPARE(results[i].value, 2 * i);
            threads.insert(std::hash<std::thread::id>()(results[i].thread));
        }
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        QCOMPARE(made.load(), int(std::min(cores, 4u)));
        if (cores < 2)
            QSKIP("one core: no helper thread to check");
        // Each thread's work is its own: at least the reading thread or a
        // helper did some, and never more threads than works were made.
        QVERIFY(threads.size() >= 1 && int(threads.size()) <= made.load());
    }

    void aShortPassStaysOnTheCallingThread()
    {
        std::atomic<int> made = 0;
        ChunkedPass<long long, Result> pass(doubling(made), 1000);
        for (long long i = 0; i < 999; ++i)
            pass.add(i);
        const std::vector<Result> results = pass.finish();
        QCOMPARE(results.size(), std::size_t(999));
        QCOMPARE(made.load(), 1);
        for (const Result &result : results)
            QCOMPARE(result.thread, std::this_thread::get_id());
    }

    void anEmptyPassGivesNothing()
    {
        std::atomic<int> made = 0;
        ChunkedPass<long long, Result> pass(doubling(made));
        QVERIFY(pass.finish().empty());
    }
};

QTEST_GUILESS_MAIN(TestChunkedPass)
#include "tst_chunkedpass.moc"
