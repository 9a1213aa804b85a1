#include "RiskMonitor.h"

#include "AppContext.h"
#include "BackgroundWrite.h"
#include "CreditRiskService.h"

#include <QTimer>
#include <algorithm>

RiskMonitor::RiskMonitor(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &RiskMonitor::reassess);
    m_clock->start();
    // Several changes in a row (an import's, a colleague's) cost one read.
    m_pendingRead = new QTimer(this);
    m_pendingRead->setSingleShot(true);
    m_pendingRead->setInterval(0);
    connect(m_pendingRead, &QTimer::timeout, this, &RiskMonitor::reread);
    connect(&m_context, &AppContext::dataChanged, m_pendingRead, qOverload<>(&QTimer::start));
    m_reader = new BackgroundWrite(m_context.database(), this);
    connect(m_reader, &BackgroundWrite::finished, this, &RiskMonitor::readEnded);
}

void RiskMonitor::setHorizonSeconds(qint64 seconds)
{
    m_horizonSeconds = seconds;
    reassess();
}

void RiskMonitor::setClockInterval(int milliseconds)
{
    m_clock->setInterval(milliseconds);
}

void RiskMonitor::reread()
{
    m_pendingRead->stop();
    if (m_reader->isRunning()) {
        m_readAgain = true;
        return;
    }
    m_read = std::make_shared<QList<MonthLedger>>();
    const qint64 asOf = m_context.nowUtc();
    m_reader->start([read = m_read, asOf](Database &store, const BackgroundWrite::Progress &) -> Status {
        auto ledgers = CreditRiskService(store).read(asOf);
        if (!ledgers)
            return ledgers.error();
        *read = std::move(*ledgers);
        return success();
    });
}

bool RiskMonitor::isReading() const
{
    return m_reader->isRunning() || m_pendingRead->isActive();
}

void RiskMonitor::waitForRead()
{
    while (isReading()) {
        if (m_pendingRead->isActive())
            reread();
        static_cast<void>(m_reader->waitForFinished()); // the outcome comes through readEnded()
    }
}

void RiskMonitor::readEnded(const Status &outcome)
{
    if (m_readAgain) {
        m_readAgain = false;
        reread();
        return;
    }
    if (!outcome) {
        // No budget from part of the store: nothing rather than a guess.
        m_ledgers.clear();
        m_risks.clear();
        m_failure = outcome.error();
        m_assessedAt = m_context.nowUtc();
        emit changed();
        return;
    }
    m_failure.reset();
    m_ledgers = std::move(*m_read);
    reassess();
}

void RiskMonitor::reassess()
{
    if (m_failure) {
        if (!isReading())
            reread(); // a store that could not be read is tried again on the clock
        return;
    }
    const qint64 now = m_context.nowUtc();
    for (const MonthLedger &ledger : std::as_const(m_ledgers)) {
        if (YearMonth::of(ledger.clock->localDate(now)) != ledger.month) {
            if (!isReading())
                reread();
            return;
        }
    }
    m_risks.clear();
    m_risks.reserve(m_ledgers.size());
    for (const MonthLedger &ledger : std::as_const(m_ledgers))
        m_risks.append(assessRisk(ledger, now, m_horizonSeconds));
    std::sort(m_risks.begin(), m_risks.end(), breaksSooner);
    m_assessedAt = now;
    emit changed();
}
