#include "TicketFilterBar.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "ElidingComboBox.h"
#include "Formatting.h"
#include "ProductStore.h"
#include "ZoneRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QWidgetAction>

namespace {

// How far back the month list reaches: two years of reports and a little more.
constexpr int MonthsListed = 36;
// Wide enough for most account names; a longer one, or a priority in French,
// is cut short rather than push the bar off a laptop's screen.
constexpr int ChoiceCharacters = 16;

void refill(QComboBox *combo, const QString &anyText, const QList<std::pair<QString, QVariant>> &items)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(anyText);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
    combo->setToolTip(combo->currentText()); // said by currentTextChanged, which the blocker held back
}

} // namespace

TicketFilterBar::TicketFilterBar(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_account = new ElidingComboBox(ChoiceCharacters, this);
    m_month = new QComboBox(this);
    m_priority = new ElidingComboBox(ChoiceCharacters, this);
    m_breached = new QCheckBox(this);
    // A push button, not a tool button: its size leaves room for the menu's
    // arrow beside the longest text.
    m_more = new QPushButton(this);
    auto *menu = new QMenu(m_more);
    auto *panel = new QWidgetAction(menu);
    panel->setDefaultWidget(createMoreFilters());
    menu->addAction(panel);
    m_more->setMenu(menu);
    m_label->setBuddy(m_search);
    layout->addWidget(m_label);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_search, m_account, m_month, m_priority, m_breached, m_more})
        layout->addWidget(widget);
    layout->addStretch(1);

    // Typing waits for a pause: each change is a query on a big table.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &TicketFilterBar::filterChanged);
    for (QComboBox *combo : {m_account, m_month, m_priority, m_product, m_channel, m_answered})
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketFilterBar::filterChanged);
    for (QComboBox *combo : {m_product, m_channel, m_answered})
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketFilterBar::updateMoreFilters);
    connect(m_breached, &QCheckBox::toggled, this, &TicketFilterBar::filterChanged);

    retranslate();
    reload();
}

QWidget *TicketFilterBar::createMoreFilters()
{
    auto *panel = new QWidget;
    auto *form = new QFormLayout(panel);
    m_productLabel = new QLabel(panel);
    m_channelLabel = new QLabel(panel);
    m_answeredLabel = new QLabel(panel);
    m_product = new ElidingComboBox(ChoiceCharacters, panel);
    m_channel = new QComboBox(panel);
    m_answered = new QComboBox(panel);
    form->addRow(m_productLabel, m_product);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_answeredLabel, m_answered);
    return panel;
}

void TicketFilterBar::updateMoreFilters()
{
    // The folded filters still filter: the button says how many are set, so
    // a short table is never a mystery.
    int set = 0;
    for (const QComboBox *combo : {m_product, m_channel, m_answered})
        set += combo->currentData().isValid() ? 1 : 0;
    m_more->setText(set > 0 ? tr("More filters (%1)").arg(set) : tr("More filters"));
}

void TicketFilterBar::fillFixedChoices()
{
    const QLocale locale = m_context.locale();
    QList<std::pair<QString, QVariant>> months;
    const YearMonth now =
        YearMonth::of(ZoneRules::forZone(QStringLiteral("UTC"))->localDate(m_context.nowUtc()));
    YearMonth month = now;
    for (int i = 0; i < MonthsListed; ++i, month = month.previous())
        months.append({Formatting::month(locale, month), month.index()});
    refill(m_month, tr("Any month"), months);

    QList<std::pair<QString, QVariant>> priorities;
    for (Priority priority : AllPriorities)
        priorities.append({Formatting::priority(priority), priorityIndex(priority)});
    refill(m_priority, tr("Any priority"), priorities);

    QList<std::pair<QString, QVariant>> channels;
    for (Channel channel : AllChannels)
        channels.append({Formatting::channel(channel), int(channel)});
    refill(m_channel, tr("Any channel"), channels);

    refill(m_answered, tr("Answered or not"), {{tr("Answered"), true}, {tr("Unanswered"), false}});
    updateMoreFilters();
}

void TicketFilterBar::reload()
{
    // A list that cannot be read offers no choice; the table below says why.
    QList<std::pair<QString, QVariant>> accounts;
    const auto storedAccounts = AccountStore(m_context.database()).all();
    for (const Account &account : storedAccounts ? *storedAccounts : QList<Account>{})
        accounts.append({account.name, qlonglong(account.id)});
    refill(m_account, tr("All accounts"), accounts);

    QList<std::pair<QString, QVariant>> products;
    const auto storedProducts = ProductStore(m_context.database()).all();
    for (const Product &product : storedProducts ? *storedProducts : QList<Product>{})
        products.append({product.name, qlonglong(product.id)});
    refill(m_product, tr("Any product"), products);
    fillFixedChoices();
}

void TicketFilterBar::setAccount(std::optional<qint64> accountId)
{
    const int index = accountId ? m_account->findData(qlonglong(*accountId)) : 0;
    m_account->setCurrentIndex(index < 0 ? 0 : index);
}

TicketFilter TicketFilterBar::filter() const
{
    TicketFilter filter;
    if (m_account->currentData().isValid())
        filter.accountId = m_account->currentData().toLongLong();
    if (m_month->currentData().isValid()) {
        // A month is read in the account's zone when one is chosen (the
        // month its reports count the ticket in), in UTC otherwise.
        const YearMonth month = YearMonth::fromIndex(m_month->currentData().toInt());
        std::shared_ptr<const ZoneRules> zone;
        if (filter.accountId) {
            if (auto account = AccountStore(m_context.database()).findById(*filter.accountId))
                zone = ZoneRules::forZone(account->timeZoneId);
        }
        if (!zone)
            zone = ZoneRules::forZone(QStringLiteral("UTC"));
        filter.createdFrom = zone->startOfLocalDay(month.firstDay());
        filter.createdTo = zone->startOfLocalDay(month.next().firstDay());
    }
    if (m_priority->currentData().isValid())
        filter.priority = Priority(m_priority->currentData().toInt());
    if (m_product->currentData().isValid())
        filter.productId = m_product->currentData().toLongLong();
    if (m_channel->currentData().isValid())
        filter.channel = Channel(m_channel->currentData().toInt());
    if (m_answered->currentData().isValid())
        filter.answered = m_answered->currentData().toBool();
    filter.text = m_search->text().trimmed();
    return filter;
}

bool TicketFilterBar::breachedOnly() const
{
    return m_breached->isChecked();
}

void TicketFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketFilterBar::retranslate()
{
    m_label->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Ticket id or subject"));
    m_breached->setText(tr("&Breached only"));
    m_breached->setToolTip(tr("Unanswered past the due time, or answered later than the plan's target"));
    m_more->setToolTip(tr("Filter by product, channel, or answered or not"));
    m_productLabel->setText(tr("Product:"));
    m_channelLabel->setText(tr("Channel:"));
    m_answeredLabel->setText(tr("Answered:"));
    if (m_account->count() > 0) {
        m_account->setItemText(0, tr("All accounts"));
        m_product->setItemText(0, tr("Any product"));
        fillFixedChoices();
    }
}
