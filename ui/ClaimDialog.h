#pragma once

#include "Claims.h"
#include "YearMonth.h"

#include <QDate>
#include <QDialog>
#include <optional>

class AppContext;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// Files a claim for an account's month: the claim is decided by the rules
// (month over, deadline, not claimed twice, a missed guarantee), recorded
// either way, and its outcome shown: the credit granted or why not.
class ClaimDialog : public QDialog
{
    Q_OBJECT

public:
    ClaimDialog(AppContext &context, const QString &accountName, YearMonth month, QWidget *parent = nullptr);

    // Files with the form's values; false when the store refused (the
    // message is shown). A rejected claim is a successful filing.
    bool fileClaim();

    void setFiledDate(QDate date);
    std::optional<ClaimOutcome> outcome() const { return m_outcome; }
    qint64 creditCents() const { return m_creditCents; }
    QString outcomeText() const;

    QComboBox *accountCombo() const { return m_account; }
    QDateEdit *monthEdit() const { return m_month; }
    QDateEdit *filedEdit() const { return m_filed; }
    QPushButton *fileButton() const { return m_file; }

signals:
    // A claim was recorded: the balance and the credit table changed.
    void claimFiled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFiledDefault();
    void showOutcome();
    void retranslate();

    AppContext &m_context;
    QComboBox *m_account = nullptr;
    QDateEdit *m_month = nullptr;
    QDateEdit *m_filed = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_filedLabel = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_file = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<ClaimOutcome> m_outcome;
    qint64 m_creditCents = 0;
    QString m_error;
};
