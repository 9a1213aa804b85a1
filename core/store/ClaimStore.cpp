#include "ClaimStore.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <utility>

namespace {

// The store's own words, kept here so they never change with labels elsewhere.
constexpr std::array<std::pair<ClaimOutcome, const char *>, 5> OutcomeCodes{{
    {ClaimOutcome::Accepted, "accepted"},
    {ClaimOutcome::MonthNotOver, "month_not_over"},
    {ClaimOutcome::Late, "late"},
    {ClaimOutcome::AlreadyClaimed, "already_claimed"},
    {ClaimOutcome::NoMissedGuarantee, "no_missed_guarantee"},
}};

QString outcomeCode(ClaimOutcome outcome)
{
    for (const auto &[value, code] : OutcomeCodes) {
        if (value == outcome)
            return QLatin1String(code);
    }
    Q_UNREACHABLE();
}

std::optional<ClaimOutcome> parseOutcome(const QString &text)
{
    for (const auto &[value, code] : OutcomeCodes) {
        if (text == QLatin1String(code))
            return value;
    }
    return std::nullopt;
}

} // namespace

ClaimStore::ClaimStore(Database &database) : m_database(database)
{
}

Expected<qint64> ClaimStore::record(qint64 accountId, YearMonth month, QDate filed, ClaimOutcome outcome,
                                    qint64 amountCents, std::optional<qint64> recordedAtUtc)
{
    if (!filed.isValid())
        return Expected<qint64>::failure(Error::Kind::InvalidInput,
                                         tr("a claim needs the date it was filed"));
    if (amountCents < 0)
        return Expected<qint64>::failure(Error::Kind::InvalidInput, tr("a credit cannot be negative"));
    const bool accepted = outcome == ClaimOutcome::Accepted;
    const qint64 recordedAt = recordedAtUtc.value_or(QDateTime::currentSecsSinceEpoch());
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
        query.addBindValue(accountId);
        const auto exists = m_database.readFirstRow(query);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Status::failure(Error::Kind::NotFound, tr("no account with id %1").arg(accountId));
        if (accepted) {
            const auto already = hasAccepted(accountId, month);
            if (!already)
                return already.error();
            if (*already) {
                return Status::failure(
                    Error::Kind::Conflict,
                    tr("the credit of %1 was already granted to this account").arg(month.toString()));
            }
        }
        query.prepare(
            QStringLiteral("INSERT INTO claims (account_id, month, filed_date, outcome, amount_cents, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(accountId);
        query.addBindValue(month.toString());
        query.addBindValue(filed.toString(Qt::ISODate));
        query.addBindValue(outcomeCode(outcome));
        query.addBindValue(accepted ? amountCents : qint64(0));
        query.addBindValue(recordedAt);
        if (const Status written = m_database.write(query); !written)
            return written;
        id = query.next() ? query.value(0).toLongLong() : 0;
        return m_database.rowsEnded(query);
    });
    if (!status)
        return status.error();
    return id;
}

Expected<bool> ClaimStore::hasAccepted(qint64 accountId, YearMonth month) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM claims WHERE account_id = ? AND month = ? AND outcome = 'accepted'"));
    query.addBindValue(accountId);
    query.addBindValue(month.toString());
    return m_database.readFirstRow(query);
}

Expected<QList<ClaimRecord>> ClaimStore::forAccount(qint64 accountId) const
{
    return select(accountId);
}

Expected<QList<ClaimRecord>> ClaimStore::all() const
{
    return select(std::nullopt);
}

Expected<QList<ClaimRecord>> ClaimStore::select(std::optional<qint64> accountId) const
{
    QList<ClaimRecord> claims;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, account_id, month, filed_date, outcome, amount_cents, recorded_at "
                       "FROM claims") +
        (accountId ? QStringLiteral(" WHERE account_id = ?") : QString()) +
        QStringLiteral(" ORDER BY recorded_at, id"));
    if (accountId)
        query.addBindValue(*accountId);
    if (const Status run = m_database.read(query); !run)
        return run.error();
    while (query.next()) {
        const auto month = YearMonth::parse(query.value(2).toString());
        const auto outcome = parseOutcome(query.value(4).toString());
        // The schema admits no other values: a row that has one was not
        // written by SupportDesk, and leaving it out would change the balance.
        if (!month || !outcome) {
            return Expected<QList<ClaimRecord>>::failure(
                Error::Kind::Damaged, tr("claim %1 of the store '%2' has a month or outcome SupportDesk does "
                                         "not know ('%3', '%4')")
                                          .arg(query.value(0).toString(), m_database.location(),
                                               query.value(2).toString(), query.value(4).toString()));
        }
        ClaimRecord claim;
        claim.id = query.value(0).toLongLong();
        claim.accountId = query.value(1).toLongLong();
        claim.month = *month;
        claim.filedDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        claim.outcome = *outcome;
        claim.amountCents = query.value(5).toLongLong();
        claim.recordedAt = query.value(6).toLongLong();
        claims.append(claim);
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return claims;
}

Expected<qint64> ClaimStore::balanceCents(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM claims "
                                 "WHERE account_id = ? AND outcome = 'accepted'"));
    query.addBindValue(accountId);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    return *found ? query.value(0).toLongLong() : 0;
}

Expected<QHash<qint64, qint64>> ClaimStore::balances() const
{
    QHash<qint64, qint64> balances;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run =
            m_database.read(query, QStringLiteral("SELECT account_id, sum(amount_cents) FROM claims "
                                                  "WHERE outcome = 'accepted' GROUP BY account_id"));
        !run)
        return run.error();
    while (query.next())
        balances.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return balances;
}

Expected<QHash<qint64, QSet<int>>> ClaimStore::acceptedMonths() const
{
    QHash<qint64, QSet<int>> months;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run = m_database.read(query, QStringLiteral("SELECT account_id, month FROM claims "
                                                                 "WHERE outcome = 'accepted'"));
        !run)
        return run.error();
    while (query.next()) {
        const auto month = YearMonth::parse(query.value(1).toString());
        if (!month) {
            return Expected<QHash<qint64, QSet<int>>>::failure(
                Error::Kind::Damaged,
                tr("a claim of the store '%1' has a month SupportDesk does not know ('%2')")
                    .arg(m_database.location(), query.value(1).toString()));
        }
        months[query.value(0).toLongLong()].insert(month->index());
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return months;
}
