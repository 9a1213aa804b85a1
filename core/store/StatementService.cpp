#include "StatementService.h"

#include "ClaimStore.h"
#include "FactsLoader.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <QHash>

StatementService::StatementService(Database &database) : m_database(database)
{
}

Expected<MonthlyStatement> StatementService::compute(const QString &accountName, YearMonth month,
                                                     qint64 asOfUtc) const
{
    const auto facts = FactsLoader::load(m_database, accountName);
    if (!facts)
        return facts.error();
    const AccountFacts &account = facts->accounts.first();
    const auto spend = SpendStore(m_database).get(account.account.id, month);
    if (!spend)
        return spend.error();
    const auto products = ProductStore(m_database).all();
    if (!products)
        return products.error();
    QHash<QString, ProductCategory> categories;
    for (const Product &product : *products)
        categories.insert(product.name, product.category);
    const auto claims = ClaimStore(m_database).forAccount(account.account.id);
    if (!claims)
        return claims.error();

    const ZonedAccountClock clock(account.zone, account.clock);
    StatementBuilder builder(*facts->catalog, account.account, clock, account.planHistory, spend->value_or(0),
                             month, asOfUtc);
    TicketFilter filter;
    filter.accountId = account.account.id;
    filter.createdFrom = account.zone->startOfLocalDay(month.firstDay());
    filter.createdTo = account.zone->startOfLocalDay(month.lastDay().addDays(1));
    // A ticket that cannot be read fails the statement: no number comes from
    // part of the month.
    const Status read = TicketStore(m_database).forEachTicket(filter, [&](const Ticket &ticket) {
        builder.addTicket(StatementTicketInput{ticket.id, ticket.subject, ticket.priority,
                                               categories.value(ticket.product, ProductCategory::Ga),
                                               ticket.createdAt, ticket.firstResponseAt, 0});
    });
    if (!read)
        return read.error();

    QList<StatementClaim> monthClaims;
    for (const ClaimRecord &claim : *claims) {
        if (claim.month == month)
            monthClaims.append(StatementClaim{claim.filedDate, claim.outcome, claim.amountCents});
    }
    return builder.finish(monthClaims);
}
