#include "TodayView.h"

#include "AppContext.h"
#include "Formatting.h"
#include "ProblemBanner.h"
#include "RecordTable.h"
#include "RiskMonitor.h"
#include "RiskTableModel.h"
#include "TicketStore.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

TodayView::TodayView(AppContext &context, RiskMonitor &monitor, QWidget *parent)
    : QWidget(parent), m_context(context), m_monitor(monitor)
{
    m_model = new RiskTableModel(m_context, this);
    m_open = new QStandardItemModel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problem = new ProblemBanner(this);

    m_table = makeRecordTable(this);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showAccount(current.row()); });

    m_openTitle = new QLabel(this);
    m_openTable = makeRecordTable(this);
    m_openTable->setModel(m_open);
    connect(m_openTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit ticketRequested(m_open->item(index.row(), 0)->data(Formatting::RawValueRole).toLongLong());
    });

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_openTitle);
    bottomLayout->addWidget(m_openTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(&m_monitor, &RiskMonitor::changed, this, &TodayView::update);
    connect(&m_context, &AppContext::languageChanged, this, &TodayView::retranslate);
    connect(&m_context, &AppContext::timeDisplayChanged, this, &TodayView::update);
    retranslate();
}

QTableView *TodayView::currentTable() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_openTable || m_openTable->isAncestorOf(focus)))
        return m_openTable;
    return m_table;
}

void TodayView::update()
{
    if (m_monitor.failure()) {
        m_model->setRisks({}, m_monitor.assessedAt());
        m_summary->clear();
        m_problem->showProblem(tr("The month's credit risk could not be worked out"), *m_monitor.failure());
        showAccount(-1);
        return;
    }
    m_problem->clearProblem();
    m_model->setRisks(m_monitor.risks(), m_monitor.assessedAt());
    qint64 atStake = 0;
    qint64 owed = 0;
    int accounts = 0;
    for (const AccountRisk &risk : m_monitor.risks()) {
        atStake += risk.creditAtStakeCents;
        owed += risk.creditOwedCents;
        if (risk.state != RiskState::Safe)
            ++accounts;
    }
    const QLocale locale = m_context.locale();
    const QString asOf = locale.toString(
        QDateTime::fromSecsSinceEpoch(m_monitor.assessedAt(), QTimeZone::systemTimeZone()).time(),
        QLocale::ShortFormat);
    m_summary->setText(
        tr("Credits at risk this month: %1 (accounts at risk or broken: %2), of which %3 already owed if the "
           "month ended now. As of %4; a month is at risk when its open tickets break it within %5.")
            .arg(Formatting::money(locale, atStake), Formatting::integer(locale, accounts),
                 Formatting::money(locale, owed), asOf,
                 Formatting::duration(locale, m_monitor.horizonSeconds())));
    // Keep the chosen account when the rows are ordered again.
    int row = -1;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->risk(i).account == m_shownAccount)
            row = i;
    }
    // Selecting the row shows its tickets (currentRowChanged).
    if (row >= 0)
        m_table->selectRow(row);
    else
        showAccount(-1);
}

void TodayView::showAccount(int row)
{
    m_open->removeRows(0, m_open->rowCount());
    m_open->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Priority"), tr("Subject"), tr("Opened"), tr("Waiting"), tr("Breaks its month")});
    if (row < 0 || row >= m_model->rowCount()) {
        m_shownAccount.clear();
        m_openTitle->setText(tr("Choose an account to see the open tickets that use its budget."));
        return;
    }
    const AccountRisk &risk = m_model->risk(row);
    m_shownAccount = risk.account;
    m_openTitle->setText(
        tr("Open tickets using the budget of %1 (open one to answer it):").arg(risk.account));
    const QLocale locale = m_context.locale();
    const TicketStore tickets(m_context.database());
    for (const SegmentBudget &segment : risk.segments) {
        for (const PriorityBudget &budget : segment.priorities) {
            for (const qint64 rowId : budget.openTicketRowIds) {
                const auto found = tickets.findByRowId(rowId);
                if (!found)
                    continue; // deleted since the budget was read; the next read drops it
                auto *id = new QStandardItem(found->ticket.id);
                id->setData(rowId, Formatting::RawValueRole);
                const QString breaks =
                    budget.breaksAt
                        ? RiskTableModel::instant(risk, *budget.breaksAt, locale, m_context.timeDisplay())
                        : (budget.state == RiskState::Broken ? tr("Already over") : QString());
                QList<QStandardItem *> items{
                    id,
                    new QStandardItem(Formatting::priorityShort(budget.priority)),
                    new QStandardItem(found->ticket.subject),
                    new QStandardItem(RiskTableModel::instant(risk, found->ticket.createdAt, locale,
                                                              m_context.timeDisplay())),
                    new QStandardItem(Formatting::duration(
                        locale, qMax<qint64>(m_monitor.assessedAt() - found->ticket.createdAt, 0))),
                    new QStandardItem(breaks)};
                for (QStandardItem *item : items)
                    item->setEditable(false);
                m_open->appendRow(items);
            }
        }
    }
}

void TodayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodayView::retranslate()
{
    m_model->retranslate();
    update();
}
