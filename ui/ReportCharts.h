#pragma once

#include "PortfolioMonths.h"
#include "ReportTypes.h"

#include <QList>
#include <QWidget>
#include <array>
#include <optional>

class QChart;
class QChartView;
class QTabWidget;
class ReportMonthlyModel;

// The report's charts, drawn from the monthly model the summary table also
// shows: for one account its average first response per priority and month
// against its target (dashed), for all accounts the share of accounts that
// met their own targets; then the share of tickets answered within target,
// the distribution of response times per priority in the core's buckets,
// and the credits owed per month.
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    // Targets: one account's averages against its targets, or the share of
    // accounts that met theirs when the report is of every account.
    enum Chart { Targets, WithinTarget, Distribution, Credits };

    explicit ReportCharts(ReportMonthlyModel *model, QWidget *parent = nullptr);

    // The report behind the distribution, the targets met and the credits
    // (the monthly model holds averages, not buckets, accounts or credits).
    void setReport(const QList<ReportRow> &rows, const QList<CreditRow> &credits, MonthRange months,
                   bool allAccounts);
    bool showsAllAccounts() const { return m_allAccounts; }
    // No bar at all, not even the empty ones of "no tickets": the report
    // could not be computed (the monthly model is cleared with it).
    void clear();
    bool hasDistribution() const { return m_hasDistribution; }

    QChart *chart(Chart which) const;
    Chart currentChart() const;
    void setCurrentChart(Chart which);
    // Renders the chart on screen into a PNG file.
    bool saveCurrentPng(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void buildAverageChart();
    void buildAccountsMetChart();
    void buildCreditsChart();
    void buildWithinChart();
    void addResponseDistributionChart();
    void retranslate();

    ReportMonthlyModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<QChartView *, 4> m_views{};
    std::array<ResponseHistogram, PriorityCount> m_histograms{};
    bool m_hasDistribution = false;
    QList<PortfolioMonth> m_portfolio;
    bool m_allAccounts = false;
};
