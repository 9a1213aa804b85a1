// "db check", "db backup FILE" and "db restore FILE": the whole store
// checked, copied and put back (see StoreMaintenance).
#include "Commands.h"
#include "Database.h"
#include "StoreMaintenance.h"

#include <QFileInfo>

namespace {

Status withCommand(const QString &command, const Error &error)
{
    return error.reworded(QStringLiteral("%1: %2").arg(command, error.message));
}

// "ok", or each problem on a line of its own and the failure that makes the
// exit code 1.
Status reportCheck(const Expected<StoreCheck> &check, const QString &location, bool postgreSql,
                   CliEnvironment &environment)
{
    if (!check)
        return withCommand(QStringLiteral("db check"), check.error());
    if (check->healthy()) {
        environment.out << "ok\n";
        return success();
    }
    for (const QString &problem : check->problems)
        environment.out << "problem: " << problem << '\n';
    const qsizetype count = check->problems.size();
    return Status::failure(
        Error::Kind::Damaged,
        QStringLiteral("db check: the store '%1' is damaged (%2 %3): %4")
            .arg(location)
            .arg(count)
            .arg(count == 1 ? QStringLiteral("problem") : QStringLiteral("problems"),
                 postgreSql ? QStringLiteral("put a backup back with pg_restore (db restore FILE says how)")
                            : QStringLiteral("put a backup back with supportdesk-cli db restore FILE")));
}

Expected<QString> fileArgument(const QStringList &words, const QString &command)
{
    const auto args = Arguments::parse(words, {}, command);
    if (!args)
        return args.error();
    if (const Status status = args->expectPositional({QStringLiteral("FILE")}); !status)
        return status.error();
    return args->positional().first();
}

} // namespace

Status runDbCheck(const QStringList &words, CommandContext &context)
{
    const auto args = Arguments::parse(words, {}, QStringLiteral("db check"));
    if (!args)
        return args.error();
    if (const Status status = args->expectPositional({}); !status)
        return status;
    const Database &database = context.database;
    return reportCheck(StoreMaintenance::check(database), database.location(),
                       database.engine() == StoreEngine::PostgreSql, context.environment);
}

Status runDbBackup(const QStringList &words, CommandContext &context)
{
    const auto file = fileArgument(words, QStringLiteral("db backup"));
    if (!file)
        return file.error();
    if (const Status saved = StoreMaintenance::backUp(context.database, *file); !saved)
        return withCommand(QStringLiteral("db backup"), saved.error());
    context.environment.out << "backed up to " << QFileInfo(*file).absoluteFilePath() << '\n';
    return success();
}

Status runDbRestore(const QStringList &words, CommandContext &context)
{
    const auto file = fileArgument(words, QStringLiteral("db restore"));
    if (!file)
        return file.error();
    const auto version = StoreMaintenance::restore(context.database, *file);
    if (!version)
        return withCommand(QStringLiteral("db restore"), version.error());
    context.environment.out << "restored from " << QFileInfo(*file).absoluteFilePath() << '\n';
    if (*version < Database::currentSchemaVersion()) {
        context.environment.out << "upgraded from schema version " << *version << " to "
                                << Database::currentSchemaVersion() << '\n';
    }
    return success();
}

Status runDbCommandOnDamagedStore(const QStringList &words, const QString &location, const Error &openError,
                                  CliEnvironment &environment)
{
    if (Database::isPostgreSqlAddress(location) || words.isEmpty())
        return openError;
    if (words.first() == u"check") {
        const auto check = StoreMaintenance::checkFile(location);
        // What kept it from opening is the problem the check did not see.
        if (check && check->healthy())
            return openError;
        return reportCheck(check, QFileInfo(location).absoluteFilePath(), false, environment);
    }
    if (words.first() == u"restore") {
        return openError.reworded(
            QStringLiteral(
                "%1\ndb restore: a store that does not open cannot take a backup: move '%2' and its "
                "-wal and -shm files aside, then run db restore again, which makes a new store "
                "there from the backup")
                .arg(openError.message, QFileInfo(location).absoluteFilePath()));
    }
    return openError;
}
