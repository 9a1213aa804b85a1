#include "AccountStore.h"
#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "ImportDialog.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "ProductStore.h"

#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

// French groups digits with a narrow no-break space (U+202F) or a no-break
// space depending on the CLDR version: compare with plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

class TestLanguageSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchesMenusLive();
    void formatsAmountsTheFrenchWay();
    void translatesCoreLabelsAtDisplayTime();
    void remembersTheChoice();
    void refusesAnUnknownLanguage();
    void showsTheStoresMessagesInFrench();

private:
    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<LanguageSwitcher> m_switcher;
};

void TestLanguageSwitcher::initTestCase()
{
    // Settings go to a test folder, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitcher"));
}

void TestLanguageSwitcher::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_switcher = std::make_unique<LanguageSwitcher>(m_fixture->context());
}

void TestLanguageSwitcher::cleanup()
{
    m_switcher.reset();
    QLocale::setDefault(QLocale::c());
    m_fixture.reset();
}

void TestLanguageSwitcher::switchesMenusLive()
{
    MainWindow window(m_fixture->context(), *m_switcher);
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QVERIFY(m_switcher->switchTo(QStringLiteral("fr")));
    QCoreApplication::processEvents(); // the LanguageChange events are posted
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&Fichier"));
    QCOMPARE(window.languageMenu()->title(), QStringLiteral("&Langue"));
    QCOMPARE(m_fixture->context().languageCode(), QStringLiteral("fr"));
    QVERIFY(m_switcher->switchTo(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
}

void TestLanguageSwitcher::formatsAmountsTheFrenchWay()
{
    QVERIFY(m_switcher->switchTo(QStringLiteral("fr")));
    const QLocale locale = m_fixture->context().locale();
    QCOMPARE(plainSpaces(Formatting::amount(locale, 123450)), QStringLiteral("1 234,50"));
    QCOMPARE(plainSpaces(Formatting::money(locale, 123450)), QStringLiteral("1 234,50 $"));
    QCOMPARE(plainSpaces(Formatting::percentBasisPoints(locale, 9550)), QStringLiteral("95,50 %"));
    QCOMPARE(Formatting::date(locale, QDate(2026, 11, 26)), QStringLiteral("26/11/2026"));
    QCOMPARE(plainSpaces(Formatting::duration(locale, 2 * 86400 + 3 * 3600)), QStringLiteral("2 j 3 h"));
    QCOMPARE(Formatting::month(locale, YearMonth{2026, 11}), QStringLiteral("novembre 2026"));

    QVERIFY(m_switcher->switchTo(QStringLiteral("en")));
    const QLocale english = m_fixture->context().locale();
    QCOMPARE(Formatting::money(english, 123450), QStringLiteral("$1,234.50"));
    QCOMPARE(Formatting::money(english, 1), QStringLiteral("$0.01"));
    QCOMPARE(Formatting::date(english, QDate(2026, 11, 26)), QStringLiteral("11/26/2026"));
    QCOMPARE(Formatting::duration(english, 2 * 3600 + 5 * 60 + 59), QStringLiteral("2 h 05 min"));
}

void TestLanguageSwitcher::translatesCoreLabelsAtDisplayTime()
{
    QCOMPARE(Formatting::channel(Channel::Phone), QStringLiteral("Phone"));
    QVERIFY(m_switcher->switchTo(QStringLiteral("fr")));
    QCOMPARE(Formatting::channel(Channel::Phone), QStringLiteral("Téléphone"));
    QCOMPARE(Formatting::priority(Priority::P1), QStringLiteral("P1 critique pour l’activité"));
    QCOMPARE(Formatting::productCategory(ProductCategory::Carrier), QStringLiteral("Service d’opérateur"));
    QCOMPARE(Formatting::planFeature(PlanFeature::PhoneSupport), QStringLiteral("Support par téléphone"));
}

void TestLanguageSwitcher::remembersTheChoice()
{
    QCOMPARE(LanguageSwitcher::savedLanguage(), QString());
    QVERIFY(m_switcher->switchTo(QStringLiteral("fr")));
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("fr"));
    QCOMPARE(LanguageSwitcher::initialLanguage(), QStringLiteral("fr"));
    // The command line wins over the saved choice, and is not saved.
    QCOMPARE(LanguageSwitcher::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_switcher->switchTo(QStringLiteral("en"), false));
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("fr"));
}

void TestLanguageSwitcher::refusesAnUnknownLanguage()
{
    QVERIFY(!m_switcher->switchTo(QStringLiteral("de")));
    QCOMPARE(m_fixture->context().languageCode(), QStringLiteral("en"));
}

void TestLanguageSwitcher::showsTheStoresMessagesInFrench()
{
    Database &database = m_fixture->database();
    Account acme;
    acme.name = QStringLiteral("Acme");
    const auto acmeId = AccountStore(database).add(acme);
    QVERIFY(acmeId.ok());
    QVERIFY(ProductStore(database).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
    QVERIFY(m_switcher->switchTo(QStringLiteral("fr")));

    // A store's refusal.
    const auto unnamed = AccountStore(database).add(Account{});
    QCOMPARE(unnamed.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(unnamed.message(), QStringLiteral("un compte doit avoir un nom"));

    // A ticket file's error, as the import window reports it.
    const QString path = m_fixture->filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,account,subject,priority,product,channel,created_at\n"
               "T-1,Acme,Down,P7,Messaging,email,2026-03-02T09:00:00Z\n");
    file.close();
    const auto imported = ImportDialog(m_fixture->context()).importFile(path);
    QCOMPARE(imported.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(imported.message(),
             QStringLiteral("bad.csv:2\u00a0: colonne priority\u00a0: priorité \"P7\" inconnue\u00a0: "
                            "P1, P2 ou P3 attendu"));

    // A change made elsewhere since the account was read.
    Account stale = AccountStore(database).findById(*acmeId).value();
    auto other = database.openAnother();
    QVERIFY(other.ok());
    Account theirs = stale;
    theirs.name = QStringLiteral("Acme Corp");
    QVERIFY(AccountStore(**other).update(theirs).ok());
    stale.timeZoneId = QStringLiteral("Europe/Paris");
    const Status refused = AccountStore(database).update(stale);
    QCOMPARE(refused.errorKind(), Error::Kind::Conflict);
    QVERIFY2(refused.message().startsWith(
                 QStringLiteral("le compte «\u202fAcme\u202f» a été modifié ailleurs depuis "
                                "que vous l’avez ouvert\u00a0: il s’appelle désormais "
                                "«\u202fAcme Corp\u202f»")),
             qPrintable(refused.message()));
}

QTEST_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
