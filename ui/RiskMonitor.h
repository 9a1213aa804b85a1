#pragma once

#include "CreditRisk.h"
#include "Error.h"
#include "Expected.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class AppContext;
class BackgroundWrite;
class QTimer;

// The month's credit risk of every account, kept live for the Today view and
// the warnings: the store is read when it changes (here or elsewhere) and at
// the start of a month; between changes, a timer assesses the same ledgers
// again as the open tickets accrue, which costs no read. A read (a few
// hundred milliseconds on a million tickets: a month's rows are spread over
// the whole store) runs on a thread and connection of its own, so the
// window never waits for it.
class RiskMonitor : public QObject
{
    Q_OBJECT

public:
    explicit RiskMonitor(AppContext &context, QObject *parent = nullptr);

    // Most urgent first (breaksSooner). Empty while a read fails.
    const QList<AccountRisk> &risks() const { return m_risks; }
    const std::optional<Error> &failure() const { return m_failure; }
    qint64 assessedAt() const { return m_assessedAt; }
    qint64 horizonSeconds() const { return m_horizonSeconds; }
    void setHorizonSeconds(qint64 seconds);
    // How often the clock reassesses (a minute by default).
    void setClockInterval(int milliseconds);

    // Reads the store, then assesses; a read asked for while one runs
    // follows it.
    void reread();
    bool isReading() const;
    // Until the reads asked for have ended (for scripted use and tests).
    void waitForRead();
    // Assesses the ledgers as of now; reads the store first when the month
    // of an account has turned since they were read.
    void reassess();

signals:
    void changed();

private:
    void readEnded(const Status &outcome);

    AppContext &m_context;
    BackgroundWrite *m_reader = nullptr;
    std::shared_ptr<QList<MonthLedger>> m_read;
    bool m_readAgain = false;
    QTimer *m_clock = nullptr;
    QTimer *m_pendingRead = nullptr;
    QList<MonthLedger> m_ledgers;
    QList<AccountRisk> m_risks;
    std::optional<Error> m_failure;
    qint64 m_assessedAt = 0;
    qint64 m_horizonSeconds = 4 * 3600;
};
