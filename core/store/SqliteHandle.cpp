#include "SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <atomic>
#include <sqlite3.h>

const NativeSqlite &nativeSqlite()
{
    // A private in-memory connection, so that any thread may ask first.
    static const NativeSqlite checked = [] {
        NativeSqlite result;
        result.linkedVersion = QString::fromLatin1(sqlite3_libversion());
        const QString name = QStringLiteral("supportdesk-native-sqlite-check");
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            probe.setDatabaseName(QStringLiteral(":memory:"));
            if (probe.open()) {
                QSqlQuery query(probe);
                if (query.exec(QStringLiteral("SELECT sqlite_source_id(), sqlite_version()")) &&
                    query.next()) {
                    result.sameLibrary = query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
                    result.driverVersion = query.value(1).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return checked;
}

namespace {

std::atomic<bool> portableOnly{false};

} // namespace

void usePortableSqlitePaths(bool portable)
{
    portableOnly = portable;
}

sqlite3 *sqliteHandleOf(const QSqlDatabase &connection)
{
    if (connection.driverName() != QLatin1String("QSQLITE") || !connection.driver())
        return nullptr;
    if (portableOnly || !nativeSqlite().sameLibrary)
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError sqliteError(sqlite3 *handle)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(handle)));
}

bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values)
{
    int parameter = 0;
    for (const QVariant &value : values) {
        ++parameter;
        int bound = SQLITE_OK;
        if (value.isNull()) {
            bound = sqlite3_bind_null(statement, parameter);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool: bound = sqlite3_bind_int64(statement, parameter, value.toLongLong()); break;
            case QMetaType::Double:
                bound = sqlite3_bind_double(statement, parameter, value.toDouble());
                break;
            case QMetaType::QString: {
                const QByteArray utf8 = value.toString().toUtf8();
                bound = sqlite3_bind_text(statement, parameter, utf8.constData(), int(utf8.size()),
                                          SQLITE_TRANSIENT);
                break;
            }
            default: return false;
            }
        }
        if (bound != SQLITE_OK)
            return false;
    }
    return true;
}

SqliteStatement::SqliteStatement(sqlite3 *handle, const char *sql)
{
    if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}
