#include "AccountStore.h"
#include "AppContext.h"
#include "ClaimStore.h"
#include "ClaimTableModel.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "Timestamp.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text))->utcSeconds;
}

QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

// The decided claims: the day a claim was filed stays a date of the
// account's calendar, the moment it was decided is an instant written on
// the clock View → Times in chooses.
class TestClaimTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void showsTheDecisionOnTheChosenClock();
    void keepsTheFiledDateADate();
    void refusesAnUnknownZoneLikeTheReport();

private:
    std::unique_ptr<ContextFixture> m_fixture;
    qint64 m_pacific = 0;
    const qint64 m_decided = utc("2026-11-20T06:11:00Z");
};

void TestClaimTableModel::init()
{
    m_fixture = std::make_unique<ContextFixture>(utc("2026-11-25T12:00:00Z"));
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->context().setUserZone(QStringLiteral("Europe/Paris")));
    const auto pacific =
        AccountStore(m_fixture->database())
            .add(Account{0, QStringLiteral("Pacific"), QStringLiteral("America/Los_Angeles"), {}});
    QVERIFY(pacific.ok());
    m_pacific = *pacific;
    QVERIFY(ClaimStore(m_fixture->database())
                .record(m_pacific, YearMonth{2026, 10}, QDate(2026, 11, 19), ClaimOutcome::Accepted, 12500,
                        m_decided)
                .ok());
}

void TestClaimTableModel::showsTheDecisionOnTheChosenClock()
{
    AppContext &context = m_fixture->context();
    ClaimTableModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load({}).ok());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex decided = model.index(0, ClaimTableModel::Decided);
    QCOMPARE(model.headerData(ClaimTableModel::Decided, Qt::Horizontal).toString(),
             QStringLiteral("Decided"));
    QCOMPARE(plainSpaces(decided.data().toString()), QStringLiteral("11/20/2026 7:11 AM"));
    QCOMPARE(decided.data(Formatting::ExportTextRole).toString(),
             QStringLiteral("2026-11-20T07:11:00+01:00"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    context.setTimeMode(TimeDisplay::Mode::AccountZone);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(plainSpaces(decided.data().toString()), QStringLiteral("11/19/2026 10:11 PM PST"));
    QCOMPARE(plainSpaces(decided.data(Qt::ToolTipRole).toString()),
             QStringLiteral("The account's time zone (America/Los_Angeles): 11/19/2026 10:11 PM PST\n"
                            "Your time zone (Europe/Paris): 11/20/2026 7:11 AM"));
    QCOMPARE(decided.data(Formatting::ExportTextRole).toString(),
             QStringLiteral("2026-11-19T22:11:00-08:00"));

    context.setTimeMode(TimeDisplay::Mode::Utc);
    QCOMPARE(plainSpaces(decided.data().toString()), QStringLiteral("11/20/2026 6:11 AM UTC"));
    QCOMPARE(decided.data(Formatting::ExportTextRole).toString(), QStringLiteral("2026-11-20T06:11:00Z"));
    QCOMPARE(decided.data(Formatting::RawValueRole).toLongLong(), m_decided);
}

void TestClaimTableModel::keepsTheFiledDateADate()
{
    AppContext &context = m_fixture->context();
    ClaimTableModel model(context);
    QVERIFY(model.load({}).ok());
    const QModelIndex filed = model.index(0, ClaimTableModel::Filed);
    for (TimeDisplay::Mode mode :
         {TimeDisplay::Mode::UserZone, TimeDisplay::Mode::AccountZone, TimeDisplay::Mode::Utc}) {
        context.setTimeMode(mode);
        QCOMPARE(filed.data().toString(), QStringLiteral("11/19/2026"));
        QCOMPARE(filed.data(Formatting::RawValueRole).toDate(), QDate(2026, 11, 19));
        QVERIFY(!filed.data(Formatting::ExportTextRole).isValid());
    }
}

void TestClaimTableModel::refusesAnUnknownZoneLikeTheReport()
{
    QSqlQuery query(m_fixture->database().connection());
    query.prepare(QStringLiteral("UPDATE accounts SET time_zone = 'Mars/Olympus' WHERE id = ?"));
    query.addBindValue(m_pacific);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    ClaimTableModel model(m_fixture->context());
    const Status loaded = model.load({});
    QCOMPARE(loaded.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(loaded.message(), QStringLiteral("account 'Pacific' has an unknown time zone 'Mars/Olympus'"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestClaimTableModel)
#include "tst_claimtablemodel.moc"
