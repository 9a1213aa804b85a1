#include "TimesInMenu.h"

#include "AppContext.h"
#include "ZoneRules.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace {

const QString SettingsKey = QStringLiteral("timesIn");

} // namespace

TimesInMenu::TimesInMenu(AppContext &context, QWidget *parent) : QMenu(parent), m_context(context)
{
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    auto addChoice = [this](TimeDisplay::Mode mode) {
        QAction *choice = addAction(QString());
        choice->setCheckable(true);
        m_group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, mode] { choose(mode); });
        return choice;
    };
    m_userZone = addChoice(TimeDisplay::Mode::UserZone);
    m_accountZone = addChoice(TimeDisplay::Mode::AccountZone);
    m_utc = addChoice(TimeDisplay::Mode::Utc);
    // The choice may also come from elsewhere (the saved one at start).
    connect(&context, &AppContext::timeDisplayChanged, this, [this] {
        updateChecks();
        retranslate();
    });
    updateChecks();
    retranslate();
}

TimeDisplay::Mode TimesInMenu::savedMode()
{
    return TimeDisplay::modeFromKey(QSettings().value(SettingsKey).toString())
        .value_or(TimeDisplay::Mode::UserZone);
}

QAction *TimesInMenu::action(TimeDisplay::Mode mode) const
{
    switch (mode) {
    case TimeDisplay::Mode::UserZone: return m_userZone;
    case TimeDisplay::Mode::AccountZone: return m_accountZone;
    case TimeDisplay::Mode::Utc: return m_utc;
    }
    return nullptr;
}

void TimesInMenu::choose(TimeDisplay::Mode mode)
{
    QSettings().setValue(SettingsKey, TimeDisplay::modeKey(mode));
    m_context.setTimeMode(mode);
}

void TimesInMenu::updateChecks()
{
    action(m_context.timeDisplay().mode())->setChecked(true);
}

void TimesInMenu::retranslate()
{
    setTitle(tr("Times &in"));
    m_userZone->setText(tr("&My zone (%1)").arg(m_context.timeDisplay().userZone().id()));
    m_accountZone->setText(tr("The &account's zone"));
    m_utc->setText(tr("&UTC"));
}

void TimesInMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
