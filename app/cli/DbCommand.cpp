// "db roles": the two PostgreSQL roles a team shares a store with, one that
// may change it and one that may only read it; and the dispatch of the other
// db commands (StoreCommands.cpp).
#include "Arguments.h"
#include "Commands.h"
#include "Database.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Status execute(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1 (%2)").arg(query.lastError().databaseText().trimmed(), statement));
    return success();
}

// Role names go into the statements as identifiers, which cannot be bound:
// only plain lower-case names are taken, then quoted.
Status checkRoleName(const QString &name, const QString &option)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(name).hasMatch())
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("db roles: --%1 '%2' is not a plain role name (lower-case letters, "
                           "digits and _)")
                .arg(option, name));
    return success();
}

Status createRoles(Database &database, const QString &writerName, const QString &readerName)
{
    const QSqlDatabase connection = database.connection();
    const auto quote = [&](const QString &identifier) {
        return connection.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
    };
    QSqlQuery query(connection);
    if (Status status = execute(query, QStringLiteral("SELECT current_database(), current_schema()"));
        !status)
        return status;
    if (!query.next())
        return database.readFailure(query.lastError());
    const QString databaseName = quote(query.value(0).toString());
    const QString schema = quote(query.value(1).toString());
    const QString writer = quote(writerName);
    const QString reader = quote(readerName);

    for (const QString &role : {writerName, readerName}) {
        query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        query.addBindValue(role);
        const auto exists = database.readFirstRow(query);
        if (!exists)
            return exists.error();
        if (*exists)
            continue;
        if (Status status = execute(query, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quote(role))); !status)
            return status;
    }
    const QStringList statements{
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3").arg(databaseName, writer, reader),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(schema, writer, reader),
        // A role that was a writer before is a reader now: nothing more.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, reader),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, reader),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(schema, writer),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, writer),
        // Tables a later schema version adds, created by this same role.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
            .arg(schema, reader),
        QStringLiteral(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2")
            .arg(schema, writer),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT ON SEQUENCES TO %2")
            .arg(schema, writer),
    };
    for (const QString &statement : statements) {
        if (Status status = execute(query, statement); !status)
            return status;
    }
    return success();
}

} // namespace

Status runDbCommand(const QStringList &words, CommandContext &context)
{
    const QString subcommand = words.value(0);
    if (subcommand == u"check")
        return runDbCheck(words.mid(1), context);
    if (subcommand == u"backup")
        return runDbBackup(words.mid(1), context);
    if (subcommand == u"restore")
        return runDbRestore(words.mid(1), context);
    if (subcommand != u"roles")
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("db: expected 'db check', 'db backup FILE', 'db restore FILE' "
                                              "or 'db roles --writer NAME --reader NAME'"));
    const auto args = Arguments::parse(words.mid(1), {QStringLiteral("writer"), QStringLiteral("reader")},
                                       QStringLiteral("db roles"));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({}); !status)
        return status;
    const QString writer = args->option(QStringLiteral("writer"), QString());
    const QString reader = args->option(QStringLiteral("reader"), QString());
    if (writer.isEmpty() || reader.isEmpty())
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("db roles: give both --writer NAME and --reader NAME"));
    if (Status status = checkRoleName(writer, QStringLiteral("writer")); !status)
        return status;
    if (Status status = checkRoleName(reader, QStringLiteral("reader")); !status)
        return status;
    if (writer == reader)
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("db roles: the writer and the reader must be two roles"));
    Database &database = context.database;
    if (database.engine() != StoreEngine::PostgreSql) {
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("db roles: '%1' is a SQLite file: roles exist on PostgreSQL only "
                           "(who may change a file is decided by its permissions)")
                .arg(database.location()));
    }
    const Status created = database.transaction([&] { return createRoles(database, writer, reader); });
    if (!created) {
        return created.error().reworded(
            QStringLiteral("db roles: %1: run it as the role that owns the store (or an "
                           "administrator of the server); nothing was changed")
                .arg(created.message()));
    }
    context.environment.out << "'" << writer << "' may change the store and '" << reader
                            << "' may only read it; give each a password (psql: \\password " << writer
                            << ") and each colleague a ~/.pgpass line, then --db "
                            << database.location().replace(QRegularExpression(QStringLiteral("//[^@]*@")),
                                                           QStringLiteral("//") + writer + u'@')
                            << '\n';
    return success();
}
