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
                                                     qint64 asOfUtc) const
{
    std::optional<MonthlyStatement> built;
    const Status status = build(accountName, month, asOfUtc, [&built](const MonthlyStatement &statement) {
        built = statement;
        return success();
    });
    if (!status)
        return status.error();
    return std::move(*built);
}

Status StatementService::forEachAccount(YearMonth month, qint64 asOfUtc,
                                        const std::function<Status(const MonthlyStatement &)> &sink) const
{
    return build({}, month, asOfUtc, sink);
}

Status StatementService::build(const QString &onlyAccount, YearMonth month, qint64 asOfUtc,
                               const std::function<Status(const MonthlyStatement &)> &sink) const
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

    // A builder per account, all of them for the one read of the month's
    // tickets: what they hold is the month's response times, not the
    // tickets.
    std::vector<std::unique_ptr<ZonedAccountClock>> clocks;
    std::vector<std::unique_ptr<StatementBuilder>> builders;
    QHash<QString, StatementBuilder *> byName;
    TicketFilter filter;
    for (const AccountFacts &account : facts->accounts) {
        clocks.push_back(std::make_unique<ZonedAccountClock>(account.zone, account.clock));
        builders.push_back(std::make_unique<StatementBuilder>(
            *facts->catalog, account.account, *clocks.back(), account.planHistory,
            spend->value(account.account.id).value(month.index(), 0), month, asOfUtc));
        byName.insert(account.account.name, builders.back().get());
        // The month's bounds differ by zone: the read takes the widest, each
        // builder leaves out what is not in its account's month.
        const qint64 from = account.zone->startOfLocalDay(month.firstDay());
        const qint64 to = account.zone->startOfLocalDay(month.lastDay().addDays(1));
        filter.createdFrom = std::min(filter.createdFrom.value_or(from), from);
        filter.createdTo = std::max(filter.createdTo.value_or(to), to);
    }
    if (!onlyAccount.isEmpty())
        filter.accountId = facts->accounts.first().account.id;
    // A ticket that cannot be read fails every statement: no number comes
    // from part of the month.
    const Status read = TicketStore(m_database).forEachTicket(filter, [&](const Ticket &ticket) {
        if (StatementBuilder *builder = byName.value(ticket.account))
            builder->addTicket(StatementTicketInput{ticket.id, ticket.subject, ticket.priority,
                                                    categories.value(ticket.product, ProductCategory::Ga),
                                                    ticket.createdAt, ticket.firstResponseAt, 0});
    });
    if (!read)
        return read;

    QHash<qint64, QList<StatementClaim>> monthClaims;
    for (const ClaimRecord &claim : *claims) {
        if (claim.month == month)
            monthClaims[claim.accountId].append(
                StatementClaim{claim.filedDate, claim.outcome, claim.amountCents});
    }
    for (qsizetype i = 0; i < facts->accounts.size(); ++i) {
        const auto finished =
            builders[std::size_t(i)]->finish(monthClaims.value(facts->accounts[i].account.id));
        if (const Status given = sink(finished); !given)
            return given;
    }
    return success();
}
