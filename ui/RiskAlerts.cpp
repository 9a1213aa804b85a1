#include "RiskAlerts.h"

#include "AppContext.h"
#include "RiskMonitor.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

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
    for (const RiskWarning &warning : warnings) {
        if (m_tray) {
            m_tray->showMessage(warning.title, warning.text,
                                warning.state == RiskState::Broken ? QSystemTrayIcon::Critical
                                                                   : QSystemTrayIcon::Warning);
        } else {
            m_window.statusBar()->showMessage(warning.title + QStringLiteral(" — ") + warning.text);
            QApplication::alert(&m_window);
        }
        emit warned(warning);
    }
}
