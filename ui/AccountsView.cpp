#include "AccountsView.h"

#include "AccountDialog.h"
#include "AccountStore.h"
#include "AccountTableModel.h"
#include "AppContext.h"
#include "ClaimStore.h"
#include "ClaimTableModel.h"
#include "CustomerDocumentDialog.h"
#include "Formatting.h"
#include "PlanHistoryModel.h"
#include "PlanStore.h"
#include "ProblemBanner.h"
#include "RecordTable.h"
#include "SpendTableModel.h"
#include "ZoneRules.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

AccountsView::AccountsView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_deferred = new DeferredRefresh(this, [this] { reload(); });
    m_accounts = new AccountTableModel(m_context, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_accounts);
    m_proxy->setSortRole(Formatting::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_history = new PlanHistoryModel(m_context, this);
    m_spend = new SpendTableModel(m_context, this);
    m_claims = new ClaimTableModel(m_context, this);

    // The list of accounts.
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_accountTable = makeRecordTable(this);
    m_accountTable->setModel(m_proxy);
    m_accountTable->setSortingEnabled(true);
    m_accountTable->sortByColumn(AccountTableModel::Name, Qt::AscendingOrder);
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, &AccountsView::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsView::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsView::removeAccount);
    m_statement = new QPushButton(this);
    m_review = new QPushButton(this);
    connect(m_statement, &QPushButton::clicked, this,
            [this] { openDocumentDialog(CustomerDocumentDialog::Kind::Statement); });
    connect(m_review, &QPushButton::clicked, this,
            [this] { openDocumentDialog(CustomerDocumentDialog::Kind::Review); });
    connect(m_accountTable, &QTableView::doubleClicked, this, &AccountsView::editAccount);
    connect(m_accountTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsView::showAccount);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    // On a row of their own: the list stays narrow in French too.
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_statement);
    documentButtons->addWidget(m_review);
    documentButtons->addStretch();
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_accountTable);
    listLayout->addLayout(listButtons);
    listLayout->addLayout(documentButtons);

    // Plan history.
    m_historyTable = makeRecordTable(this);
    m_historyTable->setModel(m_history);
    m_planLabel = new QLabel(this);
    m_plan = new QComboBox(this);
    m_planLabel->setBuddy(m_plan);
    m_fromToday = new QPushButton(this);
    m_fromNextMonth = new QPushButton(this);
    m_fromDate = new QPushButton(this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_removeChange = new QPushButton(this);
    connect(m_fromToday, &QPushButton::clicked, this,
            [this] { changePlanFromToday(m_plan->currentData().toString()); });
    connect(m_fromNextMonth, &QPushButton::clicked, this,
            [this] { changePlanFromNextMonth(m_plan->currentData().toString()); });
    connect(m_fromDate, &QPushButton::clicked, this,
            [this] { changePlanFrom(m_plan->currentData().toString(), m_date->date()); });
    connect(m_removeChange, &QPushButton::clicked, this, &AccountsView::removePlanChange);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_planLabel);
    planRow->addWidget(m_plan, 1);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_fromToday);
    whenRow->addWidget(m_fromNextMonth);
    whenRow->addWidget(m_date);
    whenRow->addWidget(m_fromDate);
    whenRow->addStretch();
    whenRow->addWidget(m_removeChange);
    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(m_historyTable);
    historyLayout->addLayout(planRow);
    historyLayout->addLayout(whenRow);

    // Spend.
    m_spendTable = makeRecordTable(this);
    m_spendTable->setModel(m_spend);
    m_spendTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_spendHint = new QLabel(this);
    m_spendHint->setWordWrap(true);
    connect(m_spend, &SpendTableModel::editRefused, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_spend, &SpendTableModel::spendSaved, this, [this] {
        showMessage({}, false);
        m_context.notifyDataChanged();
    });
    auto *spendPage = new QWidget(this);
    auto *spendLayout = new QVBoxLayout(spendPage);
    spendLayout->addWidget(m_spendTable);
    spendLayout->addWidget(m_spendHint);

    // Credits and claims.
    m_balance = new QLabel(this);
    m_claimTable = makeRecordTable(this);
    m_claimTable->setModel(m_claims);
    m_claimTable->hideColumn(ClaimTableModel::Account);
    auto *claimsPage = new QWidget(this);
    auto *claimsLayout = new QVBoxLayout(claimsPage);
    claimsLayout->addWidget(m_balance);
    claimsLayout->addWidget(m_claimTable);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(historyPage, QString());
    m_tabs->addTab(spendPage, QString());
    m_tabs->addTab(claimsPage, QString());
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_tabs);
    detailLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_problem = new ProblemBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_accountTable);
    connect(&m_context, &AppContext::dataChanged, m_deferred, &DeferredRefresh::request);
    connect(&m_context, &AppContext::editableChanged, this, &AccountsView::showAccount);
    retranslate();
    if (m_proxy->rowCount() > 0)
        m_accountTable->selectRow(0);
    showAccount();
}

QTableView *AccountsView::currentTable() const
{
    m_deferred->ensure();
    // The table the user last worked in: a detail table when the focus is
    // there, the account list otherwise.
    const QWidget *focus = QApplication::focusWidget();
    for (QTableView *table : {m_historyTable, m_spendTable, m_claimTable}) {
        if (focus && (focus == table || table->isAncestorOf(focus)))
            return table;
    }
    return m_accountTable;
}

CustomerDocumentDialog *AccountsView::openDocumentDialog(CustomerDocumentDialog::Kind kind)
{
    QString name;
    if (const qint64 id = selectedAccountId()) {
        if (const auto account = AccountStore(m_context.database()).findById(id))
            name = account->name;
    }
    auto *dialog = new CustomerDocumentDialog(m_context, kind, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

qint64 AccountsView::selectedAccountId() const
{
    m_deferred->ensure();
    const QModelIndex current = m_proxy->mapToSource(m_accountTable->currentIndex());
    return current.isValid() ? m_accounts->account(current.row()).id : 0;
}

void AccountsView::selectAccount(qint64 accountId)
{
    const int row = m_accounts->rowOf(accountId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_accounts->index(row, 0));
    if (index.isValid())
        m_accountTable->setCurrentIndex(index);
    showAccount();
}

QDate AccountsView::todayOfSelected() const
{
    const QModelIndex current = m_proxy->mapToSource(m_accountTable->currentIndex());
    if (!current.isValid())
        return {};
    const auto zone = ZoneRules::forZone(m_accounts->account(current.row()).timeZoneId);
    return zone ? zone->localDate(m_context.nowUtc()) : QDate();
}

bool AccountsView::changePlanFromToday(const QString &planId)
{
    return changePlanFrom(planId, todayOfSelected());
}

bool AccountsView::changePlanFromNextMonth(const QString &planId)
{
    const QDate today = todayOfSelected();
    return changePlanFrom(planId,
                          today.isValid() ? QDate(today.year(), today.month(), 1).addMonths(1) : QDate());
}

bool AccountsView::changePlanFrom(const QString &planId, QDate from)
{
    const qint64 accountId = selectedAccountId();
    if (accountId == 0 || !from.isValid()) {
        showMessage(tr("Select an account first."), true);
        return false;
    }
    const Status saved = AccountStore(m_context.database()).setPlan(accountId, planId, from);
    if (!saved) {
        showMessage(saved.message(), true);
        return false;
    }
    showMessage(tr("Plan changed from %1.").arg(Formatting::date(m_context.locale(), from)), false);
    // Every view depends on the plan: reports, credits, the plan in force.
    m_context.notifyDataChanged();
    return true;
}

void AccountsView::removePlanChange()
{
    const QModelIndex current = m_historyTable->currentIndex();
    const qint64 accountId = selectedAccountId();
    if (!current.isValid() || accountId == 0)
        return;
    const Status removed = AccountStore(m_context.database())
                               .removePlanChange(accountId, m_history->change(current.row()).effectiveDate);
    if (!removed) {
        showMessage(removed.message(), true);
        return;
    }
    m_context.notifyDataChanged();
}

void AccountsView::reload()
{
    const qint64 selected = selectedAccountId();
    // A failure is shown by showAccount(), with the other reads of the view.
    static_cast<void>(m_accounts->reload());
    if (selected != 0)
        selectAccount(selected);
    else if (m_proxy->rowCount() > 0)
        m_accountTable->selectRow(0);
    showAccount();
}

void AccountsView::showAccount()
{
    const qint64 accountId = selectedAccountId();
    const QModelIndex current = m_proxy->mapToSource(m_accountTable->currentIndex());
    const bool any = accountId != 0;
    // A read-only store can be looked at and exported, not changed.
    const bool editable = m_context.canEdit();
    m_add->setEnabled(editable);
    m_edit->setEnabled(any && editable);
    m_remove->setEnabled(any && editable);
    m_tabs->setEnabled(any);
    for (QWidget *control : {static_cast<QWidget *>(m_plan), static_cast<QWidget *>(m_date),
                             static_cast<QWidget *>(m_fromToday), static_cast<QWidget *>(m_fromNextMonth),
                             static_cast<QWidget *>(m_fromDate), static_cast<QWidget *>(m_removeChange)})
        control->setEnabled(editable);
    m_spendTable->setEditTriggers(editable
                                      ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);

    // Every read of this view may fail: the first failure is said, and the
    // part of the view it feeds stays empty.
    std::optional<Error> problem = m_accounts->failure();
    const auto note = [&problem](const Status &status) {
        if (!status && !problem)
            problem = status.error();
    };
    const auto stored = PlanStore(m_context.database()).catalog();
    note(stored ? success() : Status(stored.error()));
    const PlanCatalog catalog = stored ? *stored : PlanCatalog{};
    const QString previousPlan = m_plan->currentData().toString();
    m_plan->clear();
    for (const Plan &plan : catalog.plans)
        m_plan->addItem(plan.name(m_context.languageCode()), plan.id);
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(previousPlan)));
    m_date->setDisplayFormat(Formatting::dateFormat(m_context.locale()));

    if (!any) {
        m_title->setText(tr("No account selected"));
        m_history->setHistory({}, catalog);
        note(m_spend->setAccount(0, {}));
        note(m_claims->load({-1}));
        m_balance->clear();
        showProblem(problem);
        return;
    }
    const Account &account = m_accounts->account(current.row());
    const QDate today = todayOfSelected();
    m_title->setText(tr("%1 — %2, today %3")
                         .arg(account.name, account.timeZoneId, Formatting::date(m_context.locale(), today)));
    if (!m_date->date().isValid() || m_date->property("accountId").toLongLong() != accountId) {
        m_date->setDate(today);
        m_date->setProperty("accountId", accountId);
    }
    const auto history = AccountStore(m_context.database()).planHistory(accountId);
    note(history ? success() : Status(history.error()));
    m_history->setHistory(history ? *history : QList<PlanChange>{}, catalog);
    note(m_spend->setAccount(accountId, YearMonth::of(today)));
    note(m_claims->load({accountId}));
    const auto balance = ClaimStore(m_context.database()).balanceCents(accountId);
    note(balance ? success() : Status(balance.error()));
    if (balance) {
        m_balance->setText(
            tr("Credit balance: %1 (credits are applied to future invoices, never refunded as cash)")
                .arg(Formatting::money(m_context.locale(), *balance)));
    } else {
        m_balance->clear();
    }
    showProblem(problem);
}

void AccountsView::showProblem(const std::optional<Error> &problem)
{
    if (problem)
        m_problem->showProblem(tr("The accounts could not be read"), *problem);
    else
        m_problem->clearProblem();
}

void AccountsView::addAccount()
{
    AccountDialog dialog(m_context, Account{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.notifyDataChanged();
    selectAccount(dialog.account().id);
}

void AccountsView::editAccount()
{
    const QModelIndex current = m_proxy->mapToSource(m_accountTable->currentIndex());
    if (!current.isValid())
        return;
    AccountDialog dialog(m_context, m_accounts->account(current.row()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_context.notifyDataChanged();
}

void AccountsView::removeAccount()
{
    const QModelIndex current = m_proxy->mapToSource(m_accountTable->currentIndex());
    if (!current.isValid())
        return;
    const Account account = m_accounts->account(current.row());
    const auto answer = QMessageBox::question(
        this, tr("Remove account"),
        tr("Remove “%1” with all its tickets, spend, plan history and claims? This cannot be undone.")
            .arg(account.name));
    if (answer != QMessageBox::Yes)
        return;
    const Status removed = AccountStore(m_context.database()).remove(account.id);
    if (!removed) {
        showMessage(removed.message(), true);
        return;
    }
    m_context.notifyDataChanged();
}

void AccountsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

void AccountsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountsView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter accounts"));
    m_add->setText(tr("&New account…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_statement->setText(tr("&Statement…"));
    m_statement->setToolTip(tr("The account's monthly SLA statement, to preview, print or save as PDF"));
    m_review->setText(tr("&Quarterly review…"));
    m_review->setToolTip(tr("The account's quarterly status review, with the TAM's notes"));
    m_tabs->setTabText(0, tr("Plan history"));
    m_tabs->setTabText(1, tr("Monthly spend"));
    m_tabs->setTabText(2, tr("Credits and claims"));
    m_planLabel->setText(tr("Change the plan to:"));
    m_fromToday->setText(tr("From &today"));
    m_fromToday->setToolTip(tr("An upgrade usually takes effect at once."));
    m_fromNextMonth->setText(tr("From the 1st of next &month"));
    m_fromNextMonth->setToolTip(tr("A downgrade usually waits for the next month."));
    m_fromDate->setText(tr("From this &date"));
    m_removeChange->setText(tr("Remove selected change"));
    m_spendHint->setText(
        tr("Double-click a spend to edit it, in dollars; clear it to remove the month's entry. "
           "The support fee follows the plan history, pro-rated by days."));
    m_accounts->retranslate();
    m_history->retranslate();
    m_spend->retranslate();
    m_claims->retranslate();
    showAccount();
}
