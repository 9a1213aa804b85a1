#pragma once

#include "Account.h"

#include <QDialog>

class AppContext;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Creates or edits an account: its name, time zone (typed to filter the
// zone list) and business-hours calendar. Saves on OK and stays open with
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
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    Account m_account;
    QLineEdit *m_name = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_calendar = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
