// The distinct values of an export's priority, channel and organisation
// columns, as the import wizard's value maps list them.
#include "ExportValues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray ZendeskHeader =
    "Id,Organization,Subject,Priority,Via,Created at,Solved at,First reply time in "
    "minutes,First reply time in minutes within business hours\n";

QStringList valuesOf(const ColumnValues &column)
{
    QStringList values;
    for (const DistinctValue &value : column.values)
        values << QStringLiteral("%1=%2").arg(value.value).arg(value.rows);
    return values;
}

} // namespace

class TestExportValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countsTheValuesOfTheMappedColumns();
    void keepsAtMostTheMaximumPerColumn();
    void followsTheMappingGiven();
    void namesTheFileItCannotRead();

private:
    QString write(const QString &name, const QByteArray &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportValues::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestExportValues::write(const QString &name, const QByteArray &rows)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ZendeskHeader + rows);
    return path;
}

void TestExportValues::countsTheValuesOfTheMappedColumns()
{
    const QString path = write(QStringLiteral("zendesk.csv"), "1,Acme,A,Urgent,Email,2026-03-02 09:00,,,\n"
                                                              "2,Acme,B,urgent,Email,2026-03-02 09:00,,,\n"
                                                              "3,Acme,C, High ,Web,2026-03-02 09:00,,,\n"
                                                              "4,Globex,D,,web,2026-03-02 09:00,,,\n"
                                                              "5,,E,URGENT,Email,2026-03-02 09:00,,,\n");
    const auto values = distinctExportValues(path, {});
    QVERIFY2(values.ok(), qPrintable(values.message()));
    QCOMPARE(values->rows, qint64(5));
    QCOMPARE(values->priorities.column, QStringLiteral("Priority"));
    // Folded to lower case as the mapping keys them, a blank cell kept: it has a mapping of its own.
    QCOMPARE(valuesOf(values->priorities),
             (QStringList{QStringLiteral("urgent=3"), QStringLiteral("=1"), QStringLiteral("high=1")}));
    QVERIFY(values->priorities.complete());
    QCOMPARE(values->channels.column, QStringLiteral("Via"));
    QCOMPARE(valuesOf(values->channels), (QStringList{QStringLiteral("email=3"), QStringLiteral("web=2")}));
    // As written, a blank one left out: it takes the default account.
    QCOMPARE(values->accounts.column, QStringLiteral("Organization"));
    QCOMPARE(valuesOf(values->accounts), (QStringList{QStringLiteral("Acme=3"), QStringLiteral("Globex=1")}));
}

void TestExportValues::keepsAtMostTheMaximumPerColumn()
{
    QByteArray rows;
    for (int i = 0; i < 50; ++i)
        rows += QStringLiteral("%1,Org %2,S,Low,Email,2026-03-02 09:00,,,\n")
                    .arg(i)
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    rows += "50,Org 00,S,Low,Email,2026-03-02 09:00,,,\n";
    const auto values = distinctExportValues(write(QStringLiteral("many.csv"), rows), {}, 10);
    QVERIFY2(values.ok(), qPrintable(values.message()));
    QCOMPARE(values->rows, qint64(51));
    QCOMPARE(values->accounts.values.size(), 10);
    // The first ten met are the ones kept, and a kept value is still counted.
    QCOMPARE(values->accounts.values.first().value, QStringLiteral("Org 00"));
    QCOMPARE(values->accounts.values.first().rows, qint64(2));
    QCOMPARE(values->accounts.values.last().value, QStringLiteral("Org 09"));
    QCOMPARE(values->accounts.rowsNotListed, qint64(40));
    QVERIFY(!values->accounts.complete());
    QCOMPARE(valuesOf(values->priorities), QStringList{QStringLiteral("low=51")});
    QVERIFY(values->priorities.complete());
}

void TestExportValues::followsTheMappingGiven()
{
    const QString path =
        write(QStringLiteral("mapped.csv"), "1,Acme,Printer,Urgent,Email,2026-03-02 09:00,,,\n"
                                            "2,Acme,Login,Low,Email,2026-03-02 09:00,,,\n");
    HelpdeskImportOptions options;
    ImportMapping mapping;
    mapping.source = HelpdeskSource::Zendesk;
    mapping.column(TicketField::Priority) = QStringLiteral("Subject");
    options.mapping = mapping;
    const auto values = distinctExportValues(path, options);
    QVERIFY2(values.ok(), qPrintable(values.message()));
    QCOMPARE(values->priorities.column, QStringLiteral("Subject"));
    QCOMPARE(valuesOf(values->priorities),
             (QStringList{QStringLiteral("login=1"), QStringLiteral("printer=1")}));
    // No column mapped, no values.
    QVERIFY(values->channels.column.isEmpty());
    QVERIFY(values->channels.values.isEmpty());
    QVERIFY(values->accounts.values.isEmpty());
}

void TestExportValues::namesTheFileItCannotRead()
{
    const auto values = distinctExportValues(m_dir->filePath(QStringLiteral("missing.csv")), {});
    QVERIFY(!values.ok());
    QVERIFY2(values.message().contains(QStringLiteral("missing.csv")), qPrintable(values.message()));
}

QTEST_GUILESS_MAIN(TestExportValues)
#include "tst_exportvalues.moc"
