#include "RiskWarnings.h"

#include "Formatting.h"

#include <QDateTime>
#include <QSettings>

namespace {

const QString Group = QStringLiteral("risk/");

} // namespace

RiskSettings RiskSettings::load()
{
    const QSettings settings;
    RiskSettings loaded;
    loaded.horizonMinutes =
        qBound(0, settings.value(Group + QStringLiteral("horizonMinutes"), loaded.horizonMinutes).toInt(),
               7 * 24 * 60);
    loaded.p1WarningMinutes =
        qBound(0, settings.value(Group + QStringLiteral("p1WarningMinutes"), loaded.p1WarningMinutes).toInt(),
               24 * 60);
    loaded.warningsOn = settings.value(Group + QStringLiteral("warningsOn"), loaded.warningsOn).toBool();
    loaded.quietHoursOn =
        settings.value(Group + QStringLiteral("quietHoursOn"), loaded.quietHoursOn).toBool();
    const QTime from = settings.value(Group + QStringLiteral("quietFrom")).toTime();
    const QTime to = settings.value(Group + QStringLiteral("quietTo")).toTime();
    if (from.isValid())
        loaded.quietFrom = from;
    if (to.isValid())
        loaded.quietTo = to;
    return loaded;
}

void RiskSettings::save() const
{
    QSettings settings;
    settings.setValue(Group + QStringLiteral("horizonMinutes"), horizonMinutes);
    settings.setValue(Group + QStringLiteral("p1WarningMinutes"), p1WarningMinutes);
    settings.setValue(Group + QStringLiteral("warningsOn"), warningsOn);
    settings.setValue(Group + QStringLiteral("quietHoursOn"), quietHoursOn);
    settings.setValue(Group + QStringLiteral("quietFrom"), quietFrom);
    settings.setValue(Group + QStringLiteral("quietTo"), quietTo);
}

bool RiskSettings::isQuietAt(QTime localTime) const
{
    if (!quietHoursOn || quietFrom == quietTo)
        return false;
    if (quietFrom < quietTo)
        return quietFrom <= localTime && localTime < quietTo;
    return localTime >= quietFrom || localTime < quietTo; // across midnight
}

QList<RiskWarning> RiskWarnings::next(const QList<AccountRisk> &risks, qint64 nowUtc,
                                      const RiskSettings &settings, const QTimeZone &userZone,
                                      const QLocale &locale)
{
    // What holds now, by key: a key no longer holding is forgotten, so a
    // state entered again warns again.
    QList<RiskWarning> holding;
    for (const AccountRisk &risk : risks) {
        for (const SegmentBudget &segment : risk.segments) {
            for (const PriorityBudget &budget : segment.priorities) {
                const QString key = risk.account + u'\x1f' + segment.start.toString(Qt::ISODate) + u'\x1f' +
                                    Formatting::priorityShort(budget.priority) + u'\x1f';
                const QString priority = Formatting::priorityShort(budget.priority);
                const QString fee = Formatting::money(locale, segment.feeCents);
                if (budget.state == RiskState::Broken) {
                    holding.append(
                        {key + QStringLiteral("broken"),
                         tr("%1: %2 over its target").arg(risk.account, priority),
                         tr("The %1 average of %2 is over its target this month: a credit of %3 is owed "
                            "unless it comes back.")
                             .arg(priority, risk.account, fee),
                         RiskState::Broken});
                    continue;
                }
                if (!budget.breaksAt)
                    continue;
                const QString at = locale.toString(QDateTime::fromSecsSinceEpoch(*budget.breaksAt, userZone),
                                                   QLocale::ShortFormat);
                if (budget.state == RiskState::AtRisk) {
                    holding.append(
                        {key + QStringLiteral("at_risk"), tr("%1: %2 at risk").arg(risk.account, priority),
                         tr("Unless its open %1 tickets (%2) are answered, %3 misses its %1 target at %4: a "
                            "credit of %5.")
                             .arg(priority, Formatting::integer(locale, budget.openTickets()), risk.account,
                                  at, fee),
                         RiskState::AtRisk});
                }
                const qint64 left = *budget.breaksAt - nowUtc;
                if (budget.priority == Priority::P1 && left <= qint64(settings.p1WarningMinutes) * 60) {
                    holding.append(
                        {key + QStringLiteral("p1_soon"),
                         tr("%1: P1 breaks its month soon").arg(risk.account),
                         tr("The P1 month of %1 breaks in %2, at %3, unless its open P1 tickets are "
                            "answered.")
                             .arg(risk.account, Formatting::duration(locale, qMax<qint64>(left, 0)), at),
                         RiskState::AtRisk});
                }
            }
        }
    }
    QSet<QString> stillHolding;
    for (const RiskWarning &warning : std::as_const(holding))
        stillHolding.insert(warning.key);
    m_given.intersect(stillHolding);

    QList<RiskWarning> toGive;
    const QTime local = QDateTime::fromSecsSinceEpoch(nowUtc, userZone).time();
    if (!settings.warningsOn || settings.isQuietAt(local))
        return toGive;
    for (const RiskWarning &warning : std::as_const(holding)) {
        if (m_given.contains(warning.key))
            continue;
        m_given.insert(warning.key);
        toGive.append(warning);
    }
    return toGive;
}
