#pragma once

#include "ExportValues.h"
#include "ImportMapping.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

// How the values found in an export's priority, channel and organisation
// columns read: one choice per value, each row saying how many tickets
// hold it.
class ImportWizardValueMaps : public QObject
{
    Q_OBJECT

public:
    enum class Kind : quint8 { Priorities, Channels, Accounts };

    explicit ImportWizardValueMaps(QWidget *parent);

    // The widget listing the values of one kind, to put on a tab.
    QWidget *widget(Kind kind) const { return m_lists[int(kind)].scroll; }
    // Shows the values with the mapping's reading of each; `accounts` are
    // the store's, offered for the organisations.
    void load(const ExportValues &values, const ImportMapping &mapping, const QStringList &accounts);
    // Writes the choices made into the mapping.
    void apply(ImportMapping &mapping) const;
    // The choice of one value (priority and channel values in lower case).
    QComboBox *combo(Kind kind, const QString &value) const;
    void retranslate();

private:
    struct List
    {
        QWidget *scroll = nullptr;
        QWidget *content = nullptr; // the rows, inside the scroll area
        QFormLayout *form = nullptr;
        QLabel *note = nullptr;
        QHash<QString, QComboBox *> combos;
        QStringList order;
        qint64 rowsNotListed = 0;
        QString column;
    };

    void clear(List &list);
    void addRow(List &list, const DistinctValue &value, QComboBox *combo);
    void fillPriorityTexts(QComboBox *combo) const;
    void fillChannelTexts(QComboBox *combo) const;
    void fillAccountTexts(QComboBox *combo, const QString &organisation) const;

    List m_lists[3];
};
