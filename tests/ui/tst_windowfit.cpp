#include "AccountDialog.h"
#include "AppContext.h"
#include "ClaimDialog.h"
#include "ContextFixture.h"
#include "CustomerDocumentDialog.h"
#include "DemoGenerator.h"
#include "FirstRunDialog.h"
#include "ImportDialog.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "PlanTermsDialog.h"
#include "RiskSettingsDialog.h"
#include "StoreDialog.h"
#include "TicketDialog.h"
#include "TicketStore.h"
#include "Timestamp.h"
#include "VendorDialog.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

namespace {

// The smallest screen the application promises to fit: a 1280×800 laptop
// less its panels and title bar, in both languages.
const QSize Laptop(1280, 720);

QString describe(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// The least room a window asks for: what its layout needs, the minimum it
// was given, and for a window without a layout (a progress dialog places its
// parts itself) the size it picks for itself.
QSize neededSize(const QWidget &widget)
{
    QSize needed = widget.minimumSizeHint().expandedTo(widget.minimumSize());
    if (!widget.layout())
        needed = needed.expandedTo(widget.sizeHint());
    return needed;
}

// Why a widget does not fit, or nothing when it does: the message gives the
// size measured so a failure says by how much.
QString misfit(const QString &what, const QWidget &widget)
{
    const QSize needed = neededSize(widget);
    if (needed.boundedTo(Laptop) == needed)
        return {};
    return QStringLiteral("%1 needs %2 (minimum size hint %3, minimum size %4), more than %5")
        .arg(what, describe(needed), describe(widget.minimumSizeHint()), describe(widget.minimumSize()),
             describe(Laptop));
}

} // namespace

// Every window of the application fits a laptop's screen in English and in
// French: the French texts are the longer ones.
class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void mainWindowFitsWithEveryView_data();
    void mainWindowFitsWithEveryView();
    void dialogsFit_data();
    void dialogsFit();
    void firstRunQuestionFits_data();
    void firstRunQuestionFits();
    void firstStartOpensWithinTheScreen_data();
    void firstStartOpensWithinTheScreen();

private:
    void addLanguages();

    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<LanguageSwitcher> m_switcher;
    qint64 m_ticketRowId = 0;
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), Laptop);
    const qint64 now = parseIsoTimestamp(u"2026-11-20T12:00:00Z")->utcSeconds;
    m_fixture = std::make_unique<ContextFixture>(now);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    // Real account, product and plan names: the combo boxes grow with them.
    DemoOptions options;
    options.accounts = 12;
    options.tickets = 600;
    options.months = 3;
    options.nowUtc = now;
    const auto demo = DemoGenerator(m_fixture->database()).generate(options);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    const auto firstPage =
        TicketStore(m_fixture->database()).page({}, TicketSortColumn::CreatedAt, Qt::AscendingOrder, {}, 1);
    QVERIFY2(firstPage && !firstPage->isEmpty(), "the sample has no ticket");
    m_ticketRowId = firstPage->first().rowId;
    m_switcher = std::make_unique<LanguageSwitcher>(m_fixture->context());
}

void TestWindowFit::cleanupTestCase()
{
    m_switcher.reset();
    QLocale::setDefault(QLocale::c());
    m_fixture.reset();
}

void TestWindowFit::init()
{
    QSettings().clear();
}

void TestWindowFit::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestWindowFit::mainWindowFitsWithEveryView_data()
{
    addLanguages();
}

void TestWindowFit::mainWindowFitsWithEveryView()
{
    QFETCH(QString, language);
    QVERIFY(m_switcher->switchTo(language, false));
    MainWindow window(m_fixture->context(), *m_switcher);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < window.viewCount(); ++i) {
        window.showView(i);
        QCoreApplication::processEvents();
        const QString problem = misfit(
            QStringLiteral("The window showing %1").arg(window.tabs()->tabText(i).remove(u'&')), window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("%s, %s: window %s, view %s", qPrintable(language), qPrintable(window.tabs()->tabText(i)),
              qPrintable(describe(neededSize(window))),
              qPrintable(describe(window.view(i)->minimumSizeHint())));
    }
}

void TestWindowFit::dialogsFit_data()
{
    addLanguages();
}

void TestWindowFit::dialogsFit()
{
    QFETCH(QString, language);
    QVERIFY(m_switcher->switchTo(language, false));
    AppContext &context = m_fixture->context();
    QVERIFY(m_ticketRowId > 0);
    const std::vector<std::pair<QString, std::function<std::unique_ptr<QWidget>()>>> dialogs{
        {QStringLiteral("AccountDialog"),
         [&] { return std::make_unique<AccountDialog>(context, Account{}); }},
        {QStringLiteral("ClaimDialog"),
         [&] {
             return std::make_unique<ClaimDialog>(context, QString(), YearMonth{2026, 10});
         }},
        {QStringLiteral("ImportDialog"), [&] { return std::make_unique<ImportDialog>(context); }},
        {QStringLiteral("VendorDialog"), [&] { return std::make_unique<VendorDialog>(context); }},
        {QStringLiteral("CustomerDocumentDialog (review)"),
         [&] {
             return std::make_unique<CustomerDocumentDialog>(context, CustomerDocumentDialog::Kind::Review,
                                                             QString());
         }},
        {QStringLiteral("PlanTermsDialog"),
         [&] { return std::make_unique<PlanTermsDialog>(context, QStringLiteral("enterprise")); }},
        {QStringLiteral("StoreDialog"), [] { return std::make_unique<StoreDialog>(); }},
        {QStringLiteral("RiskSettingsDialog"),
         [] { return std::make_unique<RiskSettingsDialog>(RiskSettings{}); }},
        {QStringLiteral("TicketDialog (new)"), [&] { return std::make_unique<TicketDialog>(context); }},
        {QStringLiteral("TicketDialog (response)"),
         [&] { return std::make_unique<TicketDialog>(context, m_ticketRowId); }},
    };
    for (const auto &[name, make] : dialogs) {
        const std::unique_ptr<QWidget> dialog = make();
        dialog->show();
        QCoreApplication::processEvents();
        const QString problem = misfit(name, *dialog);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("%s, %s: %s", qPrintable(language), qPrintable(name),
              qPrintable(describe(neededSize(*dialog))));
    }
}

void TestWindowFit::firstRunQuestionFits_data()
{
    addLanguages();
}

void TestWindowFit::firstRunQuestionFits()
{
    QFETCH(QString, language);
    QVERIFY(m_switcher->switchTo(language, false));
    // The question is asked of an empty store only.
    ContextFixture empty(m_fixture->context().nowUtc());
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
    empty.context().setLanguageCode(language);
    QString problem = QStringLiteral("the question was never asked");
    QTimer::singleShot(0, this, [&problem] {
        QWidget *question = QApplication::activeModalWidget();
        if (!question)
            return;
        problem = misfit(QStringLiteral("The first start's question"), *question);
        qInfo("first run question: %s", qPrintable(describe(neededSize(*question))));
        static_cast<QDialog *>(question)->reject();
    });
    QVERIFY(!FirstRunDialog::offerIfEmpty(empty.context(), nullptr));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWindowFit::firstStartOpensWithinTheScreen_data()
{
    addLanguages();
}

void TestWindowFit::firstStartOpensWithinTheScreen()
{
    QFETCH(QString, language);
    QVERIFY(m_switcher->switchTo(language, false));
    QVERIFY(!QSettings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow window(m_fixture->context(), *m_switcher);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("the window opens at %1×%2+%3+%4, the screen offers %5×%6+%7+%8")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())
                            .arg(available.x())
                            .arg(available.y())));
    // Centred, not pushed into a corner: the gaps either side are alike
    // (the frame the window manager adds is guessed, so not to the pixel).
    const QRect frame = window.frameGeometry();
    const int leftGap = frame.left() - available.left();
    const int rightGap = available.right() - frame.right();
    const int topGap = frame.top() - available.top();
    const int bottomGap = available.bottom() - frame.bottom();
    QVERIFY2(qAbs(leftGap - rightGap) <= available.width() / 20,
             qPrintable(QStringLiteral("%1 px left, %2 px right").arg(leftGap).arg(rightGap)));
    QVERIFY2(qAbs(topGap - bottomGap) <= available.height() / 10,
             qPrintable(QStringLiteral("%1 px above, %2 px below").arg(topGap).arg(bottomGap)));
    // As large as the screen allows: a laptop gets no postage stamp.
    QVERIFY2(frame.width() >= available.width() * 9 / 10,
             qPrintable(QStringLiteral("%1 px wide").arg(frame.width())));
}

// The offscreen screen is 800×600 unless told otherwise: this test runs on
// the laptop screen it is about.
int main(int argc, char **argv)
{
    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(QStringLiteral("screen.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(QStringLiteral(R"({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": %1,
                                  "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                     .arg(Laptop.width())
                     .arg(Laptop.height())
                     .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + configPath.toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestWindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
