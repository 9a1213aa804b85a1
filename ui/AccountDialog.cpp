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
#include <QGroupBox>
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

    m_calendar = new QComboBox(this);
    const auto calendars = CalendarStore(m_context.database()).all();
    for (const Calendar &calendar : calendars ? *calendars : QList<Calendar>{})
        m_calendar->addItem(calendar.name);

    // Each language in its own name: the customer's, not the window's.
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_tamName = new QLineEdit(this);
    m_tamEmail = new QLineEdit(this);
    m_contactName = new QLineEdit(this);
    m_contactEmail = new QLineEdit(this);
    fillForm(account);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    // The calendars are offered only when they could all be read.
    m_error->setText(calendars ? QString() : calendars.message());
    m_error->setVisible(!calendars);

    m_nameLabel = new QLabel(this);
    m_zoneLabel = new QLabel(this);
    m_calendarLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_tamNameLabel = new QLabel(this);
    m_tamEmailLabel = new QLabel(this);
    m_contactNameLabel = new QLabel(this);
    m_contactEmailLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_zoneLabel->setBuddy(m_zone);
    m_calendarLabel->setBuddy(m_calendar);
    m_languageLabel->setBuddy(m_language);
    m_tamNameLabel->setBuddy(m_tamName);
    m_tamEmailLabel->setBuddy(m_tamEmail);
    m_contactNameLabel->setBuddy(m_contactName);
    m_contactEmailLabel->setBuddy(m_contactEmail);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_calendarLabel, m_calendar);

    m_documents = new QGroupBox(this);
    auto *documents = new QFormLayout(m_documents);
    documents->addRow(m_languageLabel, m_language);
    documents->addRow(m_tamNameLabel, m_tamName);
    documents->addRow(m_tamEmailLabel, m_tamEmail);
    documents->addRow(m_contactNameLabel, m_contactName);
    documents->addRow(m_contactEmailLabel, m_contactEmail);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_documents);
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
    edited.language = m_language->currentData().toString();
    edited.tamName = m_tamName->text().trimmed();
    edited.tamEmail = m_tamEmail->text().trimmed();
    edited.contactName = m_contactName->text().trimmed();
    edited.contactEmail = m_contactEmail->text().trimmed();
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
                    fillForm(m_account);
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

void AccountDialog::fillForm(const Account &account)
{
    m_name->setText(account.name);
    m_zone->setCurrentText(account.timeZoneId);
    const QString calendar =
        account.calendarName.isEmpty() ? Calendar::vendorDefaultName() : account.calendarName;
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findText(calendar)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(account.language)));
    m_tamName->setText(account.tamName);
    m_tamEmail->setText(account.tamEmail);
    m_contactName->setText(account.contactName);
    m_contactEmail->setText(account.contactEmail);
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
    m_documents->setTitle(tr("Statements and reviews"));
    m_languageLabel->setText(tr("&Language:"));
    m_tamNameLabel->setText(tr("Technical account &manager:"));
    m_tamEmailLabel->setText(tr("Manager's &e-mail:"));
    m_contactNameLabel->setText(tr("Billing &contact:"));
    m_contactEmailLabel->setText(tr("Contact's e-ma&il:"));
    m_language->setToolTip(tr("The language of the statements and reviews sent to this customer, "
                              "whatever the window's language."));
    m_zone->setToolTip(
        tr("Dates and months of the account's tickets, plan changes and claims follow this zone. "
           "Type part of a zone's name to filter the list."));
}
