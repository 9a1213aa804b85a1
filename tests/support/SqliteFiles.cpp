#include "SqliteFiles.h"

#include "Migrations.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <atomic>
#include <functional>

namespace SqliteFiles {

namespace {

// Runs `work` on a connection of its own to `path`, closed afterwards.
QString withConnection(const QString &path, const std::function<QString(QSqlDatabase &)> &work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("sqlite-files-%1").arg(++counter);
    QString result;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        result = connection.open() ? work(connection) : connection.lastError().text();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(u"--")))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QString createFromFixture(const QString &path, int version)
{
    const QString sql = QString::fromUtf8(
        TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("store/v%1.sql").arg(version))));
    if (sql.isEmpty())
        return QStringLiteral("no fixture for schema version %1").arg(version);
    // Pragmas take no bound values; both numbers are our own.
    return exec(path, statementsOf(sql)
                          << QStringLiteral("PRAGMA application_id = %1").arg(Migrations::applicationId())
                          << QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString exec(const QString &path, const QStringList &statements)
{
    return withConnection(path, [&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return query.lastError().text() + QStringLiteral(" in ") + statement;
        }
        return QString();
    });
}

QString firstValue(const QString &path, const QString &statement)
{
    return withConnection(path, [&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        if (!query.exec(statement))
            return query.lastError().text();
        return query.next() ? query.value(0).toString() : QString();
    });
}

QMap<QString, QStringList> dump(const QString &path)
{
    QMap<QString, QStringList> tables;
    const QString failed = withConnection(path, [&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                       "LIKE 'sqlite_%' ORDER BY name")))
            return query.lastError().text();
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            // The names come from the store's own schema.
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                return query.lastError().text();
            QStringList rows;
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                rows << values.join(u'|');
            }
            if (query.lastError().isValid())
                return query.lastError().text();
            rows.sort();
            tables.insert(table, rows);
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return query.lastError().text();
        tables.insert(QStringLiteral("user_version"), {query.value(0).toString()});
        return QString();
    });
    if (!failed.isEmpty())
        tables.insert(QStringLiteral("error"), {failed});
    return tables;
}

QString damageTable(const QString &path, const QString &table)
{
    qint64 pageSize = 0;
    qint64 page = 0;
    const QString failed = withConnection(path, [&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
            !query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return query.lastError().text();
        pageSize = query.value(0).toLongLong();
        // The table's leaves in key order; the name is the test's own.
        if (!query.exec(QStringLiteral(
                            "SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY path")
                            .arg(table)))
            return query.lastError().text();
        QList<qint64> leaves;
        while (query.next())
            leaves << query.value(0).toLongLong();
        if (leaves.size() < 3)
            return QStringLiteral("%1 has %2 leaf pages: too few to damage one in the middle")
                .arg(table)
                .arg(leaves.size());
        page = leaves.at(leaves.size() / 2);
        return QString();
    });
    if (!failed.isEmpty())
        return failed;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return file.errorString();
    if (file.write(QByteArray(int(pageSize / 8), '\xA5')) != pageSize / 8)
        return file.errorString();
    return QString();
}

} // namespace SqliteFiles
