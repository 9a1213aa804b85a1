#include "RiskSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

RiskSettingsDialog::RiskSettingsDialog(const RiskSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Credit risk warnings"));
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 7 * 24);
    m_horizon->setSuffix(tr(" h"));
    m_horizon->setValue(qMax(1, settings.horizonMinutes / 60));
    m_horizon->setToolTip(tr("Business hours for a business-hours target, real hours for a 24/7 one"));
    m_p1Minutes = new QSpinBox(this);
    m_p1Minutes->setRange(0, 24 * 60);
    m_p1Minutes->setSingleStep(15);
    m_p1Minutes->setSuffix(tr(" min"));
    m_p1Minutes->setValue(settings.p1WarningMinutes);
    m_warnings = new QCheckBox(tr("Warn me when an account's month becomes at risk or broken"), this);
    m_warnings->setChecked(settings.warningsOn);
    m_quiet = new QCheckBox(tr("Quiet hours, from"), this);
    m_quiet->setChecked(settings.quietHoursOn);
    m_quietFrom = new QTimeEdit(settings.quietFrom, this);
    m_quietTo = new QTimeEdit(settings.quietTo, this);
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo}) {
        edit->setEnabled(settings.quietHoursOn);
        connect(m_quiet, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("A month is at risk when its open tickets break it within"), m_horizon);
    form->addRow(tr("Warn when a P1 is about to break its month, within"), m_p1Minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addLayout(quietRow);
    layout->addWidget(buttons);
}

RiskSettings RiskSettingsDialog::settings() const
{
    RiskSettings chosen;
    chosen.horizonMinutes = m_horizon->value() * 60;
    chosen.p1WarningMinutes = m_p1Minutes->value();
    chosen.warningsOn = m_warnings->isChecked();
    chosen.quietHoursOn = m_quiet->isChecked();
    chosen.quietFrom = m_quietFrom->time();
    chosen.quietTo = m_quietTo->time();
    return chosen;
}
