#pragma once

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
// shows: average first response per priority and month against its target
// (dashed), the share of tickets answered within target, and the
// distribution of response times per priority in the core's buckets.
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    enum Chart { AverageResponse, WithinTarget, Distribution };

    explicit ReportCharts(ReportMonthlyModel *model, QWidget *parent = nullptr);

    // The report rows behind the distribution chart (the monthly model
    // holds averages, not buckets).
    void setRows(const QList<ReportRow> &rows);
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
    void buildWithinChart();
    void addResponseDistributionChart();
    void retranslate();

    ReportMonthlyModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<QChartView *, 3> m_views{};
    std::array<ResponseHistogram, PriorityCount> m_histograms{};
    bool m_hasDistribution = false;
};
