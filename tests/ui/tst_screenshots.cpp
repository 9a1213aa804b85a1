#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "ReportsView.h"
#include "Timestamp.h"

#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

// Renders every view of the main window, in English and in French, over a
// demo sample, into the build folder: pictures to look at after a change.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rendersEveryViewInBothLanguages_data();
    void rendersEveryViewInBothLanguages();

private:
    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<LanguageSwitcher> m_switcher;
    QString m_output;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    const qint64 now = parseIsoTimestamp(u"2026-11-20T12:00:00Z")->utcSeconds;
    m_fixture->context().pinNow(now);
    DemoOptions options;
    options.accounts = 8;
    options.tickets = 4000;
    options.months = 6;
    options.nowUtc = now;
    const auto demo = DemoGenerator(m_fixture->database()).generate(options);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_switcher = std::make_unique<LanguageSwitcher>(m_fixture->context());
    m_output = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(m_output));
}

void TestScreenshots::cleanupTestCase()
{
    m_switcher.reset();
    m_fixture.reset();
}

void TestScreenshots::rendersEveryViewInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestScreenshots::rendersEveryViewInBothLanguages()
{
    QFETCH(QString, language);
    QVERIFY(m_switcher->switchTo(language, false));
    MainWindow window(m_fixture->context(), *m_switcher);
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    // Today is 0: the other views keep the numbers the docs name them by.
    const QStringList names{QStringLiteral("today"),  QStringLiteral("tickets"),   QStringLiteral("accounts"),
                            QStringLiteral("plans"),  QStringLiteral("calendars"), QStringLiteral("reports"),
                            QStringLiteral("credits")};
    QCOMPARE(window.viewCount(), int(names.size()));
    for (int i = 0; i < window.viewCount(); ++i) {
        window.showView(i);
        QCoreApplication::processEvents();
        const QString path =
            QDir(m_output).filePath(QStringLiteral("%1-%2-%3.png").arg(language).arg(i).arg(names[i]));
        const QPixmap picture = window.grab();
        QVERIFY(!picture.isNull());
        QVERIFY(picture.save(path));
        QVERIFY(!QImage(path).isNull());
        qInfo("%s", qPrintable(path));
    }
    auto *reports = qobject_cast<ReportsView *>(window.view(5));
    QVERIFY(reports);
    const QString chart = QDir(m_output).filePath(QStringLiteral("%1-report-chart.png").arg(language));
    QVERIFY(reports->saveChartPng(chart));
    qInfo("%s", qPrintable(chart));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
