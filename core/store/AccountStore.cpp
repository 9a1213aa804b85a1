#include "AccountStore.h"

#include "CalendarStore.h"
#include "Database.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

namespace {

QString zoneOrUtc(const QString &zone)
{
    return zone.trimmed().isEmpty() ? QStringLiteral("UTC") : zone.trimmed();
}

const QString SelectAccount = QStringLiteral(
    "SELECT a.id, a.name, a.time_zone, c.name, a.version, a.language, a.tam_name, a.tam_email, "
    "a.contact_name, a.contact_email FROM accounts a JOIN calendars c ON c.id = a.calendar_id ");

Account accountFrom(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.timeZoneId = query.value(2).toString();
    account.calendarName = query.value(3).toString();
    account.version = query.value(4).toLongLong();
    account.language = query.value(5).toString();
    account.tamName = query.value(6).toString();
    account.tamEmail = query.value(7).toString();
    account.contactName = query.value(8).toString();
    account.contactEmail = query.value(9).toString();
    return account;
}

// Enough to catch a name typed where the address goes, not a full RFC 5322
// check: the address is only printed on the customer's documents.
bool looksLikeEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    return at > 0 && at == email.lastIndexOf(u'@') && at < email.size() - 1 &&
           std::none_of(email.cbegin(), email.cend(), [](QChar c) { return c.isSpace(); });
}

// The columns hold '' for a field not set: a null QString would be bound as
// NULL.
QString storedText(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

void bindDocumentFields(QSqlQuery &query, const Account &account)
{
    query.addBindValue(account.language);
    query.addBindValue(storedText(account.tamName));
    query.addBindValue(storedText(account.tamEmail));
    query.addBindValue(storedText(account.contactName));
    query.addBindValue(storedText(account.contactEmail));
}

} // namespace

AccountStore::AccountStore(Database &database) : m_database(database)
{
}

Status AccountStore::validate(const Account &account) const
{
    if (account.name.trimmed().isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("an account needs a name"));
    const QString zone = zoneOrUtc(account.timeZoneId);
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        return Status::failure(Error::Kind::InvalidInput,
                               tr("account '%1': unknown time zone '%2'").arg(account.name, zone));
    }
    if (!Account::languages().contains(account.language)) {
        return Status::failure(Error::Kind::InvalidInput,
                               tr("account '%1': unknown language '%2' (use %3)")
                                   .arg(account.name, account.language, Account::languages().join(u", ")));
    }
    const std::pair<QString, QString> emails[] = {
        {tr("technical account manager"), account.tamEmail.trimmed()},
        {tr("billing contact"), account.contactEmail.trimmed()}};
    for (const auto &[whose, email] : emails) {
        if (!email.isEmpty() && !looksLikeEmail(email)) {
            return Status::failure(
                Error::Kind::InvalidInput,
                tr("account '%1': '%2' is not an e-mail address (%3)").arg(account.name, email, whose));
        }
    }
    return success();
}

Expected<qint64> AccountStore::calendarIdFor(const Account &account) const
{
    CalendarStore calendars(m_database);
    if (account.calendarName.trimmed().isEmpty())
        return calendars.defaultCalendarId();
    return calendars.idOf(account.calendarName);
}

Expected<bool> AccountStore::nameTaken(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE name = ? AND id <> ?"));
    query.addBindValue(name);
    query.addBindValue(exceptId);
    return m_database.readFirstRow(query);
}

Expected<bool> AccountStore::exists(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
    query.addBindValue(accountId);
    return m_database.readFirstRow(query);
}

Expected<qint64> AccountStore::add(const Account &account)
{
    if (const Status valid = validate(account); !valid)
        return valid.error();
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        const auto taken = nameTaken(account.name, 0);
        if (!taken)
            return taken.error();
        if (*taken) {
            return Status::failure(Error::Kind::InvalidInput,
                                   tr("an account named '%1' already exists").arg(account.name));
        }
        const auto calendarId = calendarIdFor(account);
        if (!calendarId)
            return calendarId.error();
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO accounts (name, time_zone, calendar_id, language, "
                                     "tam_name, tam_email, contact_name, "
                                     "contact_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(account.name);
        query.addBindValue(zoneOrUtc(account.timeZoneId));
        query.addBindValue(*calendarId);
        bindDocumentFields(query, account);
        if (const Status inserted = m_database.write(query); !inserted)
            return inserted;
        id = query.next() ? query.value(0).toLongLong() : 0;
        return m_database.rowsEnded(query);
    });
    if (!status)
        return status.error();
    return id;
}

Status AccountStore::update(const Account &account)
{
    if (const Status valid = validate(account); !valid)
        return valid;
    return m_database.transaction([&]() -> Status {
        const auto found = exists(account.id);
        if (!found)
            return found.error();
        if (!*found)
            return Status::failure(Error::Kind::NotFound,
                                   tr("account '%1' no longer exists").arg(account.name));
        const auto taken = nameTaken(account.name, account.id);
        if (!taken)
            return taken.error();
        if (*taken) {
            return Status::failure(Error::Kind::InvalidInput,
                                   tr("an account named '%1' already exists").arg(account.name));
        }
        const auto calendarId = calendarIdFor(account);
        if (!calendarId)
            return calendarId.error();
        QSqlQuery query(m_database.connection());
        const bool checked = account.version != 0;
        query.prepare(
            QStringLiteral("UPDATE accounts SET name = ?, time_zone = ?, calendar_id = ?, language = ?, "
                           "tam_name = ?, tam_email = ?, contact_name = ?, contact_email = ?, "
                           "version = version + 1 WHERE id = ?") +
            (checked ? QStringLiteral(" AND version = ?") : QString()));
        query.addBindValue(account.name);
        query.addBindValue(zoneOrUtc(account.timeZoneId));
        query.addBindValue(*calendarId);
        bindDocumentFields(query, account);
        query.addBindValue(account.id);
        if (checked)
            query.addBindValue(account.version);
        if (const Status updated = m_database.write(query); !updated)
            return updated;
        if (query.numRowsAffected() > 0)
            return success();
        const auto now = findById(account.id);
        if (!now)
            return now.error().reworded(tr("account '%1' no longer exists").arg(account.name));
        return Status::failure(Error::Kind::Conflict,
                               tr("account '%1' was changed elsewhere since you opened it: now named '%2', "
                                  "time zone %3, calendar '%4'; your change was not saved")
                                   .arg(account.name, now->name, now->timeZoneId, now->calendarName));
    });
}

Status AccountStore::remove(qint64 accountId)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
        query.addBindValue(accountId);
        if (const Status removed = m_database.write(query); !removed)
            return removed;
        if (query.numRowsAffected() < 1)
            return Status::failure(Error::Kind::NotFound, tr("no account with id %1").arg(accountId));
        return success();
    });
}

Expected<QList<Account>> AccountStore::all() const
{
    QList<Account> accounts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run = m_database.read(query, SelectAccount + QStringLiteral("ORDER BY a.name")); !run)
        return run.error();
    while (query.next())
        accounts.append(accountFrom(query));
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return accounts;
}

Expected<Account> AccountStore::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectAccount + QStringLiteral("WHERE a.name = ?"));
    query.addBindValue(name.isNull() ? QStringLiteral("") : name);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<Account>::failure(Error::Kind::NotFound, tr("no account named '%1'").arg(name));
    return accountFrom(query);
}

Expected<Account> AccountStore::findById(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectAccount + QStringLiteral("WHERE a.id = ?"));
    query.addBindValue(accountId);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<Account>::failure(Error::Kind::NotFound, tr("no account with id %1").arg(accountId));
    return accountFrom(query);
}

Status AccountStore::setPlan(qint64 accountId, const QString &planId, QDate from)
{
    if (!from.isValid())
        return Status::failure(Error::Kind::InvalidInput, tr("a plan change needs the date it takes effect"));
    return m_database.transaction([&]() -> Status {
        const auto found = exists(accountId);
        if (!found)
            return found.error();
        if (!*found)
            return Status::failure(Error::Kind::NotFound, tr("no account with id %1").arg(accountId));
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM plans WHERE id = ?"));
        query.addBindValue(planId.isNull() ? QStringLiteral("") : planId);
        const auto plan = m_database.readFirstRow(query);
        if (!plan)
            return plan.error();
        if (!*plan)
            return Status::failure(Error::Kind::NotFound, tr("no plan '%1'").arg(planId));
        query.prepare(QStringLiteral(
            "INSERT INTO plan_history (account_id, plan_id, effective_date) VALUES (?, ?, ?) "
            "ON CONFLICT(account_id, effective_date) DO UPDATE SET plan_id = excluded.plan_id"));
        query.addBindValue(accountId);
        query.addBindValue(planId);
        query.addBindValue(from.toString(Qt::ISODate));
        return m_database.write(query);
    });
}

Status AccountStore::removePlanChange(qint64 accountId, QDate effectiveDate)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM plan_history WHERE account_id = ? AND effective_date = ?"));
        query.addBindValue(accountId);
        query.addBindValue(effectiveDate.toString(Qt::ISODate));
        if (const Status removed = m_database.write(query); !removed)
            return removed;
        if (query.numRowsAffected() < 1) {
            return Status::failure(
                Error::Kind::NotFound,
                tr("no plan change on %1 for this account").arg(effectiveDate.toString(Qt::ISODate)));
        }
        return success();
    });
}

Expected<QList<PlanChange>> AccountStore::planHistory(qint64 accountId) const
{
    QList<PlanChange> history;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT plan_id, effective_date FROM plan_history WHERE account_id = ? "
                                 "ORDER BY effective_date"));
    query.addBindValue(accountId);
    if (const Status run = m_database.read(query); !run)
        return run.error();
    while (query.next())
        history.append(
            {query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate)});
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return history;
}

Expected<QHash<qint64, QList<PlanChange>>> AccountStore::allPlanHistories() const
{
    QHash<qint64, QList<PlanChange>> histories;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run = m_database.read(query, QStringLiteral("SELECT account_id, plan_id, effective_date "
                                                                 "FROM plan_history ORDER BY account_id, "
                                                                 "effective_date"));
        !run)
        return run.error();
    while (query.next()) {
        histories[query.value(0).toLongLong()].append(
            {query.value(1).toString(), QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return histories;
}
