#include "StatementCount.h"

#include "TestStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("statement_count_%1").arg(++counter);
}

// Every statement of the counter names the view or its functions, which is
// how count() tells them from the store's.
const QString CountedStatements = QStringLiteral(
    "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
    "WHERE d.datname = current_database() AND s.query NOT LIKE '%pg_stat_statements%'");
// How many entries the server has dropped to make room (pg_stat_statements.max),
// and when it last forgot every database's: a statement dropped or forgotten
// while counting would go uncounted.
const QString DroppedEntries =
    QStringLiteral("SELECT dealloc || ' ' || stats_reset::text FROM pg_stat_statements_info");
const QString ResetThisDatabase = QStringLiteral(
    "SELECT pg_stat_statements_reset(0, d.oid, 0) FROM pg_database d WHERE d.datname = current_database()");

} // namespace

StatementCount::StatementCount(const TestStore &store) : m_connectionName(uniqueConnectionName())
{
    if (!store.isPostgreSql() || store.location().isEmpty()) {
        m_error = QStringLiteral("statements are counted on PostgreSQL only");
        return;
    }
    const QUrl address(store.location());
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    connection.setHostName(address.host());
    connection.setPort(address.port(5432));
    connection.setUserName(address.userName());
    connection.setDatabaseName(address.path().mid(1));
    connection.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!connection.open()) {
        m_error = QStringLiteral("cannot connect to count statements: ") + connection.lastError().text();
        return;
    }
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")) ||
        !query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))) {
        m_error = QStringLiteral("cannot install pg_stat_statements: ") + query.lastError().text();
    }
}

StatementCount::~StatementCount()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StatementCount::reset()
{
    if (!ok())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(ResetThisDatabase)) {
        m_error = QStringLiteral("cannot reset pg_stat_statements: ") + query.lastError().text();
        return false;
    }
    m_droppedAtReset = droppedEntries();
    return !m_droppedAtReset.isEmpty();
}

bool StatementCount::someWereDropped()
{
    const QString dropped = droppedEntries();
    return dropped.isEmpty() || dropped != m_droppedAtReset;
}

QString StatementCount::droppedEntries()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(DroppedEntries) || !query.next()) {
        m_error = QStringLiteral("cannot read pg_stat_statements_info: ") + query.lastError().text();
        return QString();
    }
    return query.value(0).toString();
}

qint64 StatementCount::count()
{
    if (!ok())
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(CountedStatements) || !query.next()) {
        m_error = QStringLiteral("cannot read pg_stat_statements: ") + query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}
