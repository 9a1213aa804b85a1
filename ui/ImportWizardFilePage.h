#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QLineEdit;
class QPushButton;

// The export to import: typed or found with Browse….
class ImportWizardFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardFilePage(ImportWizard *wizard);

    QLineEdit *pathEdit() const { return m_path; }
    bool isComplete() const override;
    // Reads the file's header: the source and mapping of the next pages.
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslate();

    ImportWizard *m_wizard;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_problem = nullptr;
};
