#include "ReportCharts.h"

#include "Formatting.h"
#include "ReportMonthlyModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

const std::array<QColor, PriorityCount> priorityColours{QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                                        QColor(0x15, 0x65, 0xc0)};

QChart *freshChart(QChartView *view)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the new chart, the old one is ours to delete
    delete old;
    return chart;
}

QBarCategoryAxis *monthAxis(const QList<YearMonth> &months, const QLocale &locale)
{
    auto *axis = new QBarCategoryAxis;
    QStringList labels;
    for (const YearMonth month : months)
        labels << locale.toString(month.firstDay(), QStringLiteral("MMM yyyy"));
    axis->append(labels);
    return axis;
}

QBarCategoryAxis *monthAxis(const ReportMonthlyModel &model, const QLocale &locale)
{
    QList<YearMonth> months;
    for (int row = 0; row < model.rowCount(); ++row)
        months << model.month(row);
    return monthAxis(months, locale);
}

QBarCategoryAxis *monthAxis(const QList<PortfolioMonth> &portfolio, const QLocale &locale)
{
    QList<YearMonth> months;
    for (const PortfolioMonth &month : portfolio)
        months << month.month;
    return monthAxis(months, locale);
}

} // namespace

ReportCharts::ReportCharts(ReportMonthlyModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_tabs = new QTabWidget(this);
    for (QChartView *&view : m_views) {
        view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        m_tabs->addTab(view, QString());
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportCharts::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReportCharts::rebuild);
    retranslate();
}

void ReportCharts::setReport(const QList<ReportRow> &rows, const QList<CreditRow> &credits, MonthRange months,
                             bool allAccounts)
{
    m_portfolio = portfolioMonths(rows, credits, months);
    m_allAccounts = allAccounts;
    m_histograms = {};
    m_hasDistribution = false;
    for (const ReportRow &row : rows) {
        ResponseHistogram &sum = m_histograms[priorityIndex(row.priority)];
        for (std::size_t i = 0; i < sum.size(); ++i) {
            sum[i] += row.responseHistogram[i];
            m_hasDistribution = m_hasDistribution || row.responseHistogram[i] > 0;
        }
    }
    retranslate();
}

void ReportCharts::clear()
{
    m_histograms = {};
    m_hasDistribution = false;
    m_portfolio.clear();
    rebuild();
    freshChart(m_views[Distribution])->setTitle(tr("Distribution of first response times"));
}

QChart *ReportCharts::chart(Chart which) const
{
    return m_views[which]->chart();
}

ReportCharts::Chart ReportCharts::currentChart() const
{
    return Chart(m_tabs->currentIndex());
}

void ReportCharts::setCurrentChart(Chart which)
{
    m_tabs->setCurrentIndex(which);
}

bool ReportCharts::saveCurrentPng(const QString &path) const
{
    QChartView *view = m_views[currentChart()];
    // A chart never shown (hidden tab, offscreen) has no size yet: give it
    // a readable one before rendering.
    if (view->width() < 200 || view->height() < 150)
        view->resize(900, 500);
    return view->grab().save(path, "PNG");
}

void ReportCharts::rebuild()
{
    if (m_allAccounts)
        buildAccountsMetChart();
    else
        buildAverageChart();
    buildWithinChart();
    buildCreditsChart();
}

void ReportCharts::buildAverageChart()
{
    const QLocale locale = this->locale();
    QChart *chart = freshChart(m_views[Targets]);
    chart->setTitle(tr("Average first response per month, against the target (dashed)"));
    auto *xAxis = monthAxis(*m_model, locale);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Minutes"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    double highest = 0;
    for (Priority priority : AllPriorities) {
        auto *average = new QLineSeries;
        auto *target = new QLineSeries;
        average->setName(tr("%1 average").arg(Formatting::priorityShort(priority)));
        target->setName(tr("%1 target").arg(Formatting::priorityShort(priority)));
        average->setPointsVisible(true);
        average->setPen(QPen(priorityColours[priorityIndex(priority)], 2));
        target->setPen(QPen(priorityColours[priorityIndex(priority)], 1.5, Qt::DashLine));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ReportMonthlyModel::Cell &cell = m_model->cell(row, priority);
            // A month without tickets has no average: the line skips it
            // rather than dropping to zero, which would read as instant.
            if (cell.averageMinutes) {
                average->append(row, *cell.averageMinutes);
                highest = std::max(highest, *cell.averageMinutes);
            }
            if (cell.targetMinutes) {
                target->append(row, *cell.targetMinutes);
                highest = std::max(highest, *cell.targetMinutes);
            }
        }
        for (QLineSeries *series : {average, target}) {
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
        if (target->count() == 0)
            chart->legend()->markers(target).value(0)->setVisible(false);
    }
    yAxis->setRange(0, highest > 0 ? highest * 1.1 : 60);
    yAxis->applyNiceNumbers();
}

void ReportCharts::buildAccountsMetChart()
{
    QChart *chart = freshChart(m_views[Targets]);
    chart->setTitle(tr("Share of accounts that met their plan's target, per month"));
    auto *xAxis = monthAxis(m_portfolio, locale());
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setTitleText(tr("% of accounts with tickets and a target"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (Priority priority : AllPriorities) {
        const int p = priorityIndex(priority);
        // A month without any account to judge is a break in the line, not
        // a fall to 0 %: one series per run of judged months, named alike,
        // the legend showing the first.
        QList<QLineSeries *> runs;
        QLineSeries *run = nullptr;
        for (int i = 0; i < m_portfolio.size(); ++i) {
            const std::optional<double> share = m_portfolio[i].metPercent[p];
            if (!share) {
                run = nullptr;
                continue;
            }
            if (!run)
                runs << (run = new QLineSeries);
            run->append(i, *share);
        }
        if (runs.isEmpty())
            runs << new QLineSeries; // the legend still names every priority
        for (QLineSeries *series : runs) {
            series->setName(Formatting::priorityShort(priority));
            series->setPointsVisible(true);
            series->setPen(QPen(priorityColours[p], 2));
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
            if (series != runs.first())
                chart->legend()->markers(series).value(0)->setVisible(false);
        }
    }
}

void ReportCharts::buildCreditsChart()
{
    QChart *chart = freshChart(m_views[Credits]);
    chart->setTitle(tr("Credits owed per month, in dollars"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Credits owed"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    double highest = 0;
    for (const PortfolioMonth &month : m_portfolio) {
        const double dollars = month.creditCents / 100.0;
        set->append(dollars);
        highest = std::max(highest, dollars);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *xAxis = monthAxis(m_portfolio, locale());
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Dollars"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0, highest > 0 ? highest : 100);
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

void ReportCharts::buildWithinChart()
{
    const QLocale locale = this->locale();
    QChart *chart = freshChart(m_views[WithinTarget]);
    chart->setTitle(tr("Share of tickets answered within target, per month"));
    auto *xAxis = monthAxis(*m_model, locale);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setTitleText(tr("% of tickets"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (Priority priority : AllPriorities) {
        auto *series = new QLineSeries;
        series->setName(Formatting::priorityShort(priority));
        series->setPointsVisible(true);
        series->setPen(QPen(priorityColours[priorityIndex(priority)], 2));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ReportMonthlyModel::Cell &cell = m_model->cell(row, priority);
            if (cell.withinPercent)
                series->append(row, *cell.withinPercent);
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
}

void ReportCharts::addResponseDistributionChart()
{
    QChart *chart = freshChart(m_views[Distribution]);
    const QLocale locale = this->locale();
    chart->setTitle(m_hasDistribution ? tr("Distribution of first response times")
                                      : tr("Distribution of first response times: no tickets"));
    QStringList buckets;
    for (int bound : ResponseHistogramBoundsMinutes)
        buckets << tr("≤ %1").arg(Formatting::targetMinutes(locale, bound));
    buckets << tr("more");
    auto *series = new QBarSeries;
    int highest = 0;
    for (Priority priority : AllPriorities) {
        auto *set = new QBarSet(Formatting::priorityShort(priority));
        set->setColor(priorityColours[priorityIndex(priority)]);
        for (int count : m_histograms[priorityIndex(priority)]) {
            set->append(count);
            highest = std::max(highest, count);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(buckets);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Tickets"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0, std::max(1, highest));
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

void ReportCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportCharts::retranslate()
{
    m_tabs->setTabText(Targets, m_allAccounts ? tr("Targets met") : tr("Average response"));
    m_tabs->setTabText(WithinTarget, tr("Within target"));
    m_tabs->setTabText(Distribution, tr("Distribution"));
    m_tabs->setTabText(Credits, tr("Credits"));
    rebuild();
    addResponseDistributionChart();
}
