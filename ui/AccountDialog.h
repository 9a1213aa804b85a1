#pragma once

#include "Account.h"

#include <QDialog>

class AppContext;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

// Creates or edits an account: its name, time zone (typed to filter the
// zone list) and business-hours calendar, and what its documents need (the
// customer's language, technical account manager and billing contact). Saves on OK and stays open with
// the store's message when the store refuses (a name already taken, say).
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // An account with id 0 is created, otherwise updated.
    AccountDialog(AppContext &context, const Account &account, QWidget *parent = nullptr);

    Account account() const { return m_account; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *zoneCombo() const { return m_zone; }
    QComboBox *calendarCombo() const { return m_calendar; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *tamNameEdit() const { return m_tamName; }
    QLineEdit *tamEmailEdit() const { return m_tamEmail; }
    QLineEdit *contactNameEdit() const { return m_contactName; }
    QLineEdit *contactEmailEdit() const { return m_contactEmail; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillForm(const Account &account);

    AppContext &m_context;
    Account m_account;
    QLineEdit *m_name = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_calendar = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_tamName = nullptr;
    QLineEdit *m_tamEmail = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QGroupBox *m_documents = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_tamNameLabel = nullptr;
    QLabel *m_tamEmailLabel = nullptr;
    QLabel *m_contactNameLabel = nullptr;
    QLabel *m_contactEmailLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
