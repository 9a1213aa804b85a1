#include "CreditsView.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "ClaimDialog.h"
#include "ClaimStore.h"
#include "ClaimTableModel.h"
#include "CreditTableModel.h"
#include "DeferredRefresh.h"
#include "FactsLoader.h"
#include "Formatting.h"
#include "MonthRangeBar.h"
#include "PlanStore.h"
#include "ProblemBanner.h"
#include "RecordTable.h"
#include "ReportService.h"
#include "ZoneRules.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

CreditsView::CreditsView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    m_credits = new CreditTableModel(m_context, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_credits);
    m_proxy->setSortRole(Formatting::RawValueRole);
    m_claims = new ClaimTableModel(m_context, this);

    // Claims can be filed up to 30 days after a month: the default range
    // reaches back far enough to show every month still claimable.
    m_range = new MonthRangeBar(m_context, 3, this);
    connect(m_range, &MonthRangeBar::changed, m_deferred, &DeferredRefresh::request);
    m_file = new QPushButton(this);
    connect(m_file, &QPushButton::clicked, this, [this] {
        ClaimDialog *dialog = openClaimDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    });
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_range, 1);
    controls->addWidget(m_file);
    // Filing records the claim: not on a read-only store.
    m_file->setEnabled(m_context.canEdit());

    m_creditTable = makeRecordTable(this);
    m_creditTable->setModel(m_proxy);
    m_creditTable->setSortingEnabled(true);
    m_creditTable->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_creditTable, &QTableView::doubleClicked, m_file, &QPushButton::click);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);

    m_claimsTitle = new QLabel(this);
    m_claimTable = makeRecordTable(this);
    m_claimTable->setModel(m_claims);
    m_balance = new QLabel(this);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_creditTable);
    topLayout->addWidget(m_legend);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_balance);
    bottomLayout->addWidget(m_outcome);
    bottomLayout->addWidget(m_claimsTitle);
    bottomLayout->addWidget(m_claimTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_problem = new ProblemBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(&m_context, &AppContext::editableChanged, this,
            [this] { m_file->setEnabled(m_context.canEdit()); });
    connect(&m_context, &AppContext::dataChanged, this, [this] {
        m_range->reloadAccounts();
        m_deferred->request();
    });
    retranslate(); // asks for the credits
}

CreditTableModel *CreditsView::creditModel() const
{
    m_deferred->ensure();
    return m_credits;
}

ClaimTableModel *CreditsView::claimModel() const
{
    m_deferred->ensure();
    return m_claims;
}

QLabel *CreditsView::balanceLabel() const
{
    m_deferred->ensure();
    return m_balance;
}

QTableView *CreditsView::currentTable() const
{
    m_deferred->ensure();
    const QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_claimTable || m_claimTable->isAncestorOf(focus)))
        return m_claimTable;
    return m_creditTable;
}

MonthRange CreditsView::months() const
{
    return m_range->months();
}

void CreditsView::setMonths(MonthRange months)
{
    m_range->setMonths(months);
}

QString CreditsView::accountName() const
{
    return m_range->accountName();
}

void CreditsView::setAccountName(const QString &name)
{
    m_range->setAccountName(name);
}

ClaimDialog *CreditsView::openClaimDialog()
{
    m_deferred->ensure();
    QString account = accountName();
    // Without a row chosen: the latest month of the range that is over, the
    // one a claim can be made for.
    const QDate today = QDateTime::fromSecsSinceEpoch(m_context.nowUtc(), QTimeZone::utc()).date();
    YearMonth month = months().last;
    if (month >= YearMonth::of(today))
        month = YearMonth::of(today).previous();
    const QModelIndex current = m_proxy->mapToSource(m_creditTable->currentIndex());
    if (current.isValid()) {
        account = m_credits->creditRow(current.row()).account;
        month = m_credits->creditRow(current.row()).month;
    }
    auto *dialog = new ClaimDialog(m_context, account, month, this);
    connect(dialog, &ClaimDialog::claimFiled, this, [this, dialog] {
        m_outcome->setText(
            tr("Last claim: %1 — %2").arg(dialog->accountCombo()->currentText(), dialog->outcomeText()));
        m_context.notifyDataChanged();
    });
    dialog->open();
    return dialog;
}

void CreditsView::refresh()
{
    const QLocale locale = m_context.locale();
    const MonthRange range = months();
    const auto loaded = load(range);
    if (!loaded) {
        // No credit rather than credits worked out from part of the store.
        m_credits->setRows({}, {}, {}, {});
        static_cast<void>(m_claims->load({-1}));
        m_legend->clear();
        m_balance->clear();
        m_problem->showProblem(tr("The credits could not be computed"), loaded.error());
        return;
    }
    m_problem->clearProblem();
    m_credits->setRows(loaded->credits, *loaded->catalog, loaded->today, loaded->claimed);
    m_legend->setText(tr("Highlighted: claims closing within %1 days. A credit is granted only when claimed, "
                         "within 30 days after the month, and goes to the account's balance.")
                          .arg(CreditTableModel::closingSoonDays));
    if (const Status claims =
            m_claims->load(loaded->shownIds.isEmpty() ? QList<qint64>{-1} : loaded->shownIds);
        !claims) {
        m_problem->showProblem(tr("The claims could not be read"), claims.error());
    }
    m_balance->setText(
        accountName().isEmpty()
            ? tr("Credit balance of all accounts: %1").arg(Formatting::money(locale, loaded->balance))
            : tr("Credit balance of %1: %2").arg(accountName(), Formatting::money(locale, loaded->balance)));
}

Expected<CreditsView::Loaded> CreditsView::load(const MonthRange &range) const
{
    const auto facts = FactsLoader::load(m_context.database(), accountName());
    if (!facts)
        return facts.error();
    const ClaimStore claims(m_context.database());
    const auto accepted = claims.acceptedMonths();
    if (!accepted)
        return accepted.error();
    const auto balances = claims.balances();
    if (!balances)
        return balances.error();

    Loaded loaded;
    loaded.catalog = facts->catalog;
    for (const AccountFacts &account : facts->accounts) {
        const QString &name = account.account.name;
        loaded.shownIds << account.account.id;
        loaded.today.insert(name, account.zone->localDate(m_context.nowUtc()));
        for (int month : accepted->value(account.account.id)) {
            if (month >= range.first.index() && month <= range.last.index())
                loaded.claimed.insert({name, month});
        }
        loaded.balance += balances->value(account.account.id);
    }

    ReportRequest request;
    request.months = range;
    request.accountName = accountName();
    request.asOfUtc = m_context.nowUtc();
    const Expected<ReportResult> result = ReportService(m_context.database()).compute(request);
    if (!result)
        return result.error();
    loaded.credits = result->credits;
    return loaded;
}

void CreditsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CreditsView::retranslate()
{
    m_file->setText(tr("File a &claim…"));
    m_claimsTitle->setText(tr("Claims decided"));
    m_outcome->clear();
    m_credits->retranslate();
    m_claims->retranslate();
    m_deferred->request();
}
