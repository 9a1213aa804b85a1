#pragma once

#include "Arguments.h"
#include "Cli.h"
#include "Expected.h"

#include <QStringList>

class Database;

// Each command reads its words, works on the open store and writes its
// output; a failure is a message for stderr, and the store is left as it was.
struct CommandContext
{
    Database &database;
    CliEnvironment &environment;
};

// An --as-of without an offset is read in the account's zone when the
// command is for one account, and in UTC when it spans accounts.
Expected<qint64> parseAsOf(Database &database, const QString &text, const QString &accountName);

Status runAccountCommand(const QStringList &words, CommandContext &context);
Status runCalendarCommand(const QStringList &words, CommandContext &context);
Status runHolidayCommand(const QStringList &words, CommandContext &context);
Status runPlanCommand(const QStringList &words, CommandContext &context);
Status runSpendCommand(const QStringList &words, CommandContext &context);
Status runProductCommand(const QStringList &words, CommandContext &context);
Status runTicketsCommand(const QStringList &words, CommandContext &context);
Status runTicketsImport(const QStringList &words, CommandContext &context);
Status runTicketsMapping(const QStringList &words, CommandContext &context);
Status runReportCommand(const QStringList &words, CommandContext &context);
Status runCreditsCommand(const QStringList &words, CommandContext &context);
Status runClaimCommand(const QStringList &words, CommandContext &context);
Status runRiskCommand(const QStringList &words, CommandContext &context);
Status runPlansCommand(const QStringList &words, CommandContext &context);
Status runDemoCommand(const QStringList &words, CommandContext &context);
Status runStatementCommand(const QStringList &words, CommandContext &context);
Status runReviewCommand(const QStringList &words, CommandContext &context);
Status runNotesCommand(const QStringList &words, CommandContext &context);
Status runVendorCommand(const QStringList &words, CommandContext &context);
Status runDbCommand(const QStringList &words, CommandContext &context);
Status runDbCheck(const QStringList &words, CommandContext &context);
Status runDbBackup(const QStringList &words, CommandContext &context);
Status runDbRestore(const QStringList &words, CommandContext &context);
// A SQLite store that does not open because it is damaged: "db check"
// checks the file itself and "db restore" says how to put a backup back;
// anything else fails with `openError`.
Status runDbCommandOnDamagedStore(const QStringList &words, const QString &location, const Error &openError,
                                  CliEnvironment &environment);
