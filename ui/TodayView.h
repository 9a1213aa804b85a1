#pragma once

#include <QWidget>

class AppContext;
class ProblemBanner;
class QLabel;
class QStandardItemModel;
class QTableView;
class RiskMonitor;
class RiskTableModel;

// The first tab: which accounts will owe a credit this month if nothing
// changes, by when and how much, with the open tickets that use each one's
// budget (opening one opens the ticket). It follows the RiskMonitor, which
// refreshes by itself.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    TodayView(AppContext &context, RiskMonitor &monitor, QWidget *parent = nullptr);

    QTableView *currentTable() const;
    RiskTableModel *model() const { return m_model; }
    QStandardItemModel *openTickets() const { return m_open; }
    QLabel *summary() const { return m_summary; }
    ProblemBanner *problemBanner() const { return m_problem; }
    // Shows the open tickets of a row of the accounts' table.
    void showAccount(int row);

signals:
    void ticketRequested(qint64 rowId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void retranslate();

    AppContext &m_context;
    RiskMonitor &m_monitor;
    RiskTableModel *m_model = nullptr;
    QStandardItemModel *m_open = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_openTitle = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_openTable = nullptr;
    ProblemBanner *m_problem = nullptr;
    QString m_shownAccount;
};
