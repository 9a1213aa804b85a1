#pragma once

#include "YearMonth.h"

#include <QWidget>

class ProblemBanner;
class AppContext;
class DeferredRefresh;
class MonthRangeBar;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class ReportCharts;
class ReportMonthlyModel;
class ReportTableModel;

// The monthly report for a month or a range of months and one account or
// all: per priority against the plan's targets with status and credits, the
// monthly summary and its charts.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(AppContext &context, QWidget *parent = nullptr);

    QTableView *currentTable() const;
    bool saveChartPng(const QString &path);

    MonthRange months() const;
    void setMonths(MonthRange months);
    // Empty: every account.
    QString accountName() const;
    void setAccountName(const QString &name);

    // What the view shows, computed first if a change is still pending.
    ReportTableModel *tableModel() const;
    ReportMonthlyModel *monthlyModel() const;
    ReportCharts *charts() const;
    QLabel *summaryLabel() const;
    // What the view says when it could not compute (hidden otherwise).
    ProblemBanner *problemBanner() const { return m_problem; }

    // Computes the report again for the current choices, now. Changes of the
    // store, language or months compute it when the view is next visible.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    DeferredRefresh *m_deferred = nullptr;
    ReportTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ReportMonthlyModel *m_monthly = nullptr;

    MonthRangeBar *m_range = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_rowsTable = nullptr;
    QTableView *m_monthlyTable = nullptr;
    ReportCharts *m_charts = nullptr;
    ProblemBanner *m_problem = nullptr;
};
