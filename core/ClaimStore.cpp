#include "ClaimStore.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlError>
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
        return Expected<qint64>::failure(QStringLiteral("a claim needs the date it was filed"));
    if (amountCents < 0)
        return Expected<qint64>::failure(QStringLiteral("a credit cannot be negative"));
    const bool accepted = outcome == ClaimOutcome::Accepted;
    const qint64 recordedAt = recordedAtUtc.value_or(QDateTime::currentSecsSinceEpoch());
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
        query.addBindValue(accountId);
        if (!query.exec() || !query.next())
            return Status::failure(QStringLiteral("no account with id %1").arg(accountId));
        if (accepted && hasAccepted(accountId, month)) {
            return Status::failure(
                QStringLiteral("the credit of %1 was already granted to this account").arg(month.toString()));
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
        if (!query.exec()) {
            return Status::failure(
                QStringLiteral("the claim could not be recorded: %1").arg(query.lastError().text()));
        }
        id = query.next() ? query.value(0).toLongLong() : 0;
        return success();
    });
    if (!status)
        return Expected<qint64>::failure(status.error());
    return id;
}

bool ClaimStore::hasAccepted(qint64 accountId, YearMonth month) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM claims WHERE account_id = ? AND month = ? AND outcome = 'accepted'"));
    query.addBindValue(accountId);
    query.addBindValue(month.toString());
    return query.exec() && query.next();
}

QList<ClaimRecord> ClaimStore::forAccount(qint64 accountId) const
{
    QList<ClaimRecord> claims;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, month, filed_date, outcome, amount_cents, recorded_at FROM claims "
                       "WHERE account_id = ? ORDER BY recorded_at, id"));
    query.addBindValue(accountId);
    query.exec();
    while (query.next()) {
        const auto month = YearMonth::parse(query.value(1).toString());
        const auto outcome = parseOutcome(query.value(3).toString());
        if (!month || !outcome)
            continue;
        ClaimRecord claim;
        claim.id = query.value(0).toLongLong();
        claim.accountId = accountId;
        claim.month = *month;
        claim.filedDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        claim.outcome = *outcome;
        claim.amountCents = query.value(4).toLongLong();
        claim.recordedAt = query.value(5).toLongLong();
        claims.append(claim);
    }
    return claims;
}

qint64 ClaimStore::balanceCents(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM claims "
                                 "WHERE account_id = ? AND outcome = 'accepted'"));
    query.addBindValue(accountId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}
