#pragma once

#include "RiskWarnings.h"

#include <QList>
#include <QObject>
#include <QTimeZone>

class AppContext;
class QMainWindow;
class QSystemTrayIcon;
class RiskMonitor;

// Gives the month's credit-risk warnings as the monitor's risks change: a
// notification of the system tray where there is one, else the window's
// status bar and a request for attention (a blinking task-bar entry).
class RiskAlerts : public QObject
{
    Q_OBJECT

public:
    RiskAlerts(AppContext &context, RiskMonitor &monitor, QMainWindow &window);

    const RiskSettings &settings() const { return m_settings; }
    // Saved for the next start, and applied to the monitor's horizon.
    void setSettings(const RiskSettings &settings);
    // The zone of quiet hours and times in warnings (the system's by default).
    void setUserZone(const QTimeZone &zone) { m_zone = zone; }
    bool usesTray() const { return m_tray != nullptr; }
    // More warnings at once than this make one notification that counts them.
    static constexpr qsizetype MostWarningsShownApart = 3;
    // What the last notification said (title — text), for tests.
    QString lastShown() const { return m_lastShown; }

signals:
    void warned(const RiskWarning &warning);

private:
    void check();

    AppContext &m_context;
    RiskMonitor &m_monitor;
    QMainWindow &m_window;
    RiskSettings m_settings;
    RiskWarnings m_warnings;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastShown;
};
