#include "BackgroundWrite.h"

#include "Database.h"

#include <QEventLoop>
#include <QThread>

BackgroundWrite::BackgroundWrite(const Database &store, QObject *parent) : QObject(parent), m_store(store)
{
}

BackgroundWrite::~BackgroundWrite()
{
    if (!m_thread)
        return;
    // What it posts from now on is dropped with this object.
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
}

void BackgroundWrite::start(Work work)
{
    Q_ASSERT(!m_thread);
    m_outcome.reset();
    m_thread = QThread::create([this, work = std::move(work)] {
        const auto post = [this](auto call) {
            QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
        };
        // A connection belongs to the thread that opened it: this one's own,
        // closed before the thread ends.
        Status outcome = success();
        {
            auto own = m_store.openAnother();
            if (!own) {
                outcome = own.error();
            } else {
                const Progress progress = [this, &post](const ImportProgress &step) {
                    post([this, step] { emit progressed(step); });
                    return !m_cancelled.load();
                };
                outcome = work(**own, progress);
            }
        }
        post([this, outcome] { end(outcome); });
    });
    m_thread->start();
}

void BackgroundWrite::end(const Status &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_outcome = outcome;
    m_cancelled = false;
    emit finished(outcome);
}

Status BackgroundWrite::waitForFinished()
{
    if (m_thread) {
        QEventLoop loop;
        connect(this, &BackgroundWrite::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_outcome.value_or(success());
}
