#pragma once

#include "CreditRisk.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

// What the user chose about the month's credit risk: the horizon that makes
// a month "at risk", when a P1 about to break warns, and quiet hours.
struct RiskSettings
{
    int horizonMinutes = 4 * 60; // on each target's clock
    int p1WarningMinutes = 60;   // real time before a P1 breaks its month
    bool warningsOn = true;
    bool quietHoursOn = false;
    QTime quietFrom{20, 0}; // in the user's zone; may wrap past midnight
    QTime quietTo{8, 0};

    static RiskSettings load();
    void save() const;
    qint64 horizonSeconds() const { return qint64(horizonMinutes) * 60; }
    // Whether a wall-clock time falls in the quiet hours [from, to).
    bool isQuietAt(QTime localTime) const;
};

struct RiskWarning
{
    QString key; // what makes it the same warning
    QString title;
    QString text;
    RiskState state = RiskState::AtRisk;
};

// Decides which warnings to give as the risks change: each once when an
// account's priority enters "at risk" or "broken", or when a P1 is close to
// breaking its month; a state left and entered again warns again. In quiet
// hours nothing is given and nothing is marked given, so what still holds
// when they end is said then.
class RiskWarnings
{
    Q_DECLARE_TR_FUNCTIONS(RiskWarnings)

public:
    QList<RiskWarning> next(const QList<AccountRisk> &risks, qint64 nowUtc, const RiskSettings &settings,
                            const QTimeZone &userZone, const QLocale &locale);

private:
    QSet<QString> m_given;
};
