#include "Cli.h"

#include "Commands.h"
#include "Database.h"
#include "Version.h"

#include <functional>
#include <map>

namespace {

const char usage[] = R"(usage: supportdesk-cli [--db PATH|postgresql://USER@HOST:PORT/DBNAME] COMMAND ...
       supportdesk-cli --help | --version

  account add NAME [--tz ZONE] [--calendar NAME] [--language en|fr] [--tam NAME] [--tam-email EMAIL]
              [--contact NAME] [--contact-email EMAIL]
  account set ACCOUNT [--name NAME] [--tz ZONE] [--calendar NAME] [--language en|fr] [--tam NAME] ...
  account show ACCOUNT
  calendar add NAME --tz ZONE --hours "mon-fri 09:00-17:00; sat 10:00-14:00"
  holiday add CALENDAR YYYY-MM-DD [--name TEXT]
  plan set ACCOUNT PLAN --from YYYY-MM-DD
  spend set ACCOUNT YYYY-MM AMOUNT
  product add NAME --category CATEGORY
  tickets import FILE [--from auto|supportdesk|zendesk|zendesk-json|freshdesk|jira|intercom|zammad|osticket|glpi]
                 [--zone ZONE] [--mapping NAME] [--account NAME] [--product NAME]
                 [--create-missing] [--dry-run] [--reconcile [--format text|csv]]
  tickets mapping list | show NAME | show --file EXPORT [--from SOURCE] [--zone ZONE]
  tickets mapping save NAME (--file EXPORT [--from SOURCE] [--zone ZONE] | --json MAPPING.json)
  tickets mapping remove NAME
  tickets export [--account NAME] [--month YYYY-MM] [--output FILE]
  report --month YYYY-MM[..YYYY-MM] [--account NAME] [--as-of TIMESTAMP] [--format text|csv|json]
  credits --month YYYY-MM[..YYYY-MM] [--account NAME] [--as-of TIMESTAMP] [--format text|csv|json]
  claim ACCOUNT YYYY-MM --filed YYYY-MM-DD
  risk [--account NAME] [--as-of TIMESTAMP] [--horizon 4h] [--format text|csv|json]
                                            exit code 3 when a month is broken or at risk
  plans [--spend AMOUNT] [--format text|csv|json]
  statement (ACCOUNT | --all) --month YYYY-MM [--as-of TIMESTAMP] [--language en|fr] [--format pdf|html]
            --output FILE|FOLDER           in the account's language unless --language
  review (ACCOUNT | --all) --quarter YYYY-Qn [--as-of TIMESTAMP] [--language en|fr] [--format pdf|html]
         --output FILE|FOLDER              --all: the accounts whose plan includes the review
  notes show ACCOUNT --quarter YYYY-Qn      the TAM's notes that end the review
  notes set ACCOUNT --quarter YYYY-Qn (--text TEXT | --file FILE|-)
  vendor set NAME | vendor logo FILE|--clear | vendor show
                                            who sends the statements, and its logo (PNG or JPEG)
  demo [--accounts N] [--tickets N] [--months N] [--seed N] [--as-of YYYY-MM-DD]
  db check                                  ok, or each problem found (exit code 1)
  db backup FILE                            (SQLite) a consistent copy, made while others work
  db restore FILE                           (SQLite) FILE checked, then put back in the store
  db roles --writer NAME --reader NAME      (PostgreSQL, run by the store's owner)

The store defaults to the application's data folder: )";

using Command = std::function<Status(const QStringList &, CommandContext &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("account"), runAccountCommand},     {QStringLiteral("calendar"), runCalendarCommand},
        {QStringLiteral("holiday"), runHolidayCommand},     {QStringLiteral("plan"), runPlanCommand},
        {QStringLiteral("spend"), runSpendCommand},         {QStringLiteral("product"), runProductCommand},
        {QStringLiteral("tickets"), runTicketsCommand},     {QStringLiteral("report"), runReportCommand},
        {QStringLiteral("credits"), runCreditsCommand},     {QStringLiteral("claim"), runClaimCommand},
        {QStringLiteral("plans"), runPlansCommand},         {QStringLiteral("risk"), runRiskCommand},
        {QStringLiteral("demo"), runDemoCommand},           {QStringLiteral("db"), runDbCommand},
        {QStringLiteral("statement"), runStatementCommand}, {QStringLiteral("vendor"), runVendorCommand},
        {QStringLiteral("review"), runReviewCommand},       {QStringLiteral("notes"), runNotesCommand},
    };
    return table;
}

} // namespace

int runCli(const QStringList &arguments, CliEnvironment &environment)
{
    QStringList words = arguments;
    QString databasePath;
    while (!words.isEmpty() && words.first().startsWith(u"--")) {
        const QString option = words.takeFirst();
        if (option == u"--help" || option == u"-h") {
            environment.out << usage << Database::defaultPath() << '\n';
            return 0;
        }
        if (option == u"--version") {
            environment.out << "supportdesk-cli " << supportDeskVersion() << '\n'
                            << versionDetails().join(u'\n') << '\n';
            return 0;
        }
        if (option == u"--db" && !words.isEmpty()) {
            databasePath = words.takeFirst();
        } else if (option.startsWith(u"--db=")) {
            databasePath = option.mid(5);
        } else {
            environment.err << "supportdesk-cli: unknown option " << option << "\n"
                            << usage << Database::defaultPath() << '\n';
            return 2;
        }
    }
    if (words.isEmpty()) {
        environment.err << usage << Database::defaultPath() << '\n';
        return 2;
    }
    const QString name = words.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end()) {
        environment.err << "supportdesk-cli: unknown command '" << name << "'\n";
        return 2;
    }
    if (databasePath.isEmpty())
        databasePath = Database::defaultPath();
    auto database = Database::open(databasePath);
    Status status = success();
    if (database) {
        CommandContext context{**database, environment};
        status = command->second(words, context);
    } else if (name == u"db" && database.errorKind() == Error::Kind::Damaged) {
        status = runDbCommandOnDamagedStore(words, databasePath, database.error(), environment);
    } else {
        status = database.error();
    }
    if (!status) {
        environment.err << "supportdesk-cli: " << status.message() << '\n';
        environment.err.flush();
        return 1;
    }
    environment.out.flush();
    // A full disk or a closed pipe: the output a script relies on is lost,
    // which must not pass for success.
    if (environment.out.status() != QTextStream::Ok) {
        environment.err << "supportdesk-cli: the output could not be written (disk full or closed?)\n";
        return 1;
    }
    return environment.findingExitCode;
}
