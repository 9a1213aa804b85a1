#include "StatementService.h"

#include "ClaimStore.h"
#include "FactsLoader.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <QHash>
#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

StatementService::StatementService(Database &database) : m_database(database)
{
}

Expected<MonthlyStatement> StatementService::compute(const QString &accountName, YearMonth month,
                                                     qint64 asOfUtc, bool keepEvidence) const
{
    std::optional<MonthlyStatement> built;
    const Status status = forEachAccountMonths(
        accountName, {month, month}, asOfUtc,
        [&built](AccountMonths &account) {
            built = std::move(account.statements.first());
            return success();
        },
        keepEvidence ? std::optional<MonthRange>(MonthRange{month, month}) : std::nullopt);
    if (!status)
        return status.error();
    return std::move(*built);
}

Status StatementService::forEachAccount(YearMonth month, qint64 asOfUtc,
                                        const std::function<Status(const MonthlyStatement &)> &sink,
                                        bool keepEvidence) const
{
    return forEachAccountMonths(
        {}, {month, month}, asOfUtc,
        [&sink](AccountMonths &account) { return sink(account.statements.first()); },
        keepEvidence ? std::optional<MonthRange>(MonthRange{month, month}) : std::nullopt);
}

Status StatementService::forEachAccountMonths(const QString &onlyAccount, MonthRange months, qint64 asOfUtc,
                                              const std::function<Status(AccountMonths &)> &sink,
                                              std::optional<MonthRange> evidenceMonths,
                                              const AccountFilter &include) const
{
    const auto facts = FactsLoader::load(m_database, onlyAccount);
    if (!facts)
        return facts.error();
    const auto spend = SpendStore(m_database).all();
    if (!spend)
        return spend.error();
    const auto products = ProductStore(m_database).all();
    if (!products)
        return products.error();
    // Every ticket's product is in the store (a foreign key): the map has
    // them all.
    QHash<QString, ProductCategory> categories;
    for (const Product &product : *products)
        categories.insert(product.name, product.category);
    const auto claims = onlyAccount.isEmpty()
                            ? ClaimStore(m_database).all()
                            : ClaimStore(m_database).forAccount(facts->accounts.first().account.id);
    if (!claims)
        return claims.error();

    // A builder per account and month, all of them for the one read of the
    // months' tickets: what they hold is the months' response times, not
    // the tickets.
    struct AccountBuilders
    {
        std::unique_ptr<ZonedAccountClock> clock;
        std::vector<std::unique_ptr<StatementBuilder>> months;
    };
    std::vector<AccountBuilders> accounts(std::size_t(facts->accounts.size()));
    QHash<QString, AccountBuilders *> byName;
    TicketFilter filter;
    for (qsizetype i = 0; i < facts->accounts.size(); ++i) {
        const AccountFacts &account = facts->accounts[i];
        if (include && !include(account, *facts->catalog))
            continue;
        AccountBuilders &builders = accounts[std::size_t(i)];
        builders.clock = std::make_unique<ZonedAccountClock>(account.zone, account.clock);
        for (YearMonth month = months.first; month <= months.last; month = month.next()) {
            builders.months.push_back(std::make_unique<StatementBuilder>(
                *facts->catalog, account.account, *builders.clock, account.planHistory,
                spend->value(account.account.id).value(month.index(), 0), month, asOfUtc));
            if (evidenceMonths && evidenceMonths->first <= month && month <= evidenceMonths->last)
                builders.months.back()->keepEvidence();
        }
        byName.insert(account.account.name, &builders);
        // The months' bounds differ by zone: the read takes the widest, each
        // builder leaves out what is not in its account's month.
        const qint64 from = account.zone->startOfLocalDay(months.first.firstDay());
        const qint64 to = account.zone->startOfLocalDay(months.last.lastDay().addDays(1));
        filter.createdFrom = std::min(filter.createdFrom.value_or(from), from);
        filter.createdTo = std::max(filter.createdTo.value_or(to), to);
    }
    if (byName.isEmpty())
        return success(); // every account left out: nothing to read
    if (!onlyAccount.isEmpty())
        filter.accountId = facts->accounts.first().account.id;
    // A ticket that cannot be read fails every statement: no number comes
    // from part of the months.
    const Status read = TicketStore(m_database).forEachTicket(filter, [&](const Ticket &ticket) {
        AccountBuilders *builders = byName.value(ticket.account);
        if (!builders)
            return;
        // Only the builder of the ticket's local month counts it.
        const int slot =
            YearMonth::of(builders->clock->localDate(ticket.createdAt)).index() - months.first.index();
        if (slot < 0 || slot >= int(builders->months.size()))
            return;
        builders->months[std::size_t(slot)]->addTicket(StatementTicketInput{
            ticket.id, ticket.subject, ticket.priority, categories.value(ticket.product, ProductCategory::Ga),
            ticket.product, ticket.channel, ticket.createdAt, ticket.firstResponseAt, 0});
    });
    if (!read)
        return read;

    QHash<qint64, QHash<int, QList<StatementClaim>>> monthClaims; // account → month index → claims
    for (const ClaimRecord &claim : *claims) {
        if (months.first <= claim.month && claim.month <= months.last)
            monthClaims[claim.accountId][claim.month.index()].append(
                StatementClaim{claim.filedDate, claim.outcome, claim.amountCents});
    }
    for (qsizetype i = 0; i < facts->accounts.size(); ++i) {
        const AccountFacts &account = facts->accounts[i];
        if (accounts[std::size_t(i)].months.empty())
            continue; // left out by `include`
        AccountMonths finished{account, *facts->catalog, {}};
        const auto &claimsOfAccount = monthClaims.value(account.account.id);
        int index = months.first.index();
        for (const auto &builder : accounts[std::size_t(i)].months)
            finished.statements.append(builder->finish(claimsOfAccount.value(index++)));
        if (const Status given = sink(finished); !given)
            return given;
    }
    return success();
}
