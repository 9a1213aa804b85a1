#include "TwoZoneTickets.h"

#include "AccountStore.h"
#include "CalendarStore.h"
#include "ProductStore.h"
#include "Timestamp.h"

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text))->utcSeconds;
}

Ticket ticket(const char *id, const char *account, Priority priority, const char *created,
              const char *response)
{
    Ticket t;
    t.id = QString::fromLatin1(id);
    t.account = QString::fromLatin1(account);
    t.subject = QStringLiteral("Subject of ") + t.id;
    t.priority = priority;
    t.product = QStringLiteral("Messaging");
    t.createdAt = utc(created);
    if (response)
        t.firstResponseAt = utc(response);
    return t;
}

} // namespace

namespace TwoZoneTickets {

Status addKaiju(Database &database)
{
    Calendar tokyo;
    tokyo.name = QStringLiteral("Tokyo");
    tokyo.timeZoneId = QStringLiteral("Asia/Tokyo");
    for (int day = 0; day < 5; ++day)
        tokyo.schedule[day] = {DailyInterval{9 * 60, 17 * 60}};
    if (const auto added = CalendarStore(database).add(tokyo); !added)
        return added.error();
    AccountStore accounts(database);
    const auto kaiju = accounts.add(
        Account{0, QStringLiteral("Kaiju"), QStringLiteral("Asia/Tokyo"), QStringLiteral("Tokyo")});
    if (!kaiju)
        return kaiju.error();
    return accounts.setPlan(*kaiju, QStringLiteral("production"), QDate(2026, 1, 1));
}

Status addAcmeBlueHarborAndProduct(Database &database)
{
    AccountStore accounts(database);
    const auto acme =
        accounts.add(Account{0, QStringLiteral("Acme"), QStringLiteral("America/Los_Angeles"), {}});
    if (!acme)
        return acme.error();
    if (const auto blue = accounts.add(Account{0, QStringLiteral("Blue Harbor"), QStringLiteral("UTC"), {}});
        !blue)
        return blue.error();
    if (const Status plan = accounts.setPlan(*acme, QStringLiteral("production"), QDate(2026, 1, 1)); !plan)
        return plan;
    if (const auto product = ProductStore(database).add(QStringLiteral("Messaging"), ProductCategory::Ga);
        !product)
        return product.error();
    return success();
}

QList<Ticket> tickets()
{
    return {
        // 2 h 30 in hours, due 19:00Z
        ticket("A1", "Acme", Priority::P1, "2026-03-02T16:00:00Z", "2026-03-02T18:30:00Z"),
        // unanswered, due 19:00Z: breached
        ticket("A2", "Acme", Priority::P1, "2026-03-02T16:00:00Z", nullptr),
        // unanswered, due 22:00Z
        ticket("A3", "Acme", Priority::P2, "2026-03-02T16:00:00Z", nullptr),
        // 3 h 30, due 19:00Z: breached
        ticket("A4", "Acme", Priority::P1, "2026-03-02T16:00:00Z", "2026-03-02T19:30:00Z"),
        // 15:00 JST Monday to 10:00 Tuesday: 2 h + 1 h, exactly the target; due Tuesday 01:00Z
        ticket("K1", "Kaiju", Priority::P1, "2026-03-02T06:00:00Z", "2026-03-03T01:00:00Z"),
        // 30 min, due Tuesday 11:00 JST = 02:00Z
        ticket("K2", "Kaiju", Priority::P1, "2026-03-02T07:00:00Z", "2026-03-02T07:30:00Z"),
        // unanswered, due Tuesday 14:00 JST = 05:00Z
        ticket("K3", "Kaiju", Priority::P2, "2026-03-02T07:00:00Z", nullptr),
        // 20 min, no target
        ticket("B1", "Blue Harbor", Priority::P1, "2026-03-02T17:00:00Z", "2026-03-02T17:20:00Z"),
        // unanswered, no target
        ticket("B2", "Blue Harbor", Priority::P3, "2026-03-02T12:00:00Z", nullptr),
    };
}

qint64 now()
{
    return utc("2026-03-02T20:00:00Z");
}

} // namespace TwoZoneTickets
