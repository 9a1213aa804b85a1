#pragma once

#include "RiskWarnings.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QTimeEdit;

// Where the user sets when a month counts as at risk, when a P1 warns, and
// the quiet hours of the warnings.
class RiskSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskSettingsDialog(const RiskSettings &settings, QWidget *parent = nullptr);
    RiskSettings settings() const;

    QSpinBox *horizonHours() const { return m_horizon; }
    QCheckBox *quietHours() const { return m_quiet; }

private:
    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_p1Minutes = nullptr;
    QCheckBox *m_warnings = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
};
