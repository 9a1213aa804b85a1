#include "ImportWizardValueMaps.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// The choices of a priority value, beside P1…P3 (their index).
constexpr int NotMapped = -2;
constexpr int Ignored = -1;
// An organisation's choices, beside the store's accounts.
const QString SkipChoice = QStringLiteral("\x1f"
                                          "skip");
const QString CreateChoice = QStringLiteral("\x1f"
                                            "create");

} // namespace

ImportWizardValueMaps::ImportWizardValueMaps(QWidget *parent) : QObject(parent)
{
    for (List &list : m_lists) {
        auto *area = new QScrollArea(parent);
        area->setWidgetResizable(true);
        auto *content = new QWidget(area);
        auto *layout = new QVBoxLayout(content);
        list.note = new QLabel(content);
        list.note->setWordWrap(true);
        list.form = new QFormLayout;
        layout->addWidget(list.note);
        layout->addLayout(list.form);
        layout->addStretch(1);
        area->setWidget(content);
        list.scroll = area;
        list.content = content;
    }
    m_lists[int(Kind::Priorities)].scroll->setObjectName(QStringLiteral("priorityValues"));
    m_lists[int(Kind::Channels)].scroll->setObjectName(QStringLiteral("channelValues"));
    m_lists[int(Kind::Accounts)].scroll->setObjectName(QStringLiteral("organisationValues"));
}

void ImportWizardValueMaps::clear(List &list)
{
    while (list.form->rowCount() > 0)
        list.form->removeRow(0);
    list.combos.clear();
    list.order.clear();
}

void ImportWizardValueMaps::addRow(List &list, const DistinctValue &value, QComboBox *combo)
{
    combo->setProperty("exportValue", value.value);
    combo->setProperty("exportRows", value.rows);
    auto *label = new QLabel(list.content);
    label->setBuddy(combo);
    list.form->addRow(label, combo);
    list.combos.insert(value.value, combo);
    list.order.append(value.value);
}

void ImportWizardValueMaps::load(const ExportValues &values, const ImportMapping &mapping,
                                 const QStringList &accounts)
{
    QWidget *owner = nullptr;
    List &priorities = m_lists[int(Kind::Priorities)];
    clear(priorities);
    owner = priorities.content;
    for (const DistinctValue &value : values.priorities.values) {
        auto *combo = new QComboBox(owner);
        for (int data : {NotMapped, int(Priority::P1), int(Priority::P2), int(Priority::P3), Ignored})
            combo->addItem(QString(), data);
        const auto found = mapping.priorities.constFind(value.value);
        const int chosen = found == mapping.priorities.cend() ? NotMapped
                           : found->has_value()               ? int(**found)
                                                              : Ignored;
        combo->setCurrentIndex(combo->findData(chosen));
        addRow(priorities, value, combo);
    }
    priorities.rowsNotListed = values.priorities.rowsNotListed;
    priorities.column = values.priorities.column;

    List &channels = m_lists[int(Kind::Channels)];
    clear(channels);
    owner = channels.content;
    for (const DistinctValue &value : values.channels.values) {
        auto *combo = new QComboBox(owner);
        for (Channel channel : AllChannels)
            combo->addItem(QString(), int(channel));
        combo->setCurrentIndex(
            combo->findData(int(mapping.channels.value(value.value, mapping.defaultChannel))));
        addRow(channels, value, combo);
    }
    channels.rowsNotListed = values.channels.rowsNotListed;
    channels.column = values.channels.column;

    List &organisations = m_lists[int(Kind::Accounts)];
    clear(organisations);
    owner = organisations.content;
    for (const DistinctValue &value : values.accounts.values) {
        auto *combo = new QComboBox(owner);
        if (!accounts.contains(value.value))
            combo->addItem(QString(), CreateChoice);
        combo->addItem(QString(), SkipChoice);
        for (const QString &account : accounts)
            combo->addItem(account, account);
        const auto found = mapping.accounts.constFind(value.value);
        QString chosen = found == mapping.accounts.cend() ? value.value : *found;
        if (chosen.isEmpty())
            chosen = SkipChoice;
        else if (chosen == value.value && !accounts.contains(chosen))
            chosen = CreateChoice;
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        addRow(organisations, value, combo);
    }
    organisations.rowsNotListed = values.accounts.rowsNotListed;
    organisations.column = values.accounts.column;
    retranslate();
}

void ImportWizardValueMaps::apply(ImportMapping &mapping) const
{
    const List &priorities = m_lists[int(Kind::Priorities)];
    for (auto it = priorities.combos.cbegin(); it != priorities.combos.cend(); ++it) {
        const int chosen = it.value()->currentData().toInt();
        if (chosen == NotMapped)
            mapping.priorities.remove(it.key());
        else if (chosen == Ignored)
            mapping.priorities.insert(it.key(), std::nullopt);
        else
            mapping.priorities.insert(it.key(), static_cast<Priority>(chosen));
    }
    const List &channels = m_lists[int(Kind::Channels)];
    for (auto it = channels.combos.cbegin(); it != channels.combos.cend(); ++it)
        mapping.channels.insert(it.key(), static_cast<Channel>(it.value()->currentData().toInt()));
    const List &organisations = m_lists[int(Kind::Accounts)];
    for (auto it = organisations.combos.cbegin(); it != organisations.combos.cend(); ++it) {
        const QString chosen = it.value()->currentData().toString();
        if (chosen == SkipChoice)
            mapping.accounts.insert(it.key(), QString());
        else if (chosen == CreateChoice || chosen == it.key())
            mapping.accounts.remove(it.key());
        else
            mapping.accounts.insert(it.key(), chosen);
    }
}

QComboBox *ImportWizardValueMaps::combo(Kind kind, const QString &value) const
{
    return m_lists[int(kind)].combos.value(value);
}

void ImportWizardValueMaps::fillPriorityTexts(QComboBox *combo) const
{
    for (int i = 0; i < combo->count(); ++i) {
        const int data = combo->itemData(i).toInt();
        combo->setItemText(
            i, data == NotMapped ? tr("Not mapped: its tickets are refused")
               : data == Ignored
                   ? tr("Ignored: its tickets are skipped")
                   : QCoreApplication::translate("Priority", priorityLabel(static_cast<Priority>(data))));
    }
}

void ImportWizardValueMaps::fillChannelTexts(QComboBox *combo) const
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, QCoreApplication::translate(
                                  "Channel", channelLabel(static_cast<Channel>(combo->itemData(i).toInt()))));
}

void ImportWizardValueMaps::fillAccountTexts(QComboBox *combo, const QString &organisation) const
{
    for (int i = 0; i < combo->count(); ++i) {
        const QString data = combo->itemData(i).toString();
        if (data == CreateChoice)
            combo->setItemText(i, tr("Account %1, to add").arg(organisation));
        else if (data == SkipChoice)
            combo->setItemText(i, tr("Skip its tickets"));
    }
}

void ImportWizardValueMaps::retranslate()
{
    const QLocale locale;
    for (int kind = 0; kind < 3; ++kind) {
        List &list = m_lists[kind];
        if (list.column.isEmpty())
            list.note->setText(tr("The mapping reads no column for these values."));
        else if (list.rowsNotListed > 0)
            list.note->setText(tr("Values of column %1; %2 more rows hold values not listed here.")
                                   .arg(list.column, locale.toString(list.rowsNotListed)));
        else
            list.note->setText(tr("Values of column %1:").arg(list.column));
        for (const QString &value : std::as_const(list.order)) {
            QComboBox *combo = list.combos.value(value);
            auto *label = qobject_cast<QLabel *>(list.form->labelForField(combo));
            const QString shown = value.isEmpty() ? tr("(blank)") : value;
            label->setText(
                tr("%1 (rows: %2)").arg(shown, locale.toString(combo->property("exportRows").toLongLong())));
            label->setTextFormat(Qt::PlainText);
            if (kind == int(Kind::Priorities))
                fillPriorityTexts(combo);
            else if (kind == int(Kind::Channels))
                fillChannelTexts(combo);
            else
                fillAccountTexts(combo, value);
        }
    }
}
