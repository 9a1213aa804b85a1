// File → Import tickets: the wizard driven page by page on a Zendesk-style
// export, its dry run, its import (all rows or none), a second run of the
// same file, a stop midway, the keyboard alone, and French.
#include "AccountStore.h"
#include "ContextFixture.h"
#include "Database.h"
#include "ImportMappingStore.h"
#include "ImportWizard.h"
#include "ImportWizardDryRunPage.h"
#include "ImportWizardFilePage.h"
#include "ImportWizardImportPage.h"
#include "ImportWizardMappingPage.h"
#include "ImportWizardProgress.h"
#include "ImportWizardReconcilePage.h"
#include "ImportWizardSourcePage.h"
#include "ImportWizardZonePage.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "ProductStore.h"
#include "ReconciliationReport.h"
#include "TicketStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

namespace {

const QByteArray ZendeskHeader =
    "Id,Organization,Subject,Priority,Via,Created at,Solved at,First reply time in "
    "minutes,First reply time in minutes within business hours\n";

// Times in Europe/Paris, without an offset, as Zendesk writes them: one in
// winter (UTC+1), one in summer (UTC+2). "Critical" is no Zendesk priority.
const QByteArray ZendeskRows = "101,Acme,Printer down,Urgent,Email,2026-03-02 09:00,2026-03-02 12:00,30,30\n"
                               "102,Acme,Login fails,Critical,Web form,2026-07-01 10:15,,45,45\n"
                               "103,Acme,Invoice,Normal,Chat,2026-01-15 08:00,,,\n";

constexpr int PriorityNotMapped = -2; // the value map's first choice

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void detectsTheSource();
    void refusedRowsAreFixedInTheMapping();
    void importsAtTheRightInstantsAndASecondRunChangesNothing();
    void stoppingTheImportWritesNothing();
    void theZoneIsRequired();
    void completesWithTheKeyboardAlone();
    void pagesSpeakFrench();
    void theImportActionOpensTheWizard();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    // File and source pages done: the wizard is on the mapping page.
    void toMappingPage(ImportWizard &wizard, const QString &path, const QString &savedMapping = {});
    // From the mapping page (product given) to the end of the dry run.
    void toDryRun(ImportWizard &wizard);
    const ImportDryRun *dryRun(ImportWizard &wizard);

    std::unique_ptr<ContextFixture> m_fixture;
};

void TestImportWizard::initTestCase()
{
    // Settings go to a test folder, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
}

void TestImportWizard::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.timeZoneId = QStringLiteral("Europe/Paris");
    QVERIFY(AccountStore(m_fixture->database()).add(acme).ok());
    QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
}

void TestImportWizard::cleanup()
{
    m_fixture.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_fixture->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestImportWizard::toMappingPage(ImportWizard &wizard, const QString &path, const QString &savedMapping)
{
    wizard.filePage()->pathEdit()->setText(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
    if (!savedMapping.isEmpty()) {
        QComboBox *saved = wizard.sourcePage()->savedMappingCombo();
        const int index = saved->findData(savedMapping);
        QVERIFY(index > 0);
        saved->setCurrentIndex(index);
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
}

void TestImportWizard::toDryRun(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ZonePage));
    wizard.zonePage()->zoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.dryRunPage()->isFinished(), 20000);
}

const ImportDryRun *TestImportWizard::dryRun(ImportWizard &wizard)
{
    const auto &result = wizard.dryRunPage()->result();
    if (!result || !result->ok()) {
        qWarning("dry run failed: %s", result ? qPrintable(result->message()) : "not run");
        return nullptr;
    }
    return &**result;
}

void TestImportWizard::detectsTheSource()
{
    ImportWizard wizard(m_fixture->context());
    wizard.show();
    toMappingPage(wizard, writeFile(QStringLiteral("zendesk.csv"), ZendeskHeader + ZendeskRows));
    wizard.back();
    QCOMPARE(wizard.sourcePage()->sourceCombo()->currentText(), QStringLiteral("Zendesk"));
    QCOMPARE(wizard.sourcePage()->columnList()->count(), 9);
    QCOMPARE(wizard.mapping().source, HelpdeskSource::Zendesk);
    QCOMPARE(wizard.mapping().column(TicketField::CreatedAt), QStringLiteral("Created at"));
}

void TestImportWizard::refusedRowsAreFixedInTheMapping()
{
    ImportWizard wizard(m_fixture->context());
    wizard.show();
    toMappingPage(wizard, writeFile(QStringLiteral("zendesk.csv"), ZendeskHeader + ZendeskRows));
    ImportWizardMappingPage *mapping = wizard.mappingPage();
    mapping->defaultProductCombo()->setCurrentText(QStringLiteral("Messaging"));
    QComboBox *critical =
        mapping->valueCombo(ImportWizardValueMaps::Kind::Priorities, QStringLiteral("critical"));
    QVERIFY(critical);
    QCOMPARE(critical->currentData().toInt(), PriorityNotMapped);
    toDryRun(wizard);
    const ImportDryRun *run = dryRun(wizard);
    QVERIFY(run);
    QCOMPARE(run->tickets, qint64(2));
    QCOMPARE(run->newTickets, qint64(2));
    QCOMPARE(run->refused, qint64(1));
    QCOMPARE(run->refusals.size(), 1);
    QCOMPARE(run->refusals.first().line, 3);
    QCOMPARE(wizard.dryRunPage()->refusalTable()->rowCount(), 1);
    // All rows or none: no import while a row is refused.
    QVERIFY(!wizard.dryRunPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

    wizard.back();
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    critical->setCurrentIndex(critical->findData(int(Priority::P1)));
    toDryRun(wizard);
    run = dryRun(wizard);
    QVERIFY(run);
    QCOMPARE(run->tickets, qint64(3));
    QCOMPARE(run->newTickets, qint64(3));
    QCOMPARE(run->refused, qint64(0));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    // Nothing written by a dry run.
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
}

void TestImportWizard::importsAtTheRightInstantsAndASecondRunChangesNothing()
{
    const QString path = writeFile(QStringLiteral("zendesk.csv"), ZendeskHeader + ZendeskRows);
    {
        ImportWizard wizard(m_fixture->context());
        wizard.show();
        toMappingPage(wizard, path);
        wizard.mappingPage()->defaultProductCombo()->setCurrentText(QStringLiteral("Messaging"));
        QComboBox *critical = wizard.mappingPage()->valueCombo(ImportWizardValueMaps::Kind::Priorities,
                                                               QStringLiteral("critical"));
        QVERIFY(critical);
        critical->setCurrentIndex(critical->findData(int(Priority::P1)));
        const Status saved = wizard.mappingPage()->saveMappingAs(QStringLiteral("Zendesk at Acme"));
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        toDryRun(wizard);
        QVERIFY(dryRun(wizard));
        QCOMPARE(dryRun(wizard)->refused, qint64(0));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.importPage()->isFinished(), 20000);
        const auto &imported = *wizard.importPage()->result();
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(*imported, qint64(3));
        QVERIFY(m_fixture->context().canEdit());
        // Zendesk's CSV carries its own business-hours figure: it is compared next.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReconcilePage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.reconcilePage()->isFinished(), 20000);
        QVERIFY2(wizard.reconcilePage()->outcome()->ok(),
                 qPrintable(wizard.reconcilePage()->outcome()->message()));
        QVERIFY(wizard.reconcilePage()->reconciler());
        const QString csv = m_fixture->filePath(QStringLiteral("mismatches.csv"));
        const Status exported = wizard.reconcilePage()->exportMismatchesTo(csv);
        QVERIFY2(exported.ok(), qPrintable(exported.message()));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readLine()).trimmed(),
                 ReconciliationReport::csvHeader().join(QLatin1Char(',')));
    }
    QHash<QString, Ticket> byId;
    const Status read = TicketStore(m_fixture->database()).forEachTicket({}, [&byId](const Ticket &ticket) {
        byId.insert(ticket.id, ticket);
    });
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(byId.size(), 3);
    // 09:00 in Paris in March is 08:00 UTC; the first reply is 30 calendar minutes later.
    QCOMPARE(byId[QStringLiteral("101")].createdAt, qint64(1772438400));
    QCOMPARE(byId[QStringLiteral("101")].firstResponseAt, std::optional<qint64>(1772440200));
    QCOMPARE(byId[QStringLiteral("101")].resolvedAt, std::optional<qint64>(1772449200));
    QCOMPARE(byId[QStringLiteral("101")].priority, Priority::P1);
    QCOMPARE(byId[QStringLiteral("101")].product, QStringLiteral("Messaging"));
    // 10:15 in Paris in July is 08:15 UTC (summer time).
    QCOMPARE(byId[QStringLiteral("102")].createdAt, qint64(1782893700));
    QCOMPARE(byId[QStringLiteral("102")].priority, Priority::P1);
    QCOMPARE(byId[QStringLiteral("103")].createdAt, qint64(1768460400));

    // The same file again, through the mapping saved the first time.
    ImportWizard again(m_fixture->context());
    again.show();
    toMappingPage(again, path, QStringLiteral("Zendesk at Acme"));
    QComboBox *critical =
        again.mappingPage()->valueCombo(ImportWizardValueMaps::Kind::Priorities, QStringLiteral("critical"));
    QVERIFY(critical);
    QCOMPARE(critical->currentData().toInt(), int(Priority::P1));
    QCOMPARE(again.mappingPage()->defaultProductCombo()->currentText(), QStringLiteral("Messaging"));
    toDryRun(again);
    const ImportDryRun *run = dryRun(again);
    QVERIFY(run);
    QCOMPARE(run->tickets, qint64(3));
    QCOMPARE(run->unchanged, qint64(3));
    QCOMPARE(run->newTickets, qint64(0));
    QCOMPARE(run->updated, qint64(0));
}

void TestImportWizard::stoppingTheImportWritesNothing()
{
    QByteArray rows;
    for (int i = 0; i < 3000; ++i)
        rows += QStringLiteral("%1,Acme,Subject %1,Normal,Email,2026-03-%2 09:%3,,,\n")
                    .arg(1000 + i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    ImportWizard wizard(m_fixture->context());
    wizard.show();
    toMappingPage(wizard, writeFile(QStringLiteral("many.csv"), ZendeskHeader + rows));
    wizard.mappingPage()->defaultProductCombo()->setCurrentText(QStringLiteral("Messaging"));
    toDryRun(wizard);
    QVERIFY(dryRun(wizard));
    QCOMPARE(dryRun(wizard)->newTickets, qint64(3000));
    wizard.next();
    QVERIFY(wizard.importPage()->isRunning());
    wizard.importPage()->progress()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.importPage()->isFinished(), 20000);
    QCOMPARE(wizard.importPage()->result()->errorKind(), Error::Kind::Cancelled);
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
    QVERIFY(m_fixture->context().canEdit());
}

void TestImportWizard::theZoneIsRequired()
{
    ImportWizard wizard(m_fixture->context());
    wizard.show();
    toMappingPage(wizard, writeFile(QStringLiteral("zendesk.csv"), ZendeskHeader + ZendeskRows));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ZonePage));
    // Zendesk's CSV names no zone: none is assumed, UTC included.
    QVERIFY(wizard.zonePage()->zoneCombo()->currentText().isEmpty());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.zonePage()->zoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.zonePage()->zoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::completesWithTheKeyboardAlone()
{
    // SupportDesk's own CSV: file, source, dry run, import.
    const QString path =
        writeFile(QStringLiteral("tickets.csv"),
                  "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"
                  "T-1,Acme,Printer,P2,Messaging,email,2026-03-02T09:00:00Z,,\n"
                  "T-2,Acme,Login,P1,Messaging,chat,2026-03-03T10:00:00Z,2026-03-03T10:20:00Z,\n");
    ImportWizard wizard(m_fixture->context());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QLineEdit *pathEdit = wizard.filePage()->pathEdit();
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, path);
    QTest::keyClick(pathEdit, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
    QCOMPARE(wizard.sourcePage()->sourceCombo()->currentText(), QStringLiteral("SupportDesk"));
    QTest::keyClick(wizard.sourcePage()->sourceCombo(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.dryRunPage()->isFinished(), 20000);
    QVERIFY(dryRun(wizard));
    QCOMPARE(dryRun(wizard)->newTickets, qint64(2));
    QTest::keyClick(wizard.dryRunPage(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.importPage()->isFinished(), 20000);
    QVERIFY2(wizard.importPage()->result()->ok(), qPrintable(wizard.importPage()->result()->message()));
    QTest::keyClick(wizard.importPage(), Qt::Key_Return);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(2));
}

void TestImportWizard::pagesSpeakFrench()
{
    LanguageSwitcher switcher(m_fixture->context());
    ImportWizard wizard(m_fixture->context());
    wizard.show();
    QCOMPARE(wizard.filePage()->title(), QStringLiteral("Export file"));
    QVERIFY(switcher.switchTo(QStringLiteral("fr")));
    QCoreApplication::processEvents(); // the LanguageChange events are posted
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Importer des tickets"));
    QCOMPARE(wizard.filePage()->title(), QStringLiteral("Fichier d’export"));
    QCOMPARE(wizard.sourcePage()->title(), QStringLiteral("Source"));
    QCOMPARE(wizard.mappingPage()->title(), QStringLiteral("Correspondance"));
    QCOMPARE(wizard.zonePage()->title(), QStringLiteral("Fuseau horaire"));
    QCOMPARE(wizard.dryRunPage()->title(), QStringLiteral("Essai à blanc"));
    QVERIFY(switcher.switchTo(QStringLiteral("en"), false));
    QCoreApplication::processEvents();
    QCOMPARE(wizard.filePage()->title(), QStringLiteral("Export file"));
}

void TestImportWizard::theImportActionOpensTheWizard()
{
    LanguageSwitcher switcher(m_fixture->context());
    MainWindow window(m_fixture->context(), switcher);
    window.importTickets();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    // One at a time: asked again, the same one comes forward.
    window.importTickets();
    QCOMPARE(window.findChildren<ImportWizard *>().size(), 1);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
