#pragma once

#include "YearMonth.h"

#include <QWidget>

class AppContext;
class QComboBox;
class QDateEdit;
class QLabel;

// The choice a report-like view starts from: a range of months and one
// account or all of them. It says changed() once per change the user (or a
// setter) makes, never while it reloads its list of accounts.
class MonthRangeBar : public QWidget
{
    Q_OBJECT

public:
    // The range starts `monthsBack` months before the current one.
    MonthRangeBar(AppContext &context, int monthsBack, QWidget *parent = nullptr);

    MonthRange months() const;
    void setMonths(MonthRange months);
    // Empty: every account.
    QString accountName() const;
    void setAccountName(const QString &name);
    // Reads the accounts again and keeps the one chosen, if it still exists.
    void reloadAccounts();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void announce();

    AppContext &m_context;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_accountLabel;
    QComboBox *m_account;
    bool m_quiet = false;
};
