#include "ImportWizardZonePage.h"

#include "ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

ImportWizardZonePage::ImportWizardZonePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_zoneLabel = new QLabel(this);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("importZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zoneLabel->setBuddy(m_zone);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_createMissing = new QCheckBox(this);
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    auto *form = new QFormLayout;
    form->addRow(m_zoneLabel, m_zone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_createMissing);
    layout->addStretch(1);
    setTabOrder(m_zone, m_createMissing);
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] {
        updateNote();
        emit completeChanged();
    });
    retranslate();
}

void ImportWizardZonePage::retranslate()
{
    setTitle(tr("Time zone"));
    setSubTitle(tr("The zone the help desk wrote its times in, when they carry no offset."));
    m_zoneLabel->setText(tr("&Zone of the times:"));
    m_createMissing->setText(tr("&Add missing accounts and products"));
    m_createMissing->setToolTip(
        tr("Accounts and products named by the file that the store lacks are added; otherwise their "
           "tickets are refused. New accounts get this zone."));
    updateNote();
}

void ImportWizardZonePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardZonePage::updateNote()
{
    const QString zone = chosenZone();
    if (zone.isEmpty())
        m_note->setText(tr("A zone is required: times without an offset are never read as UTC by default. "
                           "Choose the zone of your help desk's account (or of the agent who exported)."));
    else if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        m_note->setText(
            tr("%1 is not a time zone this computer knows (for example Europe/Paris).").arg(zone));
    else if (zone == m_wizard->preview().zoneHint)
        m_note->setText(tr("The file itself names this zone."));
    else
        m_note->clear();
}

QString ImportWizardZonePage::chosenZone() const
{
    return m_zone->currentText().trimmed();
}

void ImportWizardZonePage::initializePage()
{
    m_zone->setCurrentText(m_wizard->mapping().zone);
    m_createMissing->setChecked(m_wizard->createMissing());
    updateNote();
}

bool ImportWizardZonePage::isComplete() const
{
    const QString zone = chosenZone();
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

bool ImportWizardZonePage::validatePage()
{
    m_wizard->mapping().zone = chosenZone();
    m_wizard->setCreateMissing(m_createMissing->isChecked());
    return true;
}

void ImportWizardZonePage::cleanupPage()
{
    (void)validatePage();
}
