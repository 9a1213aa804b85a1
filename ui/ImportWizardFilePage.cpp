#include "ImportWizardFilePage.h"

#include "AppContext.h"
#include "HelpdeskImport.h"
#include "ImportWizard.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString FolderKey = QStringLiteral("paths/import");

} // namespace

ImportWizardFilePage::ImportWizardFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setClearButtonEnabled(true);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pathLabel);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    setTabOrder(m_path, m_browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->clear();
        emit completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportWizardFilePage::browse);
    retranslate();
}

void ImportWizardFilePage::retranslate()
{
    setTitle(tr("Export file"));
    setSubTitle(tr("The tickets exported from your help desk (Zendesk, Freshdesk, Jira Service Management, "
                   "Intercom, Zammad, osTicket, GLPI) or a SupportDesk ticket CSV."));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
}

void ImportWizardFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardFilePage::browse()
{
    QSettings settings;
    const QString start = m_path->text().isEmpty() ? settings.value(FolderKey).toString()
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import tickets"), start, tr("Exports (*.csv *.json *.jsonl *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportWizardFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportWizardFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!QFileInfo(path).isFile()) {
        m_problem->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto preview = HelpdeskImport(m_wizard->context().database()).preview(path, {});
    QApplication::restoreOverrideCursor();
    if (!preview) {
        m_problem->setText(tr("This file cannot be read as an export.\n\n%1").arg(preview.message()));
        return false;
    }
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    m_wizard->setPath(path);
    m_wizard->setPreview(*preview);
    return true;
}
