#include "AccountStore.h"
#include "AppContext.h"
#include "ContextFixture.h"
#include "ProductStore.h"
#include "RiskAlerts.h"
#include "RiskMonitor.h"
#include "RiskWarnings.h"
#include "TicketStore.h"

#include <QDateTime>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

// One account with one segment and one priority in the given state.
AccountRisk riskOf(const QString &account, Priority priority, RiskState state, std::optional<qint64> breaksAt)
{
    PriorityBudget budget;
    budget.priority = priority;
    budget.target = {TargetClock::Business, 180};
    budget.state = state;
    budget.breaksAt = breaksAt;
    budget.openTicketRowIds = {1, 2};
    SegmentBudget segment;
    segment.planId = u"production"_s;
    segment.start = QDate(2026, 11, 1);
    segment.end = QDate(2026, 11, 30);
    segment.feeCents = 40'000;
    segment.state = state;
    segment.priorities = {budget};
    AccountRisk risk;
    risk.account = account;
    risk.month = {2026, 11};
    risk.state = state;
    risk.breaksAt = breaksAt;
    risk.segments = {segment};
    return risk;
}

QStringList keysOf(const QList<RiskWarning> &warnings)
{
    QStringList keys;
    for (const RiskWarning &warning : warnings)
        keys << warning.key.split(u'\x1f').last();
    return keys;
}

} // namespace

class TestRiskWarnings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }
    void eachStateWarnsOnce();
    void p1AboutToBreakWarnsWithinItsThreshold();
    void quietHoursHoldWarningsUntilTheyEnd();
    void quietHoursAcrossMidnight();
    void warningsCanBeTurnedOff();
    void settingsAreKept();
    void withoutATrayTheWindowSaysIt();

private:
    QLocale m_english{QLocale::English, QLocale::UnitedStates};
    QTimeZone m_paris{"Europe/Paris"};
};

void TestRiskWarnings::eachStateWarnsOnce()
{
    RiskWarnings warnings;
    const RiskSettings settings;
    const QList<AccountRisk> atRisk{riskOf(u"Acme"_s, Priority::P2, RiskState::AtRisk, utc(25, 16))};
    const auto first = warnings.next(atRisk, utc(25, 14), settings, m_paris, m_english);
    QCOMPARE(keysOf(first), QStringList{u"at_risk"_s});
    QCOMPARE(first.first().title, u"Acme: P2 at risk"_s);
    const QString at =
        m_english.toString(QDateTime(QDate(2026, 11, 25), QTime(17, 0), m_paris), QLocale::ShortFormat);
    QCOMPARE(first.first().text,
             u"Unless its open P2 tickets (2) are answered, Acme misses its P2 target at "_s + at +
                 u": a credit of $400.00."_s);
    // The same state again: nothing new.
    QVERIFY(warnings.next(atRisk, utc(25, 14, 5), settings, m_paris, m_english).isEmpty());
    // Entering broken is a new warning; leaving at risk forgets it.
    const QList<AccountRisk> broken{riskOf(u"Acme"_s, Priority::P2, RiskState::Broken, std::nullopt)};
    QCOMPARE(keysOf(warnings.next(broken, utc(25, 16), settings, m_paris, m_english)),
             QStringList{u"broken"_s});
    QVERIFY(warnings.next(broken, utc(25, 17), settings, m_paris, m_english).isEmpty());
    // Back to at risk (an answer, then new open tickets): it warns again.
    QCOMPARE(keysOf(warnings.next(atRisk, utc(25, 18), settings, m_paris, m_english)),
             QStringList{u"at_risk"_s});
    // Another account in the same state is its own warning.
    const QList<AccountRisk> both{atRisk.first(),
                                  riskOf(u"Borealis"_s, Priority::P2, RiskState::AtRisk, utc(25, 20))};
    const auto second = warnings.next(both, utc(25, 18, 1), settings, m_paris, m_english);
    QCOMPARE(second.size(), 1);
    QVERIFY(second.first().title.startsWith(u"Borealis"_s));
}

void TestRiskWarnings::p1AboutToBreakWarnsWithinItsThreshold()
{
    RiskWarnings warnings;
    RiskSettings settings;
    settings.p1WarningMinutes = 30;
    // Safe (beyond the horizon) but a P1 breaking in 31 minutes: not yet.
    const QList<AccountRisk> safe{riskOf(u"Acme"_s, Priority::P1, RiskState::Safe, utc(25, 14, 31))};
    QVERIFY(warnings.next(safe, utc(25, 14), settings, m_paris, m_english).isEmpty());
    const auto soon = warnings.next(safe, utc(25, 14, 1), settings, m_paris, m_english);
    QCOMPARE(keysOf(soon), QStringList{u"p1_soon"_s});
    const QString at =
        m_english.toString(QDateTime(QDate(2026, 11, 25), QTime(15, 31), m_paris), QLocale::ShortFormat);
    QCOMPARE(soon.first().text, u"The P1 month of Acme breaks in 30 min, at "_s + at +
                                    u", unless its open P1 tickets are answered."_s);
    QVERIFY(warnings.next(safe, utc(25, 14, 2), settings, m_paris, m_english).isEmpty());
    // A P2 that close warns only through its state.
    RiskWarnings other;
    const QList<AccountRisk> p2{riskOf(u"Acme"_s, Priority::P2, RiskState::Safe, utc(25, 14, 5))};
    QVERIFY(other.next(p2, utc(25, 14), settings, m_paris, m_english).isEmpty());
}

// Quiet from 20:00 to 08:00 in Paris (UTC+1 in November).
void TestRiskWarnings::quietHoursHoldWarningsUntilTheyEnd()
{
    RiskWarnings warnings;
    RiskSettings settings;
    settings.quietHoursOn = true;
    settings.quietFrom = QTime(20, 0);
    settings.quietTo = QTime(8, 0);
    const QList<AccountRisk> atRisk{riskOf(u"Acme"_s, Priority::P2, RiskState::AtRisk, utc(26, 9))};
    QVERIFY(warnings.next(atRisk, utc(25, 19), settings, m_paris, m_english).isEmpty());    // 20:00 in Paris
    QVERIFY(warnings.next(atRisk, utc(26, 6, 59), settings, m_paris, m_english).isEmpty()); // 07:59
    QCOMPARE(keysOf(warnings.next(atRisk, utc(26, 7), settings, m_paris, m_english)),
             QStringList{u"at_risk"_s});
    QVERIFY(warnings.next(atRisk, utc(26, 7, 1), settings, m_paris, m_english).isEmpty());
}

void TestRiskWarnings::quietHoursAcrossMidnight()
{
    RiskSettings settings;
    settings.quietHoursOn = true;
    settings.quietFrom = QTime(22, 30);
    settings.quietTo = QTime(6, 0);
    QVERIFY(settings.isQuietAt(QTime(23, 0)));
    QVERIFY(settings.isQuietAt(QTime(0, 0)));
    QVERIFY(settings.isQuietAt(QTime(5, 59)));
    QVERIFY(!settings.isQuietAt(QTime(6, 0)));
    QVERIFY(!settings.isQuietAt(QTime(22, 29)));
    settings.quietFrom = QTime(12, 0);
    settings.quietTo = QTime(14, 0);
    QVERIFY(settings.isQuietAt(QTime(12, 0)));
    QVERIFY(!settings.isQuietAt(QTime(14, 0)));
    settings.quietHoursOn = false;
    QVERIFY(!settings.isQuietAt(QTime(13, 0)));
}

void TestRiskWarnings::warningsCanBeTurnedOff()
{
    RiskWarnings warnings;
    RiskSettings settings;
    settings.warningsOn = false;
    const QList<AccountRisk> broken{riskOf(u"Acme"_s, Priority::P1, RiskState::Broken, std::nullopt)};
    QVERIFY(warnings.next(broken, utc(25, 12), settings, m_paris, m_english).isEmpty());
    settings.warningsOn = true;
    QCOMPARE(warnings.next(broken, utc(25, 12), settings, m_paris, m_english).size(), 1);
}

void TestRiskWarnings::settingsAreKept()
{
    RiskSettings chosen;
    chosen.horizonMinutes = 120;
    chosen.p1WarningMinutes = 45;
    chosen.quietHoursOn = true;
    chosen.quietFrom = QTime(21, 15);
    chosen.quietTo = QTime(7, 45);
    chosen.save();
    const RiskSettings loaded = RiskSettings::load();
    QCOMPARE(loaded.horizonMinutes, 120);
    QCOMPARE(loaded.p1WarningMinutes, 45);
    QVERIFY(loaded.quietHoursOn);
    QCOMPARE(loaded.quietFrom, QTime(21, 15));
    QCOMPARE(loaded.quietTo, QTime(7, 45));
    QSettings().clear();
    QCOMPARE(RiskSettings::load().horizonMinutes, 240);
}

// The offscreen platform has no system tray: the warning goes to the
// window's status bar, once.
void TestRiskWarnings::withoutATrayTheWindowSaysIt()
{
    ContextFixture fixture(utc(25, 15));
    QVERIFY(fixture.ok());
    QMainWindow window;
    RiskMonitor monitor(fixture.context());
    RiskAlerts alerts(fixture.context(), monitor, window);
    QVERIFY(!alerts.usesTray());
    QCOMPARE(monitor.horizonSeconds(), 4 * 3600);
    RiskSettings settings = alerts.settings();
    settings.horizonMinutes = 90;
    alerts.setSettings(settings);
    QCOMPARE(monitor.horizonSeconds(), 90 * 60);
    QCOMPARE(RiskSettings::load().horizonMinutes, 90);
    QSettings().clear();
    // An empty store warns of nothing.
    QSignalSpy warned(&alerts, &RiskAlerts::warned);
    monitor.reread();
    monitor.waitForRead();
    QCOMPARE(warned.size(), 0);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());

    // One Enterprise account over its P1 target: its warning, in words.
    Database &store = fixture.database();
    QVERIFY(ProductStore(store).add(u"Voice"_s, ProductCategory::Ga).ok());
    const auto addBroken = [&](const QString &name) {
        Account account;
        account.name = name;
        const qint64 id = AccountStore(store).add(account).value();
        QVERIFY(AccountStore(store).setPlan(id, u"enterprise"_s, QDate(2026, 1, 1)).ok());
        Ticket ticket;
        ticket.id = u"T1"_s;
        ticket.account = name;
        ticket.subject = u"Calls fail"_s;
        ticket.priority = Priority::P1;
        ticket.product = u"Voice"_s;
        ticket.createdAt = utc(24, 9);
        ticket.firstResponseAt = utc(24, 12); // 3 h against 1 h
        QVERIFY(TicketStore(store).upsert({ticket}).ok());
    };
    addBroken(u"Acme"_s);
    fixture.context().notifyDataChanged();
    monitor.waitForRead();
    QCOMPARE(warned.size(), 1);
    QCOMPARE(window.statusBar()->currentMessage(),
             u"Acme: P1 over its target — The P1 average of Acme is over its target this month: a credit of "
             "$1,500.00 is owed unless it comes back."_s);
    // Four more at once: one message counts them.
    for (const QString &name : {u"Borealis"_s, u"Cobalt"_s, u"Delta"_s, u"Echo"_s})
        addBroken(name);
    fixture.context().notifyDataChanged();
    monitor.waitForRead();
    QCOMPARE(warned.size(), 5);
    QCOMPARE(
        window.statusBar()->currentMessage(),
        u"Credits at risk: 4 warnings — Borealis: P1 over its target; Cobalt: P1 over its target; Delta: P1 "
        "over its target, and 1 more: see the Today tab."_s);
    QCOMPARE(alerts.lastShown(), window.statusBar()->currentMessage());
}

QTEST_MAIN(TestRiskWarnings)
#include "tst_riskwarnings.moc"
