#pragma once

#include "CustomerDocumentDialog.h"
#include "DeferredRefresh.h"
#include "Error.h"

#include <QWidget>
#include <optional>

class ProblemBanner;
class AccountTableModel;
class AppContext;
class ClaimTableModel;
class PlanHistoryModel;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class SpendTableModel;

// The accounts: a filterable list, and for the selected account its plan
// history (change the plan today, next month or on any date), its spend per
// month, and its credit balance and claims.
class AccountsView : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(AppContext &context, QWidget *parent = nullptr);

    QTableView *currentTable() const;

    // The selected account's id, 0 when none.
    qint64 selectedAccountId() const;
    // Accounts → Statement… and Quarterly review…: the dialog, shown without
    // blocking, on the selected account.
    CustomerDocumentDialog *openDocumentDialog(CustomerDocumentDialog::Kind kind);
    void selectAccount(qint64 accountId);

    // The plan change actions, as the buttons run them; each reports the
    // store's message when it refuses.
    bool changePlanFromToday(const QString &planId);
    bool changePlanFromNextMonth(const QString &planId);
    bool changePlanFrom(const QString &planId, QDate from);

    AccountTableModel *accountModel() const { return upToDate(m_accounts); }
    PlanHistoryModel *historyModel() const { return upToDate(m_history); }
    SpendTableModel *spendModel() const { return upToDate(m_spend); }
    ClaimTableModel *claimModel() const { return upToDate(m_claims); }
    QLabel *messageLabel() const { return upToDate(m_message); }
    // What the view says when a read failed (hidden otherwise).
    ProblemBanner *problemBanner() const { return upToDate(m_problem); }

protected:
    void changeEvent(QEvent *event) override;

private:
    // A change of the store reloads the view when it is shown: a hidden tab
    // costs nothing, in particular while a large import's end is applied.
    // What reads the view's content first applies a pending reload.
    template <typename Part> Part *upToDate(Part *part) const
    {
        m_deferred->ensure();
        return part;
    }
    void reload();
    void showAccount();
    void retranslate();
    void addAccount();
    void editAccount();
    void removeAccount();
    void removePlanChange();
    void showMessage(const QString &text, bool error);
    void showProblem(const std::optional<Error> &problem);
    QDate todayOfSelected() const;

    AppContext &m_context;
    QPushButton *m_statement = nullptr;
    QPushButton *m_review = nullptr;
    AccountTableModel *m_accounts = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PlanHistoryModel *m_history = nullptr;
    SpendTableModel *m_spend = nullptr;
    ClaimTableModel *m_claims = nullptr;

    QLineEdit *m_filter = nullptr;
    QTableView *m_accountTable = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;

    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_plan = nullptr;
    QPushButton *m_fromToday = nullptr;
    QPushButton *m_fromNextMonth = nullptr;
    QPushButton *m_fromDate = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_removeChange = nullptr;
    QTableView *m_spendTable = nullptr;
    QLabel *m_spendHint = nullptr;
    QLabel *m_balance = nullptr;
    QTableView *m_claimTable = nullptr;
    QLabel *m_message = nullptr;
    ProblemBanner *m_problem = nullptr;
    DeferredRefresh *m_deferred = nullptr;
};
