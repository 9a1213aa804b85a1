#pragma once

#include <QSqlDatabase>
#include <QString>

// The store engines SupportDesk runs on.
enum class StoreEngine : quint8 {
    Sqlite,
    PostgreSql,
};

// The few spellings in which SQLite and PostgreSQL differ. Everything else the
// stores write is SQL both accept; a difference goes here, not into a store.
class SqlDialect
{
public:
    explicit SqlDialect(StoreEngine engine) : m_engine(engine) {}
    // The engine of an open connection, told by its Qt driver.
    static SqlDialect of(const QSqlDatabase &connection);

    StoreEngine engine() const { return m_engine; }
    bool isPostgreSql() const { return m_engine == StoreEngine::PostgreSql; }

    // A table statement of the schema written for SQLite, spelled for this
    // engine: on PostgreSQL an INTEGER PRIMARY KEY becomes an identity column,
    // every integer 64 bits as SQLite's are, text compared byte by byte as
    // SQLite does (whatever the database's locale), and WITHOUT ROWID goes.
    QString schema(const QString &sqliteStatement) const;
    // A column that keeps the order rows were inserted in, for tables whose
    // insertion order matters: SQLite's implicit rowid, a hidden identity on
    // PostgreSQL. `implicitRowColumn()` is what a table statement adds for it.
    QString rowOrder() const;
    QString implicitRowColumn() const;
    // `expression` for ordering and comparing without regard to letter case
    // (ASCII letters, as SQLite's NOCASE).
    QString caseInsensitive(const QString &expression) const;
    // LIKE without regard to letter case.
    QString likeOperator() const;
    // The statement that starts a write transaction.
    QString beginWrite() const;

private:
    StoreEngine m_engine;
};
