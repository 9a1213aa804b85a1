#include "AppContext.h"
#include "CalendarStore.h"
#include "CalendarsView.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "HolidayModel.h"
#include "Timestamp.h"
#include "WeeklyHoursEditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>
#include <memory>

class TestCalendarsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheVendorCalendar();
    void holidayRulesInWords_data();
    void holidayRulesInWords();
    void hoursEditorNamesMistakes();
    void editsAndSavesTheVendorCalendar();
    void addsAndRemovesHolidays();

private:
    std::unique_ptr<ContextFixture> m_fixture;
};

void TestCalendarsView::init()
{
    m_fixture =
        std::make_unique<ContextFixture>(parseIsoTimestamp(u"2026-11-01T12:00:00Z").value().utcSeconds);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestCalendarsView::cleanup()
{
    m_fixture.reset();
}

void TestCalendarsView::showsTheVendorCalendar()
{
    CalendarsView view(m_fixture->context());
    QAbstractItemModelTester listTester(view.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester holidayTester(view.holidayModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.listModel()->rowCount(), 1);
    QCOMPARE(view.selectedCalendarName(), Calendar::vendorDefaultName());
    QCOMPARE(view.zoneCombo()->currentText(), QStringLiteral("America/Los_Angeles"));
    QCOMPARE(view.hoursEditor()->textEdit()->text(), QStringLiteral("mon-fri 06:00-18:00"));
    // The readable grid: Monday open 06:00-18:00, 12 hours; Sunday closed.
    QTableWidget *grid = view.hoursEditor()->grid();
    QCOMPARE(grid->item(0, 0)->text(),
             QStringLiteral("%1 – %2").arg(Formatting::time(m_fixture->context().locale(), 6 * 3600),
                                           Formatting::time(m_fixture->context().locale(), 18 * 3600)));
    QCOMPARE(grid->item(0, 1)->text(), Formatting::duration(m_fixture->context().locale(), 12 * 3600));
    QCOMPARE(grid->item(6, 0)->text(), QStringLiteral("closed"));

    HolidayModel *holidays = view.holidayModel();
    QCOMPARE(holidays->rowCount(), 6);
    // From 1 November 2026 the next closed days: Thanksgiving on the 26th,
    // Christmas on Friday 25 December, New Year's Day 2027 on Friday 1 January.
    QList<QDate> next;
    for (int row = 0; row < holidays->rowCount(); ++row)
        next << holidays->index(row, HolidayModel::NextDate).data(Formatting::RawValueRole).toDate();
    QVERIFY(next.contains(QDate(2026, 11, 26)));
    QVERIFY(next.contains(QDate(2026, 12, 25)));
    QVERIFY(next.contains(QDate(2027, 1, 1)));
    QVERIFY(next.contains(QDate(2027, 5, 31))); // Memorial Day, last Monday of May
    QVERIFY(next.contains(QDate(2027, 7, 5)));  // 4 July 2027 is a Sunday: observed Monday
}

void TestCalendarsView::holidayRulesInWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<int>("nth");
    QTest::addColumn<bool>("observed");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QDate>("nextFromNovember");

    QTest::newRow("thanksgiving") << int(HolidayRule::Kind::NthWeekday) << 11 << 0 << 4 << 4 << false
                                  << "The fourth Thursday of November" << QDate(2026, 11, 26);
    QTest::newRow("memorial day") << int(HolidayRule::Kind::LastWeekday) << 5 << 0 << 1 << 0 << false
                                  << "The last Monday of May" << QDate(2027, 5, 31);
    QTest::newRow("fixed") << int(HolidayRule::Kind::FixedDay) << 12 << 26 << 0 << 0 << false
                           << "Every December 26" << QDate(2026, 12, 26);
    QTest::newRow("fixed observed")
        << int(HolidayRule::Kind::FixedDay) << 7 << 4 << 0 << 0 << true
        << "Every July 4, on the Friday before or the Monday after when it falls on a weekend"
        << QDate(2027, 7, 5);
}

void TestCalendarsView::holidayRulesInWords()
{
    QFETCH(int, kind);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, weekday);
    QFETCH(int, nth);
    QFETCH(bool, observed);
    QFETCH(QString, words);
    QFETCH(QDate, nextFromNovember);
    HolidayRule rule;
    rule.kind = HolidayRule::Kind(kind);
    rule.month = month;
    rule.day = day;
    rule.weekday = weekday;
    rule.nth = nth;
    rule.observed = observed;
    QCOMPARE(HolidayModel::describe(rule, QLocale(QLocale::English, QLocale::UnitedStates)), words);
    QCOMPARE(HolidayModel::nextDate(rule, QDate(2026, 11, 1)), nextFromNovember);
}

void TestCalendarsView::hoursEditorNamesMistakes()
{
    WeeklyHoursEditor editor;
    editor.textEdit()->setText(QStringLiteral("mon-fri 09:00-25:00"));
    QVERIFY(!editor.schedule());
    QVERIFY(!editor.errorText().isEmpty());
    editor.textEdit()->setText(QStringLiteral("fri 22:00-02:00; sat 10:00-14:00"));
    QVERIFY(editor.schedule());
    QVERIFY(editor.errorText().isEmpty());
    QVERIFY(editor.grid()->item(4, 0)->text().contains(QStringLiteral("next day")));
    QCOMPARE(editor.grid()->item(4, 1)->text(), Formatting::duration(QLocale(), 4 * 3600));
}

void TestCalendarsView::editsAndSavesTheVendorCalendar()
{
    CalendarsView view(m_fixture->context());
    view.hoursEditor()->textEdit()->setText(QStringLiteral("mon-fri 07:00-19:00; sat 09:00-12:00"));
    view.zoneCombo()->setCurrentText(QStringLiteral("America/Denver"));
    QVERIFY(view.saveCalendar());
    const auto saved = CalendarStore(m_fixture->database()).findByName(Calendar::vendorDefaultName());
    QVERIFY(saved.ok());
    QCOMPARE(saved->timeZoneId, QStringLiteral("America/Denver"));
    QCOMPARE(saved->schedule[5], (QList<DailyInterval>{{9 * 60, 12 * 60}}));
    QCOMPARE(saved->holidays.size(), 6); // the holidays stay

    // A mistake in the hours is not saved.
    view.hoursEditor()->textEdit()->setText(QStringLiteral("mon-fri 07:00"));
    QVERIFY(!view.saveCalendar());
    QVERIFY(!view.messageLabel()->text().isEmpty());
    QCOMPARE(CalendarStore(m_fixture->database()).findByName(Calendar::vendorDefaultName())->timeZoneId,
             QStringLiteral("America/Denver"));
}

void TestCalendarsView::addsAndRemovesHolidays()
{
    CalendarsView view(m_fixture->context());
    HolidayRule rule;
    rule.kind = HolidayRule::Kind::Date;
    rule.date = QDate(2026, 11, 27);
    rule.name = QStringLiteral("Day after Thanksgiving");
    QVERIFY(view.addHoliday(rule));
    QCOMPARE(view.holidayModel()->rowCount(), 7);
    QCOMPARE(CalendarStore(m_fixture->database()).findByName(Calendar::vendorDefaultName())->holidays.size(),
             7);
    QVERIFY(CalendarStore(m_fixture->database())
                .findByName(Calendar::vendorDefaultName())
                ->isHoliday(QDate(2026, 11, 27)));
}

QTEST_MAIN(TestCalendarsView)
#include "tst_calendarsview.moc"
