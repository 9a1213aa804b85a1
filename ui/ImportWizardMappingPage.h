#pragma once

#include "ImportMapping.h"
#include "ImportWizardValueMaps.h"

#include <QWizardPage>
#include <array>

class ImportWizard;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

// Which column holds what, how the priority, channel and organisation
// values read, and the account and product of tickets without them.
class ImportWizardMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardMappingPage(ImportWizard *wizard);

    QComboBox *columnCombo(TicketField field) const { return m_columns[int(field)]; }
    QComboBox *valueCombo(ImportWizardValueMaps::Kind kind, const QString &value) const
    {
        return m_values->combo(kind, value);
    }
    QComboBox *defaultAccountCombo() const { return m_defaultAccount; }
    QComboBox *defaultProductCombo() const { return m_defaultProduct; }
    QTabWidget *tabs() const { return m_tabs; }
    void initializePage() override;
    bool validatePage() override;
    // Going back keeps the choices made here.
    void cleanupPage() override;
    // Saves the mapping as shown under `name` in the store.
    Status saveMappingAs(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The page's choices written into the wizard's mapping.
    void applyChoices();
    // The values of the mapped columns read again from the file.
    void reloadValues();
    void saveMapping();
    void retranslate();

    ImportWizard *m_wizard;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_columnsTab = nullptr;
    std::array<QLabel *, TicketFieldCount> m_fieldLabels{};
    std::array<QComboBox *, TicketFieldCount> m_columns{};
    QLabel *m_defaultAccountLabel = nullptr;
    QComboBox *m_defaultAccount = nullptr;
    QLabel *m_defaultProductLabel = nullptr;
    QComboBox *m_defaultProduct = nullptr;
    ImportWizardValueMaps *m_values = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_problem = nullptr;
};
