#pragma once

// One pass over many items that are read on one thread (a database
// connection answers only the thread that opened it) and worked on by
// several: items go in chunks to helper threads as they are read, the
// reading thread joins in when the helpers fall behind and once the reading
// is done, and the results come back in the order the items were read.
// Helpers start with the first full chunk, so a short pass stays on the
// calling thread. Internal to core.

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

template <typename In, typename Out> class ChunkedPass
{
public:
    // Works out the results of one chunk; each thread has its own, so it may
    // keep caches that are not shared.
    using Work = std::function<void(const std::vector<In> &, std::vector<Out> &)>;
    // Called on the reading thread, once for it and once per helper.
    using MakeWork = std::function<Work()>;

    explicit ChunkedPass(MakeWork makeWork, std::size_t chunkSize = 8192)
        : m_makeWork(std::move(makeWork)), m_chunkSize(chunkSize), m_ownWork(m_makeWork())
    {
        m_filling.reserve(m_chunkSize);
    }
    ~ChunkedPass() { stopHelpers(); }
    ChunkedPass(const ChunkedPass &) = delete;
    ChunkedPass &operator=(const ChunkedPass &) = delete;

    void add(const In &item)
    {
        m_filling.push_back(item);
        if (m_filling.size() == m_chunkSize)
            queueFilling();
    }

    // Every result, in the order of add().
    std::vector<Out> finish()
    {
        if (!m_started) {
            // Not even one full chunk: no helper is worth starting.
            m_results.emplace_back();
            m_ownWork(m_filling, m_results.back());
        } else if (!m_filling.empty()) {
            queueFilling();
        }
        while (workOneChunk()) {
        }
        stopHelpers();
        std::size_t total = 0;
        for (const std::vector<Out> &part : m_results)
            total += part.size();
        std::vector<Out> all;
        all.reserve(total);
        for (std::vector<Out> &part : m_results) {
            all.insert(all.end(), part.begin(), part.end());
            std::vector<Out>().swap(part);
        }
        return all;
    }

private:
    struct Chunk
    {
        std::vector<In> items;
        std::vector<Out> *results = nullptr;
    };
    // At most this many chunks wait per helper; past it the reading thread
    // works one itself, which keeps memory bounded and the threads busy.
    static constexpr std::size_t WaitingPerHelper = 4;

    void queueFilling()
    {
        if (!m_started)
            startHelpers();
        std::size_t waiting = 0;
        {
            const std::lock_guard lock(m_mutex);
            m_results.emplace_back(); // a deque: earlier slots stay where they are
            m_queue.push_back({std::move(m_filling), &m_results.back()});
            waiting = m_queue.size();
        }
        m_ready.notify_one();
        m_filling = {};
        m_filling.reserve(m_chunkSize);
        if (waiting > WaitingPerHelper * std::max<std::size_t>(m_helpers.size(), 1))
            workOneChunk();
    }

    // The reading thread's share: false once nothing waits.
    bool workOneChunk()
    {
        Chunk chunk;
        {
            const std::lock_guard lock(m_mutex);
            if (m_queue.empty())
                return false;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_ownWork(chunk.items, *chunk.results);
        return true;
    }

    void startHelpers()
    {
        m_started = true;
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        const unsigned helpers = std::min(cores - 1, 3u);
        for (unsigned i = 0; i < helpers; ++i)
            m_helpers.emplace_back([this, work = m_makeWork()] { help(work); });
    }

    void help(const Work &work)
    {
        while (true) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty())
                    return;
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            work(chunk.items, *chunk.results);
        }
    }

    // Waits for the helpers, which first finish the chunks still waiting.
    void stopHelpers()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_ready.notify_all();
        for (std::thread &helper : m_helpers)
            helper.join();
        m_helpers.clear();
    }

    MakeWork m_makeWork;
    std::size_t m_chunkSize;
    Work m_ownWork;
    std::vector<In> m_filling;
    bool m_started = false;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_queue;
    std::deque<std::vector<Out>> m_results;
    bool m_stopping = false;
    std::vector<std::thread> m_helpers;
};
