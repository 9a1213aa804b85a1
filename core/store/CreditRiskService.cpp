#include "CreditRiskService.h"

#include "BusinessClock.h"
#include "Database.h"
#include "FactsLoader.h"
#include "SmallPageCache.h"
#include "SpendStore.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <algorithm>
#include <limits>

CreditRiskService::CreditRiskService(Database &database) : m_database(database)
{
}

Expected<QList<AccountRisk>> CreditRiskService::compute(const RiskRequest &request) const
{
    const auto ledgers = read(request.asOfUtc, request.accountName);
    if (!ledgers)
        return ledgers.error();
    QList<AccountRisk> risks;
    risks.reserve(ledgers->size());
    for (const MonthLedger &ledger : *ledgers)
        risks.append(assessRisk(ledger, request.asOfUtc, request.horizonSeconds));
    std::sort(risks.begin(), risks.end(), breaksSooner);
    return risks;
}

Expected<QList<MonthLedger>> CreditRiskService::read(qint64 asOfUtc, const QString &accountName) const
{
    const SmallPageCache cache(m_database.connection());
    RiskRequest request;
    request.asOfUtc = asOfUtc;
    request.accountName = accountName;
    auto facts = FactsLoader::load(m_database, request.accountName);
    if (!facts)
        return facts.error();
    const auto spend = SpendStore(m_database).all();
    if (!spend)
        return spend.error();

    // The tickets come by account id: the accounts are walked in that order.
    QList<AccountFacts> &accounts = facts->accounts;
    std::sort(accounts.begin(), accounts.end(),
              [](const AccountFacts &a, const AccountFacts &b) { return a.account.id < b.account.id; });
    QList<std::shared_ptr<const ZonedAccountClock>> clocks;
    clocks.reserve(accounts.size());
    qint64 from = std::numeric_limits<qint64>::max();
    for (const AccountFacts &account : std::as_const(accounts)) {
        clocks.append(std::make_shared<const ZonedAccountClock>(account.zone, account.clock));
        const QDate today = account.zone->localDate(request.asOfUtc);
        from = qMin(from, account.zone->startOfLocalDay(QDate(today.year(), today.month(), 1)));
    }

    CreditRiskBuilder builder(*facts->catalog, request.asOfUtc);
    QList<MonthLedger> ledgers;
    ledgers.reserve(accounts.size());
    qsizetype next = 0; // the first account not begun yet
    const auto beginThrough = [&](qint64 accountId) {
        // Accounts without a ticket this month have their budgets too.
        while (next < accounts.size() && accounts[next].account.id <= accountId) {
            if (next > 0)
                ledgers.append(builder.endAccount());
            AccountReportInput input;
            input.accountName = accounts[next].account.name;
            input.history = accounts[next].planHistory;
            input.spend = spend->value(accounts[next].account.id);
            builder.beginAccount(input, clocks[next], accounts[next].zone);
            ++next;
        }
    };
    if (!accounts.isEmpty()) {
        QList<qint64> only;
        if (!request.accountName.isEmpty())
            only << accounts.first().account.id;
        qint64 current = -1;
        const Status read =
            TicketStore(m_database)
                .forEachReportTicket(only, from, request.asOfUtc + 1,
                                     [&](qint64 accountId, const ReportTicket &ticket) {
                                         if (accountId != current) {
                                             beginThrough(accountId);
                                             current = accountId;
                                         }
                                         // A ticket of an account loaded after the facts is not one of
                                         // theirs.
                                         if (next > 0 && accounts[next - 1].account.id == accountId)
                                             builder.addTicket(ticket);
                                     });
        // No budget from part of the month's tickets.
        if (!read)
            return read.error();
        beginThrough(std::numeric_limits<qint64>::max());
        ledgers.append(builder.endAccount());
    }
    return ledgers;
}
