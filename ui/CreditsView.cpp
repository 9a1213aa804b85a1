#include "CreditsView.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "RecordTable.h"
#include "ClaimDialog.h"
#include "ClaimStore.h"
#include "ClaimTableModel.h"
#include "CreditTableModel.h"
#include "Formatting.h"
#include "PlanStore.h"
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
    m_credits = new CreditTableModel(m_context, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_credits);
    m_proxy->setSortRole(Formatting::RawValueRole);
    m_claims = new ClaimTableModel(m_context, this);

    // Claims can be filed up to 30 days after a month: the default range
    // reaches back far enough to show every month still claimable.
    const QDate today = QDateTime::fromSecsSinceEpoch(m_context.nowUtc(), QTimeZone::utc()).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(thisMonth.addMonths(-3), this);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(thisMonth, this);
    m_accountLabel = new QLabel(this);
    m_account = new QComboBox(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_accountLabel->setBuddy(m_account);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCurrentSection(QDateTimeEdit::MonthSection);
        connect(edit, &QDateEdit::dateChanged, this, &CreditsView::refresh);
    }
    connect(m_account, &QComboBox::currentIndexChanged, this, &CreditsView::refresh);
    m_file = new QPushButton(this);
    connect(m_file, &QPushButton::clicked, this, [this] {
        ClaimDialog *dialog = openClaimDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    });
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(m_accountLabel);
    controls->addWidget(m_account, 1);
    controls->addWidget(m_file);

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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(&m_context, &AppContext::dataChanged, this, [this] {
        reloadAccounts();
        refresh();
    });
    reloadAccounts();
    retranslate(); // computes the credits
}

QTableView *CreditsView::currentTable() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_claimTable || m_claimTable->isAncestorOf(focus)))
        return m_claimTable;
    return m_creditTable;
}

MonthRange CreditsView::months() const
{
    YearMonth first = YearMonth::of(m_from->date());
    YearMonth last = YearMonth::of(m_to->date());
    if (last < first)
        std::swap(first, last);
    return {first, last};
}

void CreditsView::setMonths(MonthRange months)
{
    m_refreshing = true;
    m_from->setDate(months.first.firstDay());
    m_to->setDate(months.last.firstDay());
    m_refreshing = false;
    refresh();
}

QString CreditsView::accountName() const
{
    return m_account->currentData().toString();
}

void CreditsView::setAccountName(const QString &name)
{
    const int index = m_account->findData(name);
    if (index >= 0)
        m_account->setCurrentIndex(index);
    refresh();
}

ClaimDialog *CreditsView::openClaimDialog()
{
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
        m_outcome->setText(tr("Last claim: %1 — %2").arg(dialog->accountCombo()->currentText(), dialog->outcomeText()));
        m_context.notifyDataChanged();
    });
    dialog->open();
    return dialog;
}

void CreditsView::reloadAccounts()
{
    const QString selected = accountName();
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    for (const Account &account : AccountStore(m_context.database()).all())
        m_account->addItem(account.name, account.name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(selected)));
    m_refreshing = wasRefreshing;
}

void CreditsView::refresh()
{
    if (m_refreshing)
        return;
    const QLocale locale = m_context.locale();
    const MonthRange range = months();
    AccountStore accounts(m_context.database());
    ClaimStore claims(m_context.database());
    const QList<Account> all = accounts.all();

    QHash<QString, QDate> today;
    QSet<QPair<QString, int>> claimed;
    QList<qint64> shownIds;
    qint64 balance = 0;
    for (const Account &account : all) {
        if (!accountName().isEmpty() && account.name != accountName())
            continue;
        shownIds << account.id;
        const auto zone = ZoneRules::forZone(account.timeZoneId);
        today.insert(account.name, zone ? zone->localDate(m_context.nowUtc()) : QDate::currentDate());
        for (int index = range.first.index(); index <= range.last.index(); ++index) {
            if (claims.hasAccepted(account.id, YearMonth::fromIndex(index)))
                claimed.insert({account.name, index});
        }
        balance += claims.balanceCents(account.id);
    }

    ReportRequest request;
    request.months = range;
    request.accountName = accountName();
    request.asOfUtc = m_context.nowUtc();
    const Expected<ReportResult> result = ReportService(m_context.database()).compute(request);
    m_credits->setRows(result ? result->credits : QList<CreditRow>{}, PlanStore(m_context.database()).catalog(), today,
                       claimed);
    if (!result)
        m_legend->setText(tr("The credits could not be computed: %1").arg(result.error()));
    else
        m_legend->setText(tr("Highlighted: claims closing within %1 days. A credit is granted only when claimed, "
                             "within 30 days after the month, and goes to the account's balance.")
                              .arg(CreditTableModel::closingSoonDays));
    m_claims->load(shownIds.isEmpty() ? QList<qint64>{-1} : shownIds);
    m_balance->setText(accountName().isEmpty()
                           ? tr("Credit balance of all accounts: %1").arg(Formatting::money(locale, balance))
                           : tr("Credit balance of %1: %2").arg(accountName(), Formatting::money(locale, balance)));
}

void CreditsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CreditsView::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_accountLabel->setText(tr("&Account:"));
    m_account->setItemText(0, tr("All accounts"));
    m_file->setText(tr("File a &claim…"));
    m_claimsTitle->setText(tr("Claims decided"));
    m_outcome->clear();
    m_credits->retranslate();
    m_claims->retranslate();
    refresh();
}
