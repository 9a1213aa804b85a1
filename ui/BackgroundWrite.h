#pragma once

#include "Expected.h"
#include "TicketImporter.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <optional>

class Database;
class QThread;

// A long write to the store (an import, the sample) on a thread of its own
// with a connection of its own: the window repaints and stays usable while
// the rows are written, the indexes rebuilt and the transaction committed,
// and nothing the window does runs inside that transaction. Progress and
// the outcome come back to this object's thread by queued calls; cancel()
// reaches the work through an atomic flag, which it reads at each progress.
class BackgroundWrite : public QObject
{
    Q_OBJECT

public:
    // Runs on the other thread with `store`, that thread's own connection;
    // `progress` returns false once the write is cancelled.
    using Progress = std::function<bool(const ImportProgress &)>;
    using Work = std::function<Status(Database &store, const Progress &progress)>;

    // The work will connect as `store` does (same location and password).
    explicit BackgroundWrite(const Database &store, QObject *parent = nullptr);
    // Cancels a write still running and waits for it to end.
    ~BackgroundWrite() override;

    void start(Work work);
    // Stops the write running, or the next one at its first step.
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread != nullptr; }
    // Until the write has ended, with this thread's events processed
    // meanwhile; the outcome (for scripted use and tests).
    Status waitForFinished();

signals:
    void progressed(const ImportProgress &progress);
    void finished(const Status &outcome);

private:
    void end(const Status &outcome);

    const Database &m_store;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::optional<Status> m_outcome;
};
