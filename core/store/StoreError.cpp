#include "StoreError.h"

#include <QSqlError>

namespace {

// SQLite's primary result codes (sqlite3.h), which Qt's driver reports as
// the native code of its errors.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

} // namespace

Error::Kind sqliteErrorKind(int code)
{
    // Extended codes keep the primary one in their low byte.
    switch (code & 0xff) {
    case SqliteBusy:
    case SqliteLocked: return Error::Kind::Busy;
    case SqliteReadOnly: return Error::Kind::ReadOnly;
    case SqliteCorrupt:
    case SqliteNotADatabase: return Error::Kind::Damaged;
    default: return Error::Kind::Storage;
    }
}

Error::Kind storeErrorKind(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE codes are five characters (some all digits);
    // SQLite's numbers have at most four digits.
    bool numeric = false;
    const int sqliteCode = code.section(u' ', 0, 0).toInt(&numeric);
    if (numeric && code.size() != 5)
        return sqliteErrorKind(sqliteCode);
    if (code == u"XX001" || code == u"XX002") // data_corrupted, index_corrupted
        return Error::Kind::Damaged;
    // lock_not_available, deadlock_detected, serialization_failure
    if (code == u"55P03" || code == u"40P01" || code == u"40001")
        return Error::Kind::Busy;
    // insufficient_privilege, read_only_sql_transaction
    if (code == u"42501" || code == u"25006")
        return Error::Kind::ReadOnly;
    return Error::Kind::Storage;
}
