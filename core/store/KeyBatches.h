#pragma once

// The keys of the tickets a dry run reads, handed in batches from the thread
// reading the export to the one that reads the store's digests and counts
// them (DryRunCount). Internal to core.

#include <QtGlobal>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

// A read ticket as the digests compare it.
struct ReadKey
{
    quint64 key = 0;
    quint64 digest = 0;
};

class KeyBatches
{
public:
    void push(std::vector<ReadKey> &&batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_ready.notify_one();
    }

    // No batch will come after these.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_one();
    }

    // The next batch, waiting for it; false once closed and empty.
    bool pop(std::vector<ReadKey> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        return takeFront(batch);
    }

    // The next batch if one is waiting.
    bool tryPop(std::vector<ReadKey> &batch)
    {
        const std::lock_guard lock(m_mutex);
        return takeFront(batch);
    }

private:
    bool takeFront(std::vector<ReadKey> &batch)
    {
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        return true;
    }

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::vector<ReadKey>> m_batches;
    bool m_closed = false;
};
