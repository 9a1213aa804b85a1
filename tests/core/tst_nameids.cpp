// The ids of names as an import asks them for each row: every name found
// with its own id, however alike the names, and nothing else.
#include "NameIds.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNameIds : public QObject
{
    Q_OBJECT

private slots:
    void findsEachNameAndNoOther();
    void findsNothingInAnEmptyTable();
};

void TestNameIds::findsEachNameAndNoOther()
{
    // Numbered names that share their start, end and length, accents, a
    // character outside the BMP and the empty name.
    QHash<QString, qint64> ids;
    for (int i = 0; i < 3000; ++i)
        ids.insert(u"Customer %1 Ltd"_s.arg(i, 4, 10, QLatin1Char('0')), 1000 + i);
    ids.insert(u"Société Générale d'Études"_s, 7);
    ids.insert(u"Lancement 🚀"_s, 8);
    ids.insert(QString(), 9);
    const NameIds table(ids);
    // Twice: the second time names alike meet the recent ones they evicted.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto named = ids.cbegin(); named != ids.cend(); ++named) {
            const qint64 *found = table.find(named.key());
            QVERIFY2(found, qPrintable(named.key()));
            QCOMPARE(*found, named.value());
            QCOMPARE(*table.find(named.key()), named.value()); // now a recent one
        }
    }
    // A copy keeps its own recent names, the original gone.
    auto original = std::make_unique<NameIds>(table);
    QCOMPARE(*original->find(u"Customer 0042 Ltd"_s), qint64(1042));
    const NameIds copy = *original;
    original.reset();
    QCOMPARE(*copy.find(u"Customer 0042 Ltd"_s), qint64(1042));
    for (const QString &absent : {u"Customer 3000 Ltd"_s, u"customer 0001 Ltd"_s, u"Customer 0001 Ltd "_s,
                                  u"Societe Generale d'Etudes"_s, u"Lancement"_s, u" "_s}) {
        QVERIFY2(!table.find(absent), qPrintable(absent));
    }
}

void TestNameIds::findsNothingInAnEmptyTable()
{
    QVERIFY(!NameIds().find(u"Acme"));
    QVERIFY(!NameIds(QHash<QString, qint64>()).find(QString()));
}

QTEST_APPLESS_MAIN(TestNameIds)
#include "tst_nameids.moc"
