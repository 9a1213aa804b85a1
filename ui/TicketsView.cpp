#include "TicketsView.h"

#include "AppContext.h"
#include "Formatting.h"
#include "ProblemBanner.h"
#include "TicketDialog.h"
#include "TicketFilterBar.h"
#include "TicketTableModel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TicketsView::TicketsView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_filters = new TicketFilterBar(context, this);
    m_model = new TicketTableModel(context, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    // Connected before sorting is enabled, so it runs before the sort itself:
    // a response time or due order reads every matching ticket once.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column == TicketTableModel::ResponseTime || column == TicketTableModel::Due ||
            m_model->breachedOnly())
            showBusyUntilIdle();
    });
    m_table->setSortingEnabled(true);

    m_count = new QLabel(this);
    m_new = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_edit->setEnabled(false);
    m_new->setEnabled(context.canEdit());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_new);

    m_problem = new ProblemBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_edit);
    setTabOrder(m_edit, m_new);

    connect(m_filters, &TicketFilterBar::filterChanged, this, &TicketsView::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &TicketsView::newTicket);
    connect(m_edit, &QPushButton::clicked, this, &TicketsView::editSelectedTicket);
    connect(m_table, &QTableView::activated, this, &TicketsView::editSelectedTicket);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketsView::updateCount);
    connect(m_model, &TicketTableModel::failureChanged, this, &TicketsView::showFailure);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_edit->setEnabled(false); });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_edit->setEnabled(current.isValid() && m_context.canEdit()); });
    connect(m_table->verticalScrollBar(), &QScrollBar::sliderPressed, m_model,
            [this] { m_model->setDeferLoading(true); });
    connect(m_table->verticalScrollBar(), &QScrollBar::sliderReleased, m_model,
            [this] { m_model->setDeferLoading(false); });
    connect(&context, &AppContext::dataChanged, this, &TicketsView::reload);
    connect(&context, &AppContext::editableChanged, this, [this] {
        m_new->setEnabled(m_context.canEdit());
        m_edit->setEnabled(m_table->currentIndex().isValid() && m_context.canEdit());
    });
    connect(&context, &AppContext::timeDisplayChanged, this, &TicketsView::sizeColumns);
    connect(&context, &AppContext::languageChanged, this, [this] {
        // The locale changed with the language: dates and durations too.
        m_model->retranslate();
        showFailure();
    });
    retranslate();
    showFailure();
}

void TicketsView::showBusyUntilIdle()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QTimer::singleShot(0, this, [] { QApplication::restoreOverrideCursor(); });
}

void TicketsView::applyFilter()
{
    if (m_filters->breachedOnly())
        showBusyUntilIdle();
    m_model->setFilter(m_filters->filter(), m_filters->breachedOnly());
}

void TicketsView::reload()
{
    m_filters->reload();
    m_model->reload(m_filters->filter(), m_filters->breachedOnly());
}

void TicketsView::showFailure()
{
    if (const auto &failure = m_model->failure())
        m_problem->showProblem(tr("The tickets could not be read"), *failure);
    else
        m_problem->clearProblem();
    updateCount();
}

void TicketsView::updateCount()
{
    m_count->setText(tr("Tickets: %1").arg(Formatting::integer(m_context.locale(), m_model->rowCount())));
}

void TicketsView::newTicket()
{
    TicketDialog dialog(m_context, this);
    dialog.exec();
}

void TicketsView::editSelectedTicket()
{
    if (!m_context.canEdit())
        return; // a read-only store: the table is for looking and exporting
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    TicketDialog dialog(m_context, m_model->rowIdAt(current.row()), this);
    dialog.exec();
}

void TicketsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void TicketsView::sizeColumns()
{
    // Widths from sample texts in the current language and locale: measuring
    // the cells themselves would read the whole table.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QLocale locale = m_context.locale();
    QString when = Formatting::date(locale, QDate(2026, 12, 31)) + QLatin1Char(' ') +
                   Formatting::time(locale, 12 * 3600 + 59 * 60);
    // Times on another clock than the user's carry their zone.
    if (m_context.timeDisplay().mode() != TimeDisplay::Mode::UserZone)
        when += QStringLiteral(" +00:00");
    auto fit = [&](int column, const QString &sample) {
        const int header = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        // Room for the bold text and the icon of a breached row.
        const int cell = metrics.horizontalAdvance(sample) * 9 / 8 + 16;
        m_table->setColumnWidth(column,
                                std::max(header + 30, column == TicketTableModel::Id ? cell + 24 : cell));
    };
    fit(TicketTableModel::Id, QStringLiteral("SD-0000000"));
    fit(TicketTableModel::Account, QStringLiteral("Blue Harbor Insurance"));
    fit(TicketTableModel::Subject, QStringLiteral("Feature request: delivery receipts"));
    QString priority;
    for (Priority value : AllPriorities)
        priority = std::max(priority, Formatting::priority(value),
                            [](const QString &a, const QString &b) { return a.size() < b.size(); });
    fit(TicketTableModel::Priority, priority);
    fit(TicketTableModel::Product, QStringLiteral("Contact Center"));
    fit(TicketTableModel::Channel, Formatting::channel(Channel::Phone));
    for (int column :
         {TicketTableModel::Created, TicketTableModel::FirstResponse, TicketTableModel::Resolved})
        fit(column, when);
    fit(TicketTableModel::ResponseTime, Formatting::duration(locale, 23 * 3600 + 59 * 60));
}

void TicketsView::retranslate()
{
    m_new->setText(tr("&New ticket…"));
    m_edit->setText(tr("&Record response…"));
    m_edit->setToolTip(tr("Record the first response or the resolution of the selected ticket"));
    updateCount();
    sizeColumns();
}
