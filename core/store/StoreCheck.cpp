#include "StoreCheck.h"

#include "Database.h"
#include "StoreError.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

using ReadFailure = std::function<Error(const QSqlError &)>;

QString detailOf(const QSqlError &error)
{
    return error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
}

// A statement of a check that fails because the store is damaged has found
// what the check looks for: a problem. Any other failure stops the check.
Status noteFailure(const QSqlError &error, const ReadFailure &readFailure, StoreCheck &check)
{
    if (storeErrorKind(error) != Error::Kind::Damaged)
        return readFailure(error);
    check.problems << detailOf(error);
    return success();
}

// Debian 12's SQLite 3.40.1 reports "NULL value in T.C" for a NOT NULL
// column declared before a primary key column of a WITHOUT ROWID table
// (plan_history.plan_id) although no row holds a NULL: such a line is
// believed only when a query finds the NULL.
Expected<bool> disprovedNullReport(const QSqlDatabase &connection, const QString &report,
                                   const ReadFailure &readFailure)
{
    static const QRegularExpression nullValue(QStringLiteral("^NULL value in (\\w+)\\.(\\w+)$"));
    const auto match = nullValue.match(report);
    if (!match.hasMatch())
        return false;
    const QSqlDriver *driver = connection.driver();
    QSqlQuery query(connection);
    // The names are the \w+ words of SQLite's own report, quoted.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL")
                        .arg(driver->escapeIdentifier(match.captured(1), QSqlDriver::TableName),
                             driver->escapeIdentifier(match.captured(2), QSqlDriver::FieldName)))) {
        if (storeErrorKind(query.lastError()) == Error::Kind::Damaged)
            return false;
        return readFailure(query.lastError());
    }
    if (query.next())
        return query.value(0).toLongLong() == 0;
    if (query.lastError().isValid() && storeErrorKind(query.lastError()) != Error::Kind::Damaged)
        return readFailure(query.lastError());
    return false;
}

} // namespace

Expected<StoreCheck> StoreCheck::ofSqlite(const QSqlDatabase &connection, const ReadFailure &readFailure)
{
    StoreCheck check;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (const Status noted = noteFailure(query.lastError(), readFailure, check); !noted)
            return noted.error();
        return check;
    }
    QStringList reports;
    while (query.next()) {
        // A report may hold several lines under a heading naming the
        // database, which is always "main" here: one problem a line.
        for (const QString &line : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"*** in database "))
                reports << line;
        }
    }
    const QSqlError stoppedAt = query.lastError();
    query.finish();
    for (const QString &report : std::as_const(reports)) {
        if (report == u"ok")
            continue;
        const auto disproved = disprovedNullReport(connection, report, readFailure);
        if (!disproved)
            return disproved.error();
        (*disproved ? check.disprovedReports : check.problems) << report;
    }
    // After the pages it names: the reason the check could not go on.
    if (stoppedAt.isValid()) {
        if (const Status noted = noteFailure(stoppedAt, readFailure, check); !noted)
            return noted.error();
    }

    // Both statements stop on the same damaged page with the same words.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        if (const Status noted = noteFailure(query.lastError(), readFailure, check); !noted)
            return noted.error();
        check.problems.removeDuplicates();
        return check;
    }
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString parent = query.value(2).toString();
        check.problems << (query.isNull(1) ? tr("a row of %1 refers to a row of %2 that "
                                                "does not exist")
                                                 .arg(table, parent)
                                           : tr("row %1 of %2 refers to a row of %3 that "
                                                "does not exist")
                                                 .arg(query.value(1).toString(), table, parent));
    }
    if (query.lastError().isValid()) {
        if (const Status noted = noteFailure(query.lastError(), readFailure, check); !noted)
            return noted.error();
    }
    check.problems.removeDuplicates();
    return check;
}

// Each table read to its end, every value of every row converted: a damaged
// row, page or value shows only when it is read.
Expected<StoreCheck> StoreCheck::ofPostgreSql(const Database &database)
{
    const QSqlDatabase connection = database.connection();
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (const Status read =
            database.read(query, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                "WHERE table_schema = current_schema() AND "
                                                "table_type = 'BASE TABLE' ORDER BY table_name"));
        !read)
        return read.error();
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (const Status ended = database.rowsEnded(query); !ended)
        return ended.error();

    StoreCheck check;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(connection);
        rows.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT * FROM ") +
                            connection.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        if (!rows.exec(sql)) {
            check.problems << table + QStringLiteral(": ") + detailOf(rows.lastError());
            continue;
        }
        const int columns = rows.record().count();
        while (rows.next()) {
            for (int column = 0; column < columns; ++column)
                static_cast<void>(rows.value(column)); // read for the reading's sake
        }
        if (rows.lastError().isValid())
            check.problems << table + QStringLiteral(": ") + detailOf(rows.lastError());
    }
    return check;
}
