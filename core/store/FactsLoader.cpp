#include "FactsLoader.h"

#include "AccountStore.h"
#include "BusinessClock.h"
#include "CalendarStore.h"
#include "PlanStore.h"
#include "ZoneRules.h"

#include <QHash>

Expected<AccountsFacts> FactsLoader::load(Database &database, const QString &accountName)
{
    const AccountStore accountStore(database);
    QList<Account> accounts;
    QHash<qint64, QList<PlanChange>> histories;
    if (accountName.isEmpty()) {
        auto all = accountStore.all();
        if (!all)
            return all.error();
        accounts = std::move(*all);
        auto allHistories = accountStore.allPlanHistories();
        if (!allHistories)
            return allHistories.error();
        histories = std::move(*allHistories);
    } else {
        const auto account = accountStore.findByName(accountName);
        if (!account)
            return account.error();
        accounts << *account;
        auto history = accountStore.planHistory(account->id);
        if (!history)
            return history.error();
        histories.insert(account->id, std::move(*history));
    }
    const auto calendars = CalendarStore(database).all();
    if (!calendars)
        return calendars.error();
    auto catalog = PlanStore(database).catalog();
    if (!catalog)
        return catalog.error();

    AccountsFacts facts;
    facts.catalog = std::make_shared<const PlanCatalog>(std::move(*catalog));
    // One business clock per calendar, shared by the accounts that use it.
    QHash<QString, std::shared_ptr<const BusinessClock>> clocks;
    for (const Calendar &calendar : *calendars)
        clocks.insert(calendar.name, std::make_shared<const BusinessClock>(calendar));
    for (const Account &account : std::as_const(accounts)) {
        AccountFacts one;
        one.account = account;
        one.zone = ZoneRules::forZone(account.timeZoneId);
        if (!one.zone) {
            return Expected<AccountsFacts>::failure(
                Error::Kind::InvalidInput,
                tr("account '%1' has an unknown time zone '%2'").arg(account.name, account.timeZoneId));
        }
        const QString calendarName =
            account.calendarName.isEmpty() ? Calendar::vendorDefaultName() : account.calendarName;
        one.clock = clocks.value(calendarName);
        if (!one.clock) {
            return Expected<AccountsFacts>::failure(
                Error::Kind::InvalidInput,
                tr("account '%1' uses an unknown calendar '%2'").arg(account.name, calendarName));
        }
        one.planHistory = histories.value(account.id);
        facts.accounts.append(std::move(one));
    }
    return facts;
}
