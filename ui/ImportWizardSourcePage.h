#pragma once

#include "HelpdeskSource.h"

#include <QWizardPage>
#include <optional>

class ImportWizard;
class QComboBox;
class QLabel;
class QListWidget;

// Which help desk wrote the export (detected, changeable), its columns, and
// the saved mapping to start from.
class ImportWizardSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardSourcePage(ImportWizard *wizard);

    QComboBox *sourceCombo() const { return m_source; }
    QComboBox *savedMappingCombo() const { return m_saved; }
    QListWidget *columnList() const { return m_columns; }
    void initializePage() override;
    // Sets the wizard's mapping: the saved one chosen, else the source's default.
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    HelpdeskSource chosenSource() const;
    void retranslate();
    void loadSavedMappings();

    ImportWizard *m_wizard;
    QLabel *m_detected = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QListWidget *m_columns = nullptr;
    QLabel *m_savedLabel = nullptr;
    QComboBox *m_saved = nullptr;
    QLabel *m_problem = nullptr;
    // What the wizard's mapping was last made from, so that going back and
    // forth keeps the edits made to it.
    QString m_appliedPath;
    std::optional<HelpdeskSource> m_appliedSource;
    QString m_appliedSaved;
};
