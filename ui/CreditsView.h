#pragma once

#include "Expected.h"
#include "PlanCatalog.h"
#include "ReportTypes.h"
#include "YearMonth.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>
#include <memory>

class AppContext;
class DeferredRefresh;
class MonthRangeBar;
class ProblemBanner;
class ClaimDialog;
class ClaimTableModel;
class CreditTableModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Support credits: what each month owes per account, the claim deadlines
// (those closing within a week stand out), filing a claim and seeing its
// outcome, the claims decided so far and the credit balance.
class CreditsView : public QWidget
{
    Q_OBJECT

public:
    explicit CreditsView(AppContext &context, QWidget *parent = nullptr);

    QTableView *currentTable() const;

    MonthRange months() const;
    void setMonths(MonthRange months);
    QString accountName() const; // empty: every account
    void setAccountName(const QString &name);

    // Opens the claim dialog (not modal) for the selected row's account and
    // month, or the view's choices when no row is selected.
    ClaimDialog *openClaimDialog();

    // What the view shows, computed first if a change is still pending.
    CreditTableModel *creditModel() const;
    ClaimTableModel *claimModel() const;
    QLabel *balanceLabel() const;
    QLabel *outcomeLabel() const { return m_outcome; }
    // What the view says when it could not compute (hidden otherwise).
    ProblemBanner *problemBanner() const { return m_problem; }

    // Computes the credits again, now. Changes of the store, language or
    // months compute them when the view is next visible.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the view shows, read whole or not at all.
    struct Loaded
    {
        QList<CreditRow> credits;
        std::shared_ptr<const PlanCatalog> catalog;
        QHash<QString, QDate> today; // each account's own date
        QSet<QPair<QString, int>> claimed;
        QList<qint64> shownIds;
        qint64 balance = 0;
    };
    Expected<Loaded> load(const MonthRange &range) const;
    void retranslate();

    AppContext &m_context;
    DeferredRefresh *m_deferred = nullptr;
    CreditTableModel *m_credits = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ClaimTableModel *m_claims = nullptr;

    MonthRangeBar *m_range = nullptr;
    QTableView *m_creditTable = nullptr;
    QLabel *m_claimsTitle = nullptr;
    QTableView *m_claimTable = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_legend = nullptr;
    QPushButton *m_file = nullptr;
    ProblemBanner *m_problem = nullptr;
};
