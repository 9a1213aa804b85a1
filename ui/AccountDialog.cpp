#include "AccountDialog.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "CalendarStore.h"
#include "Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

AccountDialog::AccountDialog(AppContext &context, const Account &account, QWidget *parent)
    : QDialog(parent), m_context(context), m_account(account)
{
    m_name = new QLineEdit(account.name, this);

    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_zone->addItems(zones);
    // Hundreds of zones: typing "paris" or "new_y" must find them anywhere in
    // the id, not only at its start.
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentText(account.timeZoneId);

    m_calendar = new QComboBox(this);
    const auto calendars = CalendarStore(m_context.database()).all();
    for (const Calendar &calendar : calendars ? *calendars : QList<Calendar>{})
        m_calendar->addItem(calendar.name);
    const QString calendarName =
        account.calendarName.isEmpty() ? Calendar::vendorDefaultName() : account.calendarName;
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findText(calendarName)));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    // The calendars are offered only when they could all be read.
    m_error->setText(calendars ? QString() : calendars.message());
    m_error->setVisible(!calendars);

    m_nameLabel = new QLabel(this);
    m_zoneLabel = new QLabel(this);
    m_calendarLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_zoneLabel->setBuddy(m_zone);
    m_calendarLabel->setBuddy(m_calendar);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_calendarLabel, m_calendar);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslate();
}

void AccountDialog::accept()
{
    Account edited = m_account;
    edited.name = m_name->text().trimmed();
    edited.timeZoneId = m_zone->currentText().trimmed();
    edited.calendarName = m_calendar->currentText();
    QString problem;
    if (edited.name.isEmpty())
        problem = tr("Enter the account's name.");
    else if (!QTimeZone::isTimeZoneIdAvailable(edited.timeZoneId.toUtf8()))
        problem = tr("“%1” is not a known time zone: pick one from the list (e.g. Europe/Paris).")
                      .arg(edited.timeZoneId);
    if (problem.isEmpty()) {
        AccountStore store(m_context.database());
        if (edited.id == 0) {
            const Expected<qint64> id = store.add(edited);
            if (id)
                edited.id = *id;
            else
                problem = id.message();
        } else {
            const Status updated = store.update(edited);
            if (!updated && updated.errorKind() == Error::Kind::Conflict) {
                // Someone changed this account meanwhile: show it as stored,
                // so that a second OK is a choice made knowing the change.
                if (const Expected<Account> stored = store.findById(edited.id)) {
                    m_account = *stored;
                    m_name->setText(m_account.name);
                    m_zone->setCurrentText(m_account.timeZoneId);
                    const QString calendar = m_account.calendarName.isEmpty() ? Calendar::vendorDefaultName()
                                                                              : m_account.calendarName;
                    m_calendar->setCurrentIndex(std::max(0, m_calendar->findText(calendar)));
                }
                m_error->setText(
                    tr("Not saved: someone else changed this account meanwhile. The form now shows it."));
                m_error->show();
                m_context.reportConflict(this, updated.message());
                return;
            }
            if (!updated)
                problem = updated.message();
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_account = edited;
    QDialog::accept();
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(m_account.id == 0 ? tr("New account") : tr("Edit account"));
    m_nameLabel->setText(tr("&Name:"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_calendarLabel->setText(tr("&Business hours:"));
    m_zone->setToolTip(
        tr("Dates and months of the account's tickets, plan changes and claims follow this zone. "
           "Type part of a zone's name to filter the list."));
}
