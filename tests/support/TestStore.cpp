#include "TestStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>

namespace {

QString uniqueName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++counter);
}

// Runs the statements on a connection of its own to `database` of the
// server, as the role of SUPPORTDESK_TEST_POSTGRES.
bool runOn(const QString &database, const QStringList &statements, QString *error)
{
    const QUrl server(TestStore::postgresServer());
    const QString connectionName = uniqueName(QStringLiteral("test_admin"));
    bool ok = true;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        connection.setHostName(server.host());
        connection.setPort(server.port(5432));
        connection.setUserName(server.userName());
        connection.setDatabaseName(database);
        connection.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!connection.open()) {
            ok = false;
            if (error)
                *error = connection.lastError().text();
        }
        QSqlQuery query(connection);
        if (ok)
            query.exec(QStringLiteral("SET client_min_messages = warning"));
        for (const QString &statement : statements) {
            if (!ok)
                break;
            if (!query.exec(statement)) {
                ok = false;
                if (error)
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
            }
        }
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

QString adminDatabase()
{
    return QUrl(TestStore::postgresServer()).path().mid(1);
}

} // namespace

TestStore::TestStore()
{
    if (postgresServer().isEmpty()) {
        m_location = m_dir.filePath(QStringLiteral("store.sqlite"));
        return;
    }
    m_location = createDatabase(uniqueName(QStringLiteral("supportdesk_test")));
}

TestStore::~TestStore()
{
    for (const QString &database : std::as_const(m_databases)) {
        QString error;
        // FORCE: a connection the test left open must not keep it.
        if (!runOn(adminDatabase(), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database)},
                   &error))
            qWarning("could not drop the test database %s: %s", qPrintable(database), qPrintable(error));
    }
}

QString TestStore::createDatabase(const QString &name)
{
    QString error;
    if (!runOn(adminDatabase(),
               {QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)}, &error)) {
        m_error = QStringLiteral("could not create the test database %1: %2").arg(name, error);
        return {};
    }
    m_databases << name;
    QUrl url(postgresServer());
    url.setPath(u'/' + name);
    return url.toString();
}

QString TestStore::location() const
{
    return m_location;
}

QString TestStore::error() const
{
    return m_error;
}

bool TestStore::isPostgreSql() const
{
    return !postgresServer().isEmpty();
}

QString TestStore::siblingLocation(const QString &name)
{
    if (!isPostgreSql())
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    return createDatabase(uniqueName(QStringLiteral("supportdesk_test")));
}

QString TestStore::locationAs(const QString &role) const
{
    QUrl url(m_location);
    url.setUserName(role);
    return url.toString();
}

bool TestStore::runAsAdmin(const QStringList &statements, QString *error) const
{
    if (!isPostgreSql())
        return false;
    return runOn(QUrl(m_location).path().mid(1), statements, error);
}

bool TestStore::runOnServer(const QStringList &statements, QString *error)
{
    return !postgresServer().isEmpty() && runOn(adminDatabase(), statements, error);
}

QString TestStore::postgresServer()
{
    return qEnvironmentVariable("SUPPORTDESK_TEST_POSTGRES");
}

QString TestStore::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}
