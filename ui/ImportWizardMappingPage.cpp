#include "ImportWizardMappingPage.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "ExportValues.h"
#include "ImportMappingStore.h"
#include "ImportWizard.h"
#include "ProductStore.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// Labels of the fields, in the order of TicketField.
constexpr std::array<const char *, TicketFieldCount> FieldLabels{
    QT_TRANSLATE_NOOP("TicketField", "Ticket &id"),
    QT_TRANSLATE_NOOP("TicketField", "&Account (organisation)"),
    QT_TRANSLATE_NOOP("TicketField", "&Subject"),
    QT_TRANSLATE_NOOP("TicketField", "&Priority"),
    QT_TRANSLATE_NOOP("TicketField", "P&roduct"),
    QT_TRANSLATE_NOOP("TicketField", "C&hannel"),
    QT_TRANSLATE_NOOP("TicketField", "Crea&ted at"),
    QT_TRANSLATE_NOOP("TicketField", "&First response at"),
    QT_TRANSLATE_NOOP("TicketField", "Resol&ved at"),
    QT_TRANSLATE_NOOP("TicketField", "The help desk's first-response fi&gure"),
    QT_TRANSLATE_NOOP("TicketField", "&Minutes to the first reply"),
};

template <typename Items> QStringList namesOf(const Items &items)
{
    QStringList names;
    for (const auto &item : items)
        names << item.name;
    return names;
}

} // namespace

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_tabs = new QTabWidget(this);
    auto *columnsArea = new QScrollArea(m_tabs);
    columnsArea->setWidgetResizable(true);
    m_columnsTab = new QWidget(columnsArea);
    auto *form = new QFormLayout(m_columnsTab);
    for (int field = 0; field < TicketFieldCount; ++field) {
        m_fieldLabels[field] = new QLabel(m_columnsTab);
        m_columns[field] = new QComboBox(m_columnsTab);
        m_columns[field]->setObjectName(QStringLiteral("column%1").arg(field));
        m_fieldLabels[field]->setBuddy(m_columns[field]);
        form->addRow(m_fieldLabels[field], m_columns[field]);
    }
    m_defaultAccountLabel = new QLabel(m_columnsTab);
    m_defaultAccount = new QComboBox(m_columnsTab);
    m_defaultAccount->setEditable(true);
    m_defaultAccount->setObjectName(QStringLiteral("defaultAccount"));
    m_defaultAccountLabel->setBuddy(m_defaultAccount);
    form->addRow(m_defaultAccountLabel, m_defaultAccount);
    m_defaultProductLabel = new QLabel(m_columnsTab);
    m_defaultProduct = new QComboBox(m_columnsTab);
    m_defaultProduct->setEditable(true);
    m_defaultProduct->setObjectName(QStringLiteral("defaultProduct"));
    m_defaultProductLabel->setBuddy(m_defaultProduct);
    form->addRow(m_defaultProductLabel, m_defaultProduct);
    columnsArea->setWidget(m_columnsTab);
    m_values = new ImportWizardValueMaps(this);
    m_tabs->addTab(columnsArea, QString());
    m_tabs->addTab(m_values->widget(ImportWizardValueMaps::Kind::Priorities), QString());
    m_tabs->addTab(m_values->widget(ImportWizardValueMaps::Kind::Channels), QString());
    m_tabs->addTab(m_values->widget(ImportWizardValueMaps::Kind::Accounts), QString());
    m_save = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ImportWizardMappingPage::saveMapping);
    // A value map follows its column: another column, other values.
    for (TicketField field : {TicketField::Priority, TicketField::Channel, TicketField::Account})
        connect(m_columns[int(field)], qOverload<int>(&QComboBox::activated), this, [this] {
            applyChoices();
            reloadValues();
        });
    retranslate();
}

void ImportWizardMappingPage::retranslate()
{
    setTitle(tr("Mapping"));
    setSubTitle(tr("Which column holds what, and how its values read. A priority value that is not "
                   "mapped refuses its tickets."));
    for (int field = 0; field < TicketFieldCount; ++field) {
        m_fieldLabels[field]->setText(QCoreApplication::translate("TicketField", FieldLabels[field]) +
                                      tr(":", "after a field's label"));
        if (m_columns[field]->count() > 0)
            m_columns[field]->setItemText(0, tr("(none)"));
    }
    m_defaultAccountLabel->setText(tr("Account of tickets &without one:"));
    m_defaultProductLabel->setText(tr("Pro&duct of tickets without one:"));
    m_tabs->setTabText(0, tr("Col&umns"));
    m_tabs->setTabText(1, tr("Priorit&y values"));
    m_tabs->setTabText(2, tr("Channe&l values"));
    m_tabs->setTabText(3, tr("&Organisations"));
    m_save->setText(tr("Sav&e mapping as…"));
    m_values->retranslate();
}

void ImportWizardMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardMappingPage::initializePage()
{
    const ImportMapping &mapping = m_wizard->mapping();
    const QStringList &header = m_wizard->preview().header;
    for (int field = 0; field < TicketFieldCount; ++field) {
        QComboBox *combo = m_columns[field];
        combo->clear();
        combo->addItem(QString(), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.columns[field])));
    }
    Database &database = m_wizard->context().database();
    const auto accounts = AccountStore(database).all();
    const auto products = ProductStore(database).all();
    m_defaultAccount->clear();
    m_defaultAccount->addItem(QString());
    if (accounts)
        m_defaultAccount->addItems(namesOf(*accounts));
    m_defaultAccount->setCurrentText(mapping.defaultAccount);
    m_defaultProduct->clear();
    m_defaultProduct->addItem(QString());
    if (products)
        m_defaultProduct->addItems(namesOf(*products));
    m_defaultProduct->setCurrentText(mapping.defaultProduct);
    m_problem->setText(!accounts ? accounts.message() : !products ? products.message() : QString());
    reloadValues();
    retranslate();
}

void ImportWizardMappingPage::reloadValues()
{
    HelpdeskImportOptions options;
    options.source = m_wizard->mapping().source;
    options.mapping = m_wizard->mapping();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto values = distinctExportValues(m_wizard->path(), options);
    QApplication::restoreOverrideCursor();
    if (!values) {
        m_problem->setText(values.message());
        m_values->load({}, m_wizard->mapping(), {});
        return;
    }
    const auto accounts = AccountStore(m_wizard->context().database()).all();
    m_values->load(*values, m_wizard->mapping(), accounts ? namesOf(*accounts) : QStringList());
}

void ImportWizardMappingPage::applyChoices()
{
    ImportMapping &mapping = m_wizard->mapping();
    for (int field = 0; field < TicketFieldCount; ++field)
        mapping.columns[field] = m_columns[field]->currentData().toString();
    mapping.defaultAccount = m_defaultAccount->currentText().trimmed();
    mapping.defaultProduct = m_defaultProduct->currentText().trimmed();
    m_values->apply(mapping);
}

bool ImportWizardMappingPage::validatePage()
{
    applyChoices();
    return true;
}

void ImportWizardMappingPage::cleanupPage()
{
    applyChoices();
}

Status ImportWizardMappingPage::saveMappingAs(const QString &name)
{
    applyChoices();
    return ImportMappingStore(m_wizard->context().database()).save(name, m_wizard->mapping());
}

void ImportWizardMappingPage::saveMapping()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("&Name of the mapping:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const Status saved = saveMappingAs(name);
    if (!saved)
        QMessageBox::warning(this, tr("Save mapping"),
                             tr("The mapping was not saved.\n\n%1").arg(saved.message()));
    else
        m_problem->setText(tr("Mapping saved as %1.").arg(name));
}
