#include "Migrations.h"

#include "SqlDialect.h"
#include "StoreError.h"
#include "TicketQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <array>

namespace {

// "SDsk": lets a store be told apart from any other SQLite file.
constexpr int SupportDeskApplicationId = 0x5344736B;

// Written for SQLite; SqlDialect::schema() spells each table for the engine.
QStringList schemaVersion1(const SqlDialect &dialect)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE plans ("
                       " id TEXT PRIMARY KEY,"
                       " name_en TEXT NOT NULL,"
                       " name_fr TEXT NOT NULL,"
                       " position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE plan_terms ("
                       " plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                       " effective_from TEXT NOT NULL,"
                       " percent_bp INTEGER NOT NULL CHECK (percent_bp >= 0),"
                       " minimum_cents INTEGER NOT NULL CHECK (minimum_cents >= 0),"
                       " p1_clock TEXT NOT NULL CHECK (p1_clock IN ('none', 'business', 'continuous')),"
                       " p1_minutes INTEGER CHECK (p1_minutes IS NULL OR p1_minutes > 0),"
                       " p2_clock TEXT NOT NULL CHECK (p2_clock IN ('none', 'business', 'continuous')),"
                       " p2_minutes INTEGER CHECK (p2_minutes IS NULL OR p2_minutes > 0),"
                       " p3_clock TEXT NOT NULL CHECK (p3_clock IN ('none', 'business', 'continuous')),"
                       " p3_minutes INTEGER CHECK (p3_minutes IS NULL OR p3_minutes > 0),"
                       " features TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (plan_id, effective_from)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE calendars ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT UNIQUE NOT NULL,"
                       " time_zone TEXT NOT NULL)"),
        // weekday 0 is Monday; end_minute 1440 is 24:00, below start it crosses midnight.
        QStringLiteral("CREATE TABLE calendar_hours (") + dialect.implicitRowColumn() +
            QStringLiteral(" calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,"
                           " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),"
                           " start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
                           " end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440"
                           "   AND end_minute <> start_minute))"),
        QStringLiteral("CREATE INDEX calendar_hours_by_calendar ON calendar_hours(calendar_id, weekday)"),
        // The weekday of a holiday rule is ISO (1 Monday .. 7 Sunday), as in HolidayRule.
        QStringLiteral("CREATE TABLE holidays ("
                       " id INTEGER PRIMARY KEY,"
                       " calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('date', 'fixed', 'nth', 'last')),"
                       " date TEXT,"
                       " month INTEGER CHECK (month IS NULL OR month BETWEEN 1 AND 12),"
                       " day INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 31),"
                       " weekday INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 1 AND 7),"
                       " nth INTEGER CHECK (nth IS NULL OR nth BETWEEN 1 AND 5),"
                       " observed INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX holidays_by_calendar ON holidays(calendar_id)"),
        QStringLiteral("CREATE TABLE accounts ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT UNIQUE NOT NULL,"
                       " time_zone TEXT NOT NULL DEFAULT 'UTC',"
                       " calendar_id INTEGER NOT NULL REFERENCES calendars(id))"),
        QStringLiteral("CREATE INDEX accounts_by_calendar ON accounts(calendar_id)"),
        QStringLiteral("CREATE TABLE plan_history ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " plan_id TEXT NOT NULL REFERENCES plans(id),"
                       " effective_date TEXT NOT NULL,"
                       " PRIMARY KEY (account_id, effective_date)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX plan_history_by_plan ON plan_history(plan_id)"),
        QStringLiteral("CREATE TABLE spend ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " month TEXT NOT NULL,"
                       " amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),"
                       " PRIMARY KEY (account_id, month)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE products ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT UNIQUE NOT NULL,"
                       " category TEXT NOT NULL CHECK (category IN ('ga', 'alpha', 'beta', 'limited_release',"
                       "   'developer_preview', 'pilot', 'carrier', 'specialist_team', 'segment')))"),
        // Removing an account removes its tickets, spend, plan history and claims with it.
        QStringLiteral("CREATE TABLE tickets ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " ticket_id TEXT NOT NULL,"
                       " subject TEXT NOT NULL,"
                       " priority INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 2),"
                       " product_id INTEGER NOT NULL REFERENCES products(id),"
                       " channel INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 3),"
                       " created_at INTEGER NOT NULL,"
                       " first_response_at INTEGER,"
                       " resolved_at INTEGER,"
                       " UNIQUE (account_id, ticket_id),"
                       " CHECK (first_response_at IS NULL OR first_response_at >= created_at),"
                       " CHECK (resolved_at IS NULL OR resolved_at >= created_at))"),
        QStringLiteral("CREATE INDEX tickets_by_account_created ON tickets(account_id, created_at)"),
        QStringLiteral("CREATE INDEX tickets_by_created ON tickets(created_at, id)"),
        QStringLiteral("CREATE INDEX tickets_by_product ON tickets(product_id)"),
        QStringLiteral("CREATE TABLE claims ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " month TEXT NOT NULL,"
                       " filed_date TEXT NOT NULL,"
                       " outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'month_not_over', 'late',"
                       "   'already_claimed', 'no_missed_guarantee')),"
                       " amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),"
                       " recorded_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX claims_by_account ON claims(account_id, month)"),
        // A month's credit is granted once.
        QStringLiteral("CREATE UNIQUE INDEX claims_accepted_once ON claims(account_id, month)"
                       " WHERE outcome = 'accepted'"),
    };
    for (QString &statement : statements)
        statement = dialect.schema(statement);
    // PostgreSQL keeps the application id in supportdesk_meta instead.
    if (!dialect.isPostgreSql())
        statements.prepend(QStringLiteral("PRAGMA application_id = %1").arg(SupportDeskApplicationId));
    return statements;
}

// Optimistic locking: the rows people edit carry the version they are at, an
// edit saved against an older one is refused instead of overwriting the other.
QStringList schemaVersion2(const SqlDialect &dialect)
{
    QStringList statements;
    for (const char *table : {"accounts", "calendars", "plan_terms", "tickets"}) {
        statements << dialect.schema(
            QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                .arg(QLatin1String(table)));
    }
    return statements;
}

// No index of tickets by product alone: a handful of products over up to
// millions of tickets make it a poor one. The planner took it for a product
// filter and then sorted every ticket of the product for one page of the
// table (80 ms at a million, against 1 ms walking the creation order and
// skipping the other products), and every import rebuilt it (about 5% of
// the import). A count by product alone scans the table instead (7 -> 58 ms).
QStringList schemaVersion3(const SqlDialect &)
{
    return {QStringLiteral("DROP INDEX IF EXISTS tickets_by_product")};
}

// The ticket table's orders on PostgreSQL. Its first page by a column the
// table offers was the top of a sort of every ticket (0.3 to 0.9 s at a
// million), and so was every page after it: an index of each sort value, the
// row id breaking ties as the table does, makes a page a walk of 200 index
// entries (1 to 40 ms). The text orders are by lower(): PostgreSQL has no
// NOCASE collation to declare instead. By account or product: the accounts
// (products) in that order, each one's tickets through an index, then a sort
// of one account's (product's) tickets at a time. For a product filter in
// creation order PostgreSQL's planner still walks the creation index (28 ms
// at a million), not the product one (the choice step 3 was about). SQLite
// is left as it is: its orders are measured against its own planner.
QStringList schemaVersion4(const SqlDialect &dialect)
{
    if (!dialect.isPostgreSql())
        return {};
    // The sort values exactly as TicketQuery::sortSqlOf() writes them, or no plan uses them.
    const QString notYet = QString::number(TicketQuery::NotYet);
    return {
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tickets_by_ticket_id_text ON tickets (lower(ticket_id), id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_by_subject_text ON tickets (lower(subject), id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_by_priority ON tickets (priority, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_by_channel ON tickets (channel, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_by_first_response ON tickets "
                       "(coalesce(first_response_at, %1), id)")
            .arg(notYet),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tickets_by_resolution ON tickets (coalesce(resolved_at, %1), id)")
            .arg(notYet),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_by_product_order ON tickets (product_id, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_by_name_text ON accounts (lower(name))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS products_by_name_text ON products (lower(name))"),
    };
}

// The mappings of help desks' exports, saved by name so that a team imports
// its exports the same way: the mapping itself is a JSON object
// (ImportMapping::toJson()), read whole, never searched.
QStringList schemaVersion5(const SqlDialect &dialect)
{
    return {dialect.schema(QStringLiteral("CREATE TABLE import_mappings ("
                                          " name TEXT PRIMARY KEY,"
                                          " source TEXT NOT NULL,"
                                          " mapping TEXT NOT NULL,"
                                          " version INTEGER NOT NULL DEFAULT 1)"))};
}

// What the customer's documents need: the account's language, technical
// account manager and billing contact, and the manager's own notes for each
// quarter's status review (free text, one per account and quarter).
QStringList schemaVersion6(const SqlDialect &dialect)
{
    QStringList statements{
        QStringLiteral("ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"
                       " CHECK (language IN ('en', 'fr'))"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN tam_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN tam_email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN contact_email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE review_notes ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " quarter TEXT NOT NULL,"
                       " notes TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " PRIMARY KEY (account_id, quarter)) WITHOUT ROWID"),
    };
    for (QString &statement : statements)
        statement = dialect.schema(statement);
    return statements;
}

// Step N brings the store from version N - 1 to N.
using Step = QStringList (*)(const SqlDialect &);
constexpr std::array<Step, 6> Steps{schemaVersion1, schemaVersion2, schemaVersion3,
                                    schemaVersion4, schemaVersion5, schemaVersion6};

// PostgreSQL has no header for a version or an application id: a table of
// our own keeps them.
const QString MetaTable = QStringLiteral("supportdesk_meta");

QStringList versionStatements(const SqlDialect &dialect, int version)
{
    // A pragma takes no bound value; the version is our own number.
    if (!dialect.isPostgreSql())
        return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
    const QString upsert = QStringLiteral("INSERT INTO supportdesk_meta (key, value) VALUES ('%1', '%2') "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return {upsert.arg(QStringLiteral("schema_version")).arg(version),
            upsert.arg(QStringLiteral("application_id")).arg(SupportDeskApplicationId)};
}

Error errorOf(const QSqlError &error)
{
    return Error{storeErrorKind(error), error.text()};
}

Expected<qint64> singleInteger(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return errorOf(query.lastError());
    if (query.next())
        return query.value(0).toLongLong();
    if (query.lastError().isValid())
        return errorOf(query.lastError());
    return 0;
}

Expected<bool> hasMetaTable(const QSqlDatabase &connection)
{
    const auto found = singleInteger(
        connection, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_name = 'supportdesk_meta'"));
    if (!found)
        return found.error();
    return *found > 0;
}

Expected<qint64> metaValue(const QSqlDatabase &connection, const QString &key)
{
    const auto present = hasMetaTable(connection);
    if (!present)
        return present.error();
    if (!*present)
        return 0;
    return singleInteger(connection, QStringLiteral("SELECT CAST(value AS BIGINT) FROM supportdesk_meta "
                                                    "WHERE key = '%1'")
                                         .arg(key));
}

Status exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return errorOf(query.lastError());
    return success();
}

} // namespace

int Migrations::latestVersion()
{
    return int(Steps.size());
}

int Migrations::applicationId()
{
    return SupportDeskApplicationId;
}

Expected<int> Migrations::version(const QSqlDatabase &connection)
{
    if (SqlDialect::of(connection).isPostgreSql()) {
        const auto value = metaValue(connection, QStringLiteral("schema_version"));
        if (!value)
            return value.error();
        return int(*value);
    }
    const auto value = singleInteger(connection, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return int(*value);
}

Expected<qint64> Migrations::storedApplicationId(const QSqlDatabase &connection)
{
    if (SqlDialect::of(connection).isPostgreSql())
        return metaValue(connection, QStringLiteral("application_id"));
    return singleInteger(connection, QStringLiteral("PRAGMA application_id"));
}

Expected<qint64> Migrations::tableCount(const QSqlDatabase &connection)
{
    if (SqlDialect::of(connection).isPostgreSql()) {
        return singleInteger(
            connection, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                       "current_schema() AND table_type = 'BASE TABLE'"));
    }
    return singleInteger(connection,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
}

Status Migrations::migrate(const QSqlDatabase &connection, int target)
{
    target = qMin(target, latestVersion());
    const SqlDialect dialect = SqlDialect::of(connection);
    for (;;) {
        QSqlQuery query(connection);
        Status status = exec(query, dialect.beginWrite());
        // PostgreSQL takes no lock on a BEGIN: upgrades from two programs
        // wait for each other on a lock of our own, which the transaction's
        // end releases.
        if (status && dialect.isPostgreSql()) {
            status =
                exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SupportDeskApplicationId));
            if (status) {
                status = exec(query, QStringLiteral("CREATE TABLE IF NOT EXISTS supportdesk_meta ("
                                                    " key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
            }
            if (!status)
                query.exec(QStringLiteral("ROLLBACK"));
        }
        if (!status)
            return status.error().reworded(tr("could not upgrade the store: %1").arg(status.message()));
        // Read under the write lock: another process may have upgraded the
        // store while this one waited for it.
        const auto current = version(connection);
        if (!current || *current > latestVersion() || *current >= target) {
            query.exec(QStringLiteral("ROLLBACK"));
            if (!current)
                return current.error();
            if (*current > latestVersion()) {
                return Status::failure(Error::Kind::InvalidInput,
                                       tr("the store was written by a newer version of SupportDesk "
                                          "(schema version %1; this version knows up to %2)")
                                           .arg(*current)
                                           .arg(latestVersion()));
            }
            return success();
        }
        const int next = *current + 1;
        QStringList statements = Steps[std::size_t(next - 1)](dialect);
        statements << versionStatements(dialect, next);
        for (const QString &statement : std::as_const(statements)) {
            status = exec(query, statement);
            if (!status)
                break;
        }
        if (status)
            status = exec(query, QStringLiteral("COMMIT"));
        if (!status) {
            query.exec(QStringLiteral("ROLLBACK"));
            return status.error().reworded(
                tr("could not upgrade the store to schema version %1: %2").arg(next).arg(status.message()));
        }
    }
}
