#include "MonthRangeBar.h"

#include "AccountStore.h"
#include "AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <algorithm>

MonthRangeBar::MonthRangeBar(AppContext &context, int monthsBack, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(m_context.nowUtc(), QTimeZone::utc()).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(thisMonth.addMonths(-monthsBack), this);
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
        connect(edit, &QDateEdit::dateChanged, this, &MonthRangeBar::announce);
    }
    connect(m_account, &QComboBox::currentIndexChanged, this, &MonthRangeBar::announce);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_account, 1);

    m_account->addItem(QString(), QString());
    reloadAccounts();
    retranslate();
}

MonthRange MonthRangeBar::months() const
{
    YearMonth first = YearMonth::of(m_from->date());
    YearMonth last = YearMonth::of(m_to->date());
    if (last < first)
        std::swap(first, last);
    return {first, last};
}

void MonthRangeBar::setMonths(MonthRange months)
{
    m_quiet = true; // one change for both ends
    m_from->setDate(months.first.firstDay());
    m_to->setDate(months.last.firstDay());
    m_quiet = false;
    emit changed();
}

QString MonthRangeBar::accountName() const
{
    return m_account->currentData().toString();
}

void MonthRangeBar::setAccountName(const QString &name)
{
    m_quiet = true;
    if (const int index = m_account->findData(name); index >= 0)
        m_account->setCurrentIndex(index);
    m_quiet = false;
    emit changed();
}

void MonthRangeBar::reloadAccounts()
{
    const QString selected = accountName();
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    while (m_account->count() > 1)
        m_account->removeItem(1);
    // A list that cannot be read offers no choice; the view's report says why.
    const auto accounts = AccountStore(m_context.database()).all();
    for (const Account &account : accounts ? *accounts : QList<Account>{})
        m_account->addItem(account.name, account.name);
    m_account->setCurrentIndex(std::max(0, m_account->findData(selected)));
    m_quiet = wasQuiet;
}

void MonthRangeBar::announce()
{
    if (!m_quiet)
        emit changed();
}

void MonthRangeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MonthRangeBar::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_accountLabel->setText(tr("&Account:"));
    m_account->setItemText(0, tr("All accounts"));
}
