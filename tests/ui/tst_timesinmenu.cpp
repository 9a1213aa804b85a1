#include "AppContext.h"
#include "ContextFixture.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "TimesInMenu.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// View → Times in: three exclusive choices, applied to the whole window at
// once and remembered for the next start.
class TestTimesInMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sitsInTheViewMenu();
    void appliesAndRemembersTheChoice();
    void followsTheLanguage();

private:
    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<LanguageSwitcher> m_languages;
};

void TestTimesInMenu::initTestCase()
{
    // Settings go to a test folder, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timesinmenu"));
}

void TestTimesInMenu::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->context().setUserZone(QStringLiteral("Europe/Paris")));
    m_languages = std::make_unique<LanguageSwitcher>(m_fixture->context());
}

void TestTimesInMenu::cleanup()
{
    m_languages.reset();
    m_fixture.reset();
}

void TestTimesInMenu::sitsInTheViewMenu()
{
    MainWindow window(m_fixture->context(), *m_languages);
    QMenu *view = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View"))
            view = menu->menu();
    }
    QVERIFY(view);
    QStringList entries;
    for (QAction *entry : view->actions()) {
        if (auto *times = qobject_cast<TimesInMenu *>(entry->menu())) {
            for (QAction *choice : times->actions())
                entries << choice->text();
        }
    }
    QCOMPARE(entries, QStringList({QStringLiteral("&My zone (Europe/Paris)"),
                                   QStringLiteral("The &account's zone"), QStringLiteral("&UTC")}));
}

void TestTimesInMenu::appliesAndRemembersTheChoice()
{
    AppContext &context = m_fixture->context();
    TimesInMenu menu(context);
    QCOMPARE(TimesInMenu::savedMode(), TimeDisplay::Mode::UserZone);
    QVERIFY(menu.action(TimeDisplay::Mode::UserZone)->isChecked());

    QSignalSpy changed(&context, &AppContext::timeDisplayChanged);
    menu.action(TimeDisplay::Mode::Utc)->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(context.timeDisplay().mode(), TimeDisplay::Mode::Utc);
    QVERIFY(menu.action(TimeDisplay::Mode::Utc)->isChecked());
    QVERIFY(!menu.action(TimeDisplay::Mode::UserZone)->isChecked());
    QCOMPARE(TimesInMenu::savedMode(), TimeDisplay::Mode::Utc);

    menu.action(TimeDisplay::Mode::AccountZone)->trigger();
    QCOMPARE(TimesInMenu::savedMode(), TimeDisplay::Mode::AccountZone);
    // A choice made elsewhere (the saved one, at start) shows as checked.
    context.setTimeMode(TimeDisplay::Mode::UserZone);
    QVERIFY(menu.action(TimeDisplay::Mode::UserZone)->isChecked());
    QVERIFY(!menu.action(TimeDisplay::Mode::AccountZone)->isChecked());

    QSettings().setValue(QStringLiteral("timesIn"), QStringLiteral("mars"));
    QCOMPARE(TimesInMenu::savedMode(), TimeDisplay::Mode::UserZone);
}

void TestTimesInMenu::followsTheLanguage()
{
    TimesInMenu menu(m_fixture->context());
    QVERIFY(m_languages->switchTo(QStringLiteral("fr"), false));
    QCoreApplication::processEvents(); // the LanguageChange events are posted
    QCOMPARE(menu.title(), QStringLiteral("&Heures selon"));
    QCOMPARE(menu.action(TimeDisplay::Mode::AccountZone)->text(), QStringLiteral("Le fuseau du &compte"));
    QVERIFY(m_languages->switchTo(QStringLiteral("en"), false));
    QCoreApplication::processEvents();
    QCOMPARE(menu.title(), QStringLiteral("Times &in"));
}

QTEST_MAIN(TestTimesInMenu)
#include "tst_timesinmenu.moc"
