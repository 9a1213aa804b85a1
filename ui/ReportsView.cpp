#include "ReportsView.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "DeferredRefresh.h"
#include "Formatting.h"
#include "MonthRangeBar.h"
#include "PlanStore.h"
#include "ProblemBanner.h"
#include "RecordTable.h"
#include "ReportCharts.h"
#include "ReportMonthlyModel.h"
#include "ReportService.h"
#include "ReportTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

ReportsView::ReportsView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    m_table = new ReportTableModel(m_context, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(Formatting::RawValueRole);
    m_monthly = new ReportMonthlyModel(m_context, this);

    m_range = new MonthRangeBar(m_context, 5, this);
    connect(m_range, &MonthRangeBar::changed, m_deferred, &DeferredRefresh::request);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_range, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_rowsTable = makeRecordTable(this);
    m_rowsTable->setModel(m_proxy);
    m_rowsTable->setSortingEnabled(true);
    m_rowsTable->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
    m_monthlyTable = makeRecordTable(this);
    m_monthlyTable->setModel(m_monthly);
    m_charts = new ReportCharts(m_monthly, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_rowsTable, QString());
    m_tabs->addTab(m_monthlyTable, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_problem = new ProblemBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(&m_context, &AppContext::dataChanged, this, [this] {
        m_range->reloadAccounts();
        m_deferred->request();
    });
    retranslate(); // asks for the report
}

QTableView *ReportsView::currentTable() const
{
    m_deferred->ensure();
    return m_tabs->currentIndex() == 1 ? m_monthlyTable : m_rowsTable;
}

bool ReportsView::saveChartPng(const QString &path)
{
    m_deferred->ensure();
    return m_charts->saveCurrentPng(path);
}

MonthRange ReportsView::months() const
{
    return m_range->months();
}

void ReportsView::setMonths(MonthRange months)
{
    m_range->setMonths(months);
}

QString ReportsView::accountName() const
{
    return m_range->accountName();
}

void ReportsView::setAccountName(const QString &name)
{
    m_range->setAccountName(name);
}

ReportTableModel *ReportsView::tableModel() const
{
    m_deferred->ensure();
    return m_table;
}

ReportMonthlyModel *ReportsView::monthlyModel() const
{
    m_deferred->ensure();
    return m_monthly;
}

ReportCharts *ReportsView::charts() const
{
    m_deferred->ensure();
    return m_charts;
}

QLabel *ReportsView::summaryLabel() const
{
    m_deferred->ensure();
    return m_summary;
}

void ReportsView::refresh()
{
    const MonthRange range = months();
    ReportRequest request;
    request.months = range;
    request.accountName = accountName();
    request.asOfUtc = m_context.nowUtc();
    const Expected<ReportResult> result = ReportService(m_context.database()).compute(request);
    const auto catalog =
        result ? PlanStore(m_context.database()).catalog() : Expected<PlanCatalog>(result.error());
    const QLocale locale = m_context.locale();
    if (!catalog) {
        // No row, no chart and no total rather than some of them.
        m_table->setRows({}, {});
        m_monthly->clear();
        m_charts->clear();
        m_summary->clear();
        m_problem->showProblem(tr("The report could not be computed"), catalog.error());
        return;
    }
    m_problem->clearProblem();
    m_table->setRows(result->rows, *catalog);
    m_monthly->setRows(result->rows, range);
    m_charts->setReport(result->rows, result->credits, range, request.accountName.isEmpty());

    int missed = 0;
    int provisional = 0;
    for (const ReportRow &row : result->rows) {
        missed += row.status == ReportStatus::Missed ? 1 : 0;
        provisional += row.provisional ? 1 : 0;
    }
    qint64 credits = 0;
    int creditedSegments = 0;
    for (const CreditRow &row : result->credits) {
        credits += row.creditCents;
        creditedSegments += row.creditCents > 0 ? 1 : 0;
    }
    QString summary = tr("%1 targets missed; credits earned: %2 over %3 plan segments.")
                          .arg(Formatting::integer(locale, missed), Formatting::money(locale, credits),
                               Formatting::integer(locale, creditedSegments));
    if (provisional > 0)
        summary += QLatin1Char(' ') + tr("%1 rows are provisional: some tickets are not answered yet.")
                                          .arg(Formatting::integer(locale, provisional));
    m_summary->setText(summary);
}

void ReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsView::retranslate()
{
    m_tabs->setTabText(0, tr("Per priority"));
    m_tabs->setTabText(1, tr("Per month"));
    m_charts->setLocale(m_context.locale());
    m_table->retranslate();
    m_monthly->retranslate();
    m_deferred->request();
}
