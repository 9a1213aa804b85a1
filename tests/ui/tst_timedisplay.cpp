#include "AppContext.h"
#include "ContextFixture.h"
#include "LanguageSwitcher.h"
#include "TimeDisplay.h"
#include "Timestamp.h"
#include "ZoneRules.h"

#include <QTest>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text))->utcSeconds;
}

const ZoneRules &zone(const char *id)
{
    return *ZoneRules::forZone(QString::fromLatin1(id));
}

// The locale data may put a narrow or plain no-break space before "PM" or
// inside numbers, depending on the CLDR version: compare with plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

// Every instant of the interface is written here. The user's zone is
// injected (Paris), never this computer's; accounts are in Los Angeles, the
// instants on both sides of the spring changes of both zones.
class TestTimeDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void writesAnInstantOnTheChosenClock_data();
    void writesAnInstantOnTheChosenClock();
    void namesTheZoneOnlyWhenItsOffsetDiffers();
    void labelsAZoneWithoutAnAbbreviationByItsOffset();
    void toolTipGivesTheOtherClocks();
    void exportsWithTheOffsetOfTheShownZone();
    void countsDownToADeadline_data();
    void countsDownToADeadline();
    void namesTheClockOfADeadline();
    void keepsTheUserZoneWhenAnIdIsUnknown();
    void savesModesAsKeys();

private:
    void switchLanguage(const QString &language);

    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<LanguageSwitcher> m_switcher;
};

void TestTimeDisplay::initTestCase()
{
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_switcher = std::make_unique<LanguageSwitcher>(m_fixture->context());
}

void TestTimeDisplay::cleanupTestCase()
{
    m_switcher.reset();
    m_fixture.reset();
}

void TestTimeDisplay::cleanup()
{
    switchLanguage(QStringLiteral("en"));
}

void TestTimeDisplay::switchLanguage(const QString &language)
{
    QVERIFY(m_switcher->switchTo(language, false));
}

void TestTimeDisplay::writesAnInstantOnTheChosenClock_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<TimeDisplay::Mode>("mode");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("expected");
    using Mode = TimeDisplay::Mode;
    // 19 November, 22:11 in Los Angeles (PST, -8) is 07:11 on the 20th in Paris (CET, +1).
    const qint64 november = utc("2026-11-20T06:11:00Z");
    QTest::newRow("en mine") << "en" << Mode::UserZone << november << "11/20/2026 7:11 AM";
    QTest::newRow("en account") << "en" << Mode::AccountZone << november << "11/19/2026 10:11 PM PST";
    QTest::newRow("en utc") << "en" << Mode::Utc << november << "11/20/2026 6:11 AM UTC";
    QTest::newRow("fr mine") << "fr" << Mode::UserZone << november << "20/11/2026 07:11";
    QTest::newRow("fr account") << "fr" << Mode::AccountZone << november << "19/11/2026 22:11 PST";
    QTest::newRow("fr utc") << "fr" << Mode::Utc << november << "20/11/2026 06:11 UTC";
    // Los Angeles springs forward at 10:00Z on 8 March: PST, then PDT.
    QTest::newRow("before LA change")
        << "en" << Mode::AccountZone << utc("2026-03-08T09:30:00Z") << "3/8/2026 1:30 AM PST";
    QTest::newRow("after LA change") << "en" << Mode::AccountZone << utc("2026-03-08T10:30:00Z")
                                     << "3/8/2026 3:30 AM PDT";
    // Paris springs forward at 01:00Z on 29 March: its own clock has no
    // zone, UTC is one hour behind it, then two.
    QTest::newRow("before Paris change")
        << "fr" << Mode::UserZone << utc("2026-03-29T00:30:00Z") << "29/03/2026 01:30";
    QTest::newRow("after Paris change")
        << "fr" << Mode::UserZone << utc("2026-03-29T01:30:00Z") << "29/03/2026 03:30";
    QTest::newRow("utc before Paris change")
        << "fr" << Mode::Utc << utc("2026-03-29T00:30:00Z") << "29/03/2026 00:30 UTC";
    QTest::newRow("utc after Paris change")
        << "fr" << Mode::Utc << utc("2026-03-29T01:30:00Z") << "29/03/2026 01:30 UTC";
}

void TestTimeDisplay::writesAnInstantOnTheChosenClock()
{
    QFETCH(QString, language);
    QFETCH(TimeDisplay::Mode, mode);
    QFETCH(qint64, instant);
    QFETCH(QString, expected);
    switchLanguage(language);
    const TimeDisplay display(QStringLiteral("Europe/Paris"), mode);
    QCOMPARE(
        plainSpaces(display.dateTime(m_fixture->context().locale(), instant, zone("America/Los_Angeles"))),
        expected);
}

void TestTimeDisplay::namesTheZoneOnlyWhenItsOffsetDiffers()
{
    const QLocale locale = m_fixture->context().locale();
    // Lagos keeps +01:00 all year: Paris's offset in winter, not in summer.
    TimeDisplay display(QStringLiteral("Europe/Paris"), TimeDisplay::Mode::AccountZone);
    QCOMPARE(plainSpaces(display.dateTime(locale, utc("2026-01-15T12:00:00Z"), zone("Africa/Lagos"))),
             QStringLiteral("1/15/2026 1:00 PM"));
    QCOMPARE(plainSpaces(display.dateTime(locale, utc("2026-07-15T12:00:00Z"), zone("Africa/Lagos"))),
             QStringLiteral("7/15/2026 1:00 PM WAT"));
    // For a user in London, UTC is their own clock in winter only.
    TimeDisplay london(QStringLiteral("Europe/London"), TimeDisplay::Mode::Utc);
    QCOMPARE(plainSpaces(london.dateTime(locale, utc("2026-01-15T12:00:00Z"), zone("Asia/Tokyo"))),
             QStringLiteral("1/15/2026 12:00 PM"));
    QCOMPARE(plainSpaces(london.dateTime(locale, utc("2026-07-15T12:00:00Z"), zone("Asia/Tokyo"))),
             QStringLiteral("7/15/2026 12:00 PM UTC"));
}

void TestTimeDisplay::labelsAZoneWithoutAnAbbreviationByItsOffset()
{
    const TimeDisplay display(QStringLiteral("Europe/Paris"), TimeDisplay::Mode::AccountZone);
    const qint64 instant = utc("2026-11-20T06:11:00Z");
    // The zone database calls Dubai "+04" and Kolkata "IST".
    QCOMPARE(display.zoneLabel(instant, zone("Asia/Dubai")), QStringLiteral("+04:00"));
    QCOMPARE(display.zoneLabel(instant, zone("Etc/GMT-1")), QStringLiteral("+01:00"));
    QCOMPARE(display.zoneLabel(instant, zone("Asia/Kolkata")), QStringLiteral("IST"));
    QCOMPARE(display.zoneLabel(instant, zone("America/St_Johns")), QStringLiteral("NST"));
    QCOMPARE(TimeDisplay::offsetText(-(3 * 3600 + 30 * 60)), QStringLiteral("-03:30"));
    QCOMPARE(TimeDisplay::offsetText(5 * 3600 + 45 * 60), QStringLiteral("+05:45"));
    QCOMPARE(TimeDisplay::offsetText(0), QStringLiteral("+00:00"));
    QCOMPARE(plainSpaces(display.dateTime(m_fixture->context().locale(), instant, zone("Asia/Dubai"))),
             QStringLiteral("11/20/2026 10:11 AM +04:00"));
}

void TestTimeDisplay::toolTipGivesTheOtherClocks()
{
    const QLocale english = m_fixture->context().locale();
    const qint64 instant = utc("2026-11-20T06:11:00Z");
    const ZoneRules &losAngeles = zone("America/Los_Angeles");
    TimeDisplay display(QStringLiteral("Europe/Paris"), TimeDisplay::Mode::AccountZone);
    QCOMPARE(plainSpaces(display.toolTip(english, instant, losAngeles)),
             QStringLiteral("The account's time zone (America/Los_Angeles): 11/19/2026 10:11 PM PST\n"
                            "Your time zone (Europe/Paris): 11/20/2026 7:11 AM"));
    display.setMode(TimeDisplay::Mode::UserZone);
    QCOMPARE(plainSpaces(display.toolTip(english, instant, losAngeles)),
             QStringLiteral("Your time zone (Europe/Paris): 11/20/2026 7:11 AM\n"
                            "The account's time zone (America/Los_Angeles): 11/19/2026 10:11 PM PST"));
    display.setMode(TimeDisplay::Mode::Utc);
    QCOMPARE(plainSpaces(display.toolTip(english, instant, losAngeles)),
             QStringLiteral("UTC: 11/20/2026 6:11 AM\n"
                            "Your time zone (Europe/Paris): 11/20/2026 7:11 AM\n"
                            "The account's time zone (America/Los_Angeles): 11/19/2026 10:11 PM PST"));
    // An account on the user's clock adds no second line.
    display.setMode(TimeDisplay::Mode::AccountZone);
    QCOMPARE(plainSpaces(display.toolTip(english, instant, zone("Europe/Berlin"))),
             QStringLiteral("The account's time zone (Europe/Berlin): 11/20/2026 7:11 AM CET"));

    switchLanguage(QStringLiteral("fr"));
    QCOMPARE(plainSpaces(display.toolTip(m_fixture->context().locale(), instant, losAngeles)),
             QStringLiteral("Fuseau horaire du compte (America/Los_Angeles) : 19/11/2026 22:11 PST\n"
                            "Votre fuseau horaire (Europe/Paris) : 20/11/2026 07:11"));
}

void TestTimeDisplay::exportsWithTheOffsetOfTheShownZone()
{
    const qint64 november = utc("2026-11-20T06:11:05Z");
    const qint64 july = utc("2026-07-01T06:11:05Z");
    const ZoneRules &losAngeles = zone("America/Los_Angeles");
    TimeDisplay display(QStringLiteral("Europe/Paris"), TimeDisplay::Mode::UserZone);
    QCOMPARE(display.isoDateTime(november, losAngeles), QStringLiteral("2026-11-20T07:11:05+01:00"));
    QCOMPARE(display.isoDateTime(july, losAngeles), QStringLiteral("2026-07-01T08:11:05+02:00"));
    display.setMode(TimeDisplay::Mode::AccountZone);
    QCOMPARE(display.isoDateTime(november, losAngeles), QStringLiteral("2026-11-19T22:11:05-08:00"));
    QCOMPARE(display.isoDateTime(july, losAngeles), QStringLiteral("2026-06-30T23:11:05-07:00"));
    display.setMode(TimeDisplay::Mode::Utc);
    QCOMPARE(display.isoDateTime(november, losAngeles), QStringLiteral("2026-11-20T06:11:05Z"));
    // What is written reads back as the same instant, whatever the mode.
    for (TimeDisplay::Mode mode :
         {TimeDisplay::Mode::UserZone, TimeDisplay::Mode::AccountZone, TimeDisplay::Mode::Utc}) {
        display.setMode(mode);
        const auto parsed = parseIsoTimestamp(display.isoDateTime(november, losAngeles));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->hasOffset);
        QCOMPARE(parsed->utcSeconds, november);
    }
}

void TestTimeDisplay::countsDownToADeadline_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");
    const qint64 minute = 60;
    const qint64 hour = 60 * minute;
    QTest::newRow("en hours and minutes") << "en" << 2 * hour + 10 * minute + 59 << "in 2 h 10 min";
    QTest::newRow("en late") << "en" << -3 * hour << "3 h late";
    QTest::newRow("en minutes") << "en" << 45 * minute << "in 45 min";
    QTest::newRow("en days") << "en" << -(2 * 24 * hour + 5 * hour) << "2 d 5 h late";
    QTest::newRow("en whole days") << "en" << 3 * 24 * hour << "in 3 d";
    QTest::newRow("en now") << "en" << qint64(-59) << "due now";
    QTest::newRow("fr hours and minutes") << "fr" << 2 * hour + 10 * minute << "dans 2 h 10 min";
    QTest::newRow("fr late") << "fr" << -3 * hour << "3 h de retard";
    QTest::newRow("fr days") << "fr" << 3 * 24 * hour << "dans 3 j";
    QTest::newRow("fr now") << "fr" << qint64(30) << "à échéance";
}

void TestTimeDisplay::countsDownToADeadline()
{
    QFETCH(QString, language);
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);
    switchLanguage(language);
    QCOMPARE(plainSpaces(TimeDisplay::untilDeadline(m_fixture->context().locale(), secondsLeft)), expected);
}

void TestTimeDisplay::namesTheClockOfADeadline()
{
    const QString calendar = QStringLiteral("Vendor support hours");
    QCOMPARE(TimeDisplay::deadlineClock(calendar),
             QStringLiteral("Counted in business hours of the calendar «Vendor support hours»"));
    QVERIFY(TimeDisplay::deadlineClock({}).contains(QStringLiteral("24/7")));
    switchLanguage(QStringLiteral("fr"));
    QCOMPARE(plainSpaces(TimeDisplay::deadlineClock(calendar)),
             QStringLiteral("Compté en heures ouvrées du calendrier « Vendor support hours »"));
}

void TestTimeDisplay::keepsTheUserZoneWhenAnIdIsUnknown()
{
    TimeDisplay display(QStringLiteral("Europe/Paris"));
    QVERIFY(!display.setUserZone(QStringLiteral("Mars/Olympus_Mons")));
    QCOMPARE(display.userZone().id(), QStringLiteral("Europe/Paris"));
    QVERIFY(display.setUserZone(QStringLiteral("Asia/Tokyo")));
    QCOMPARE(display.userZone().id(), QStringLiteral("Asia/Tokyo"));
    // A broken system setting: UTC, not a crash or an empty clock.
    QCOMPARE(TimeDisplay(QStringLiteral("Not/A_Zone")).userZone().id(), QStringLiteral("UTC"));
}

void TestTimeDisplay::savesModesAsKeys()
{
    for (TimeDisplay::Mode mode :
         {TimeDisplay::Mode::UserZone, TimeDisplay::Mode::AccountZone, TimeDisplay::Mode::Utc})
        QCOMPARE(TimeDisplay::modeFromKey(TimeDisplay::modeKey(mode)), std::optional(mode));
    QCOMPARE(TimeDisplay::modeFromKey(QStringLiteral("mars")), std::nullopt);
    QCOMPARE(TimeDisplay::modeFromKey(QString()), std::nullopt);
}

QTEST_MAIN(TestTimeDisplay)
#include "tst_timedisplay.moc"
