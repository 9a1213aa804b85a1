#pragma once

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;

// The zone of the export's times written without an offset, never assumed,
// and whether the accounts and products it names that the store lacks are
// added.
class ImportWizardZonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardZonePage(ImportWizard *wizard);

    QComboBox *zoneCombo() const { return m_zone; }
    QCheckBox *createMissingBox() const { return m_createMissing; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Going back keeps the zone chosen.
    void cleanupPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString chosenZone() const;
    void retranslate();
    void updateNote();

    ImportWizard *m_wizard;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_createMissing = nullptr;
};
