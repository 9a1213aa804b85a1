#include "Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList schemaObjects(const QSqlDatabase &connection, const QString &type)
{
    QStringList names;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' "
                                 "ORDER BY name"));
    query.addBindValue(type);
    query.exec();
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool exec(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    return query.exec(statement);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        static int counter = 0;
        const QString name = QStringLiteral("migrations-%1").arg(++counter);
        m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        m_connection.setDatabaseName(m_dir.filePath(name + QStringLiteral(".sqlite")));
        QVERIFY(m_connection.open());
        QVERIFY(exec(m_connection, QStringLiteral("PRAGMA foreign_keys = ON")));
    }

    void cleanup()
    {
        const QString name = m_connection.connectionName();
        m_connection.close();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    void migratesFromEmpty()
    {
        QCOMPARE(*Migrations::version(m_connection), 0);
        const Status status = Migrations::migrate(m_connection);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(*Migrations::version(m_connection), 6);
        QCOMPARE(Migrations::latestVersion(), 6);

        QSqlQuery query(m_connection);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Migrations::applicationId());

        const QStringList tables{QStringLiteral("accounts"),     QStringLiteral("calendar_hours"),
                                 QStringLiteral("calendars"),    QStringLiteral("claims"),
                                 QStringLiteral("holidays"),     QStringLiteral("import_mappings"),
                                 QStringLiteral("plan_history"), QStringLiteral("plan_terms"),
                                 QStringLiteral("plans"),        QStringLiteral("products"),
                                 QStringLiteral("review_notes"), QStringLiteral("settings"),
                                 QStringLiteral("spend"),        QStringLiteral("tickets")};
        QCOMPARE(schemaObjects(m_connection, QStringLiteral("table")), tables);
        const QStringList indexes = schemaObjects(m_connection, QStringLiteral("index"));
        QVERIFY(indexes.contains(QStringLiteral("tickets_by_account_created")));
        QVERIFY(indexes.contains(QStringLiteral("tickets_by_created")));
        // Version 3 leaves out the index of tickets by product alone.
        QVERIFY(!indexes.contains(QStringLiteral("tickets_by_product")));
        // Version 4 indexes the ticket table's orders on PostgreSQL only:
        // SQLite's schema stays that of version 3.
        QVERIFY(!indexes.contains(QStringLiteral("tickets_by_subject_text")));
        QVERIFY(!indexes.contains(QStringLiteral("accounts_by_name_text")));
    }

    void migratingAgainChangesNothing()
    {
        QVERIFY(Migrations::migrate(m_connection).ok());
        QVERIFY(
            exec(m_connection, QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")));
        QVERIFY(Migrations::migrate(m_connection).ok());
        QCOMPARE(*Migrations::version(m_connection), Migrations::latestVersion());
        QSqlQuery query(m_connection);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'kept'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("yes"));
    }

    void stopsAtTheTargetVersion()
    {
        QVERIFY(Migrations::migrate(m_connection, 0).ok());
        QCOMPARE(*Migrations::version(m_connection), 0);
        QVERIFY(schemaObjects(m_connection, QStringLiteral("table")).isEmpty());
    }

    void refusesANewerVersion()
    {
        QVERIFY(exec(m_connection,
                     QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        const Status status = Migrations::migrate(m_connection);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("newer version")), qPrintable(status.message()));
        QCOMPARE(*Migrations::version(m_connection), Migrations::latestVersion() + 1);
        QVERIFY(schemaObjects(m_connection, QStringLiteral("table")).isEmpty());
    }

    void aFailedStepLeavesThePreviousVersion()
    {
        // A table in the way makes step 1 fail half-way: none of it may remain.
        QVERIFY(exec(m_connection, QStringLiteral("CREATE TABLE tickets (x)")));
        const Status status = Migrations::migrate(m_connection);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("schema version 1")), qPrintable(status.message()));
        QCOMPARE(*Migrations::version(m_connection), 0);
        QCOMPARE(schemaObjects(m_connection, QStringLiteral("table")),
                 QStringList{QStringLiteral("tickets")});
    }

    void schemaGuardsItsRows_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("account without its calendar")
            << QStringLiteral("INSERT INTO accounts (name, calendar_id) VALUES ('Acme', 99)");
        QTest::newRow("negative spend") << QStringLiteral(
            "INSERT INTO spend (account_id, month, amount_cents) VALUES (1, '2026-10', -1)");
        QTest::newRow("response before creation") << QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, "
            "created_at, first_response_at) VALUES (1, 'T-2', 's', 0, 1, 0, 100, 99)");
        QTest::newRow("resolution before creation") << QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, "
            "created_at, resolved_at) VALUES (1, 'T-2', 's', 0, 1, 0, 100, 99)");
        QTest::newRow("same ticket id twice in an account") << QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, "
            "created_at) VALUES (1, 'T-1', 's', 0, 1, 0, 100)");
        QTest::newRow("priority P4") << QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, "
            "created_at) VALUES (1, 'T-3', 's', 3, 1, 0, 100)");
        QTest::newRow("unknown product category")
            << QStringLiteral("INSERT INTO products (name, category) VALUES ('Fax', 'retired')");
        QTest::newRow("second accepted claim for a month") << QStringLiteral(
            "INSERT INTO claims (account_id, month, filed_date, outcome, amount_cents, recorded_at) "
            "VALUES (1, '2026-10', '2026-11-02', 'accepted', 100, 0)");
        QTest::newRow("an empty interval")
            << QStringLiteral("INSERT INTO calendar_hours (calendar_id, weekday, start_minute, end_minute) "
                              "VALUES (1, 0, 600, 600)");
    }

    void schemaGuardsItsRows()
    {
        QFETCH(QString, statement);
        QVERIFY(Migrations::migrate(m_connection).ok());
        for (const char *setup :
             {"INSERT INTO calendars (id, name, time_zone) VALUES (1, 'Office', 'UTC')",
              "INSERT INTO accounts (id, name, calendar_id) VALUES (1, 'Zeta', 1)",
              "INSERT INTO products (id, name, category) VALUES (1, 'Voice', 'ga')",
              "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, "
              "created_at) "
              "VALUES (1, 'T-1', 's', 0, 1, 0, 100)",
              "INSERT INTO claims (account_id, month, filed_date, outcome, amount_cents, recorded_at) "
              "VALUES (1, '2026-10', '2026-11-01', 'accepted', 100, 0)"}) {
            QVERIFY2(exec(m_connection, QLatin1String(setup)), setup);
        }
        QVERIFY(!exec(m_connection, statement));
    }

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_connection;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
