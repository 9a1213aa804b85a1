#include "AccountStore.h"
#include "Database.h"
#include "ProductStore.h"
#include "StoreFixture.h"
#include "TicketImporter.h"
#include "TicketStore.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Phase = ImportProgress::Phase;

Q_DECLARE_METATYPE(ImportProgress::Phase)

namespace {

const QByteArray Header =
    "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n";

// A file large enough for the store to rebuild its indexes at the end.
QByteArray manyRows(int count)
{
    QByteArray bytes = Header;
    bytes.reserve(count * 100);
    for (int n = 0; n < count; ++n) {
        bytes += "T-" + QByteArray::number(n) + ",acme,A subject long enough for a row of a real export," +
                 "P2,voice,chat,2026-03-02T10:00:00Z,2026-03-02T10:05:00Z,2026-03-03T09:00:00Z\n";
    }
    return bytes;
}

} // namespace

// The phases an import tells: writing while the rows are read, then the
// rebuilding of the indexes and the saving, which count nothing but can take
// seconds; a cancel in any of them leaves the store as it was.
class TestImportPhases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Account account;
        account.name = u"acme"_s;
        QVERIFY(AccountStore(m_fixture->database()).add(account).ok());
        QVERIFY(ProductStore(m_fixture->database()).add(u"voice"_s, ProductCategory::Ga).ok());
        m_path = m_fixture->store().filePath(u"t.csv"_s);
        QFile file(m_path);
        const QByteArray bytes = manyRows(40000);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        m_size = bytes.size();
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void cancelInAnyPhaseChangesNothing_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::newRow("writing") << Phase::Writing;
        QTest::newRow("indexing") << Phase::Indexing;
        QTest::newRow("committing") << Phase::Committing;
    }
    void cancelInAnyPhaseChangesNothing()
    {
        QFETCH(Phase, phase);
        QList<Phase> seen;
        const auto result =
            TicketImporter(m_fixture->database()).importFile(m_path, [&](const ImportProgress &progress) {
                seen.append(progress.phase);
                // The first report of writing is the start: cancel at the next.
                return !(progress.phase == phase && (phase != Phase::Writing || seen.size() > 1));
            });
        QVERIFY(!result.ok());
        QCOMPARE(result.message(), u"t.csv: import cancelled; nothing was changed"_s);
        QCOMPARE(seen.last(), phase);
        QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
    }

    // Last, as it keeps what it imports.
    void phasesComeInOrder()
    {
        QList<ImportProgress> seen;
        const auto result =
            TicketImporter(m_fixture->database()).importFile(m_path, [&](const ImportProgress &progress) {
                seen.append(progress);
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->tickets, qint64(40000));
        QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(40000));

        QVERIFY(seen.size() >= 5);
        // Writing from no byte read, a report every 16,384 rows, counting up.
        QCOMPARE(seen.first().phase, Phase::Writing);
        QCOMPARE(seen.first().done, qint64(0));
        qint64 done = 0;
        for (qsizetype i = 0; i < seen.size() - 2; ++i) {
            QCOMPARE(seen[i].phase, Phase::Writing);
            QCOMPARE(seen[i].total, m_size);
            QVERIFY(seen[i].done >= done && seen[i].done <= m_size);
            done = seen[i].done;
        }
        QCOMPARE(seen.size() - 2, 1 + 40000 / 16384);
        QCOMPARE(seen[seen.size() - 2].phase, Phase::Indexing);
        QCOMPARE(seen.last().phase, Phase::Committing);
        QCOMPARE(seen.last().done, qint64(0));
        QCOMPARE(seen.last().total, qint64(0));
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
    QString m_path;
    qint64 m_size = 0;
};

QTEST_GUILESS_MAIN(TestImportPhases)
#include "tst_importphases.moc"
