#include "ImportWizardSourcePage.h"

#include "AppContext.h"
#include "HelpdeskImport.h"
#include "ImportMappingStore.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ImportWizardSourcePage::ImportWizardSourcePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    for (HelpdeskSource source : AllHelpdeskSources)
        m_source->addItem(helpdeskSourceName(source), int(source));
    m_sourceLabel->setBuddy(m_source);
    m_savedLabel = new QLabel(this);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedMapping"));
    m_savedLabel->setBuddy(m_saved);
    m_columnsLabel = new QLabel(this);
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columnsLabel->setBuddy(m_columns);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_savedLabel, m_saved);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addLayout(form);
    layout->addWidget(m_columnsLabel);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_problem);
    setTabOrder(m_source, m_saved);
    setTabOrder(m_saved, m_columns);
    // A saved mapping names its source: choosing one shows it.
    connect(m_saved, qOverload<int>(&QComboBox::activated), this, [this] {
        const QVariant source = m_saved->currentData(Qt::UserRole + 1);
        if (source.isValid())
            m_source->setCurrentIndex(m_source->findData(source));
    });
    retranslate();
}

void ImportWizardSourcePage::retranslate()
{
    setTitle(tr("Source"));
    setSubTitle(tr("The help desk that wrote the export decides how its columns and values are read."));
    m_sourceLabel->setText(tr("&Written by:"));
    m_savedLabel->setText(tr("&Start from mapping:"));
    m_columnsLabel->setText(tr("&Columns of the file:"));
    if (m_saved->count() > 0)
        m_saved->setItemText(0, tr("The source's usual mapping"));
    const ExportPreview &preview = m_wizard->preview();
    m_detected->setText(
        preview.header.isEmpty() ? QString() : tr("Detected: %1.").arg(helpdeskSourceName(preview.source)));
}

void ImportWizardSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardSourcePage::loadSavedMappings()
{
    m_saved->clear();
    m_saved->addItem(QString());
    const auto saved = ImportMappingStore(m_wizard->context().database()).all();
    if (!saved) {
        m_problem->setText(tr("The saved mappings cannot be read: %1").arg(saved.message()));
        return;
    }
    for (const SavedMapping &mapping : *saved) {
        m_saved->addItem(tr("%1 (%2)").arg(mapping.name, helpdeskSourceName(mapping.mapping.source)),
                         mapping.name);
        m_saved->setItemData(m_saved->count() - 1, int(mapping.mapping.source), Qt::UserRole + 1);
    }
}

void ImportWizardSourcePage::initializePage()
{
    const ExportPreview &preview = m_wizard->preview();
    m_problem->clear();
    if (m_appliedPath != m_wizard->path()) {
        m_appliedSource.reset();
        m_appliedSaved.clear();
        m_source->setCurrentIndex(m_source->findData(int(preview.source)));
    }
    const QString savedBefore = m_saved->currentData().toString();
    loadSavedMappings();
    m_saved->setCurrentIndex(qMax(0, m_saved->findData(savedBefore)));
    m_columns->clear();
    m_columns->addItems(preview.header);
    retranslate();
}

HelpdeskSource ImportWizardSourcePage::chosenSource() const
{
    return static_cast<HelpdeskSource>(m_source->currentData().toInt());
}

bool ImportWizardSourcePage::validatePage()
{
    const HelpdeskSource source = chosenSource();
    const QString savedName = m_saved->currentData().toString();
    if (m_appliedPath == m_wizard->path() && m_appliedSource == source && m_appliedSaved == savedName)
        return true;
    ImportMapping mapping;
    if (!savedName.isEmpty()) {
        const auto saved = ImportMappingStore(m_wizard->context().database()).find(savedName);
        if (!saved) {
            m_problem->setText(saved.message());
            return false;
        }
        mapping = *saved;
    } else {
        HelpdeskImportOptions options;
        options.source = source;
        const auto preview =
            HelpdeskImport(m_wizard->context().database()).preview(m_wizard->path(), options);
        if (!preview) {
            m_problem->setText(preview.message());
            return false;
        }
        mapping = preview->mapping;
    }
    mapping.source = source;
    if (mapping.zone.isEmpty())
        mapping.zone = m_wizard->preview().zoneHint;
    m_wizard->mapping() = mapping;
    m_appliedPath = m_wizard->path();
    m_appliedSource = source;
    m_appliedSaved = savedName;
    return true;
}

int ImportWizardSourcePage::nextId() const
{
    // SupportDesk's own CSV needs no mapping, and its times are read in
    // each account's zone.
    return chosenSource() == HelpdeskSource::SupportDesk ? ImportWizard::DryRunPage
                                                         : ImportWizard::MappingPage;
}
