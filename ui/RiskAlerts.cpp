#include "RiskAlerts.h"

#include "AppContext.h"
#include "RiskMonitor.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <algorithm>

RiskAlerts::RiskAlerts(AppContext &context, RiskMonitor &monitor, QMainWindow &window)
    : QObject(&window), m_context(context), m_monitor(monitor), m_window(window),
      m_settings(RiskSettings::load())
{
    m_monitor.setHorizonSeconds(m_settings.horizonSeconds());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("SupportDesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, &m_window, [this] {
            m_window.showNormal();
            m_window.raise();
            m_window.activateWindow();
        });
        m_tray->show();
    }
    connect(&m_monitor, &RiskMonitor::changed, this, &RiskAlerts::check);
}

void RiskAlerts::setSettings(const RiskSettings &settings)
{
    m_settings = settings;
    m_settings.save();
    m_monitor.setHorizonSeconds(m_settings.horizonSeconds());
}

void RiskAlerts::check()
{
    if (m_monitor.failure())
        return;
    const QList<RiskWarning> warnings =
        m_warnings.next(m_monitor.risks(), m_monitor.assessedAt(), m_settings, m_zone, m_context.locale());
    if (warnings.isEmpty())
        return;
    // The first look at a store (or a bad morning) can find dozens: one
    // notification then says how many and names the first few.
    QString title = warnings.first().title;
    QString text = warnings.first().text;
    if (warnings.size() > MostWarningsShownApart) {
        QStringList first;
        for (qsizetype i = 0; i < MostWarningsShownApart; ++i)
            first << warnings.at(i).title;
        title = tr("Credits at risk: %1 warnings").arg(warnings.size());
        text = tr("%1, and %2 more: see the Today tab.")
                   .arg(first.join(QStringLiteral("; ")))
                   .arg(warnings.size() - MostWarningsShownApart);
    }
    const bool broken = std::any_of(warnings.begin(), warnings.end(), [](const RiskWarning &warning) {
        return warning.state == RiskState::Broken;
    });
    const qsizetype apart = warnings.size() > MostWarningsShownApart ? 1 : warnings.size();
    for (qsizetype i = 0; i < apart; ++i) {
        const QString shownTitle = apart == 1 ? title : warnings.at(i).title;
        const QString shownText = apart == 1 ? text : warnings.at(i).text;
        m_lastShown = shownTitle + QStringLiteral(" — ") + shownText;
        if (m_tray) {
            m_tray->showMessage(shownTitle, shownText,
                                broken ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
        } else {
            m_window.statusBar()->showMessage(m_lastShown);
            QApplication::alert(&m_window);
        }
    }
    for (const RiskWarning &warning : warnings)
        emit warned(warning);
}
