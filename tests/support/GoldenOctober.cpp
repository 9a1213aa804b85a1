#include "GoldenOctober.h"

#include "AccountStore.h"
#include "CalendarStore.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "TestSupport.h"
#include "TicketImporter.h"

using TestSupport::fixturePath;
using TestSupport::words;

namespace GoldenOctober {

QList<QStringList> cliCommands()
{
    return {
        words({"calendar", "add", "Paris office", "--tz", "Europe/Paris", "--hours", "mon-fri 09:00-17:00"}),
        words({"account", "add", "Acme"}),
        words({"account", "add", "Bistro, Inc.", "--tz", "Europe/Paris", "--calendar", "Paris office"}),
        words({"account", "add", "Cobalt"}),
        words({"plan", "set", "Acme", "production", "--from", "2026-01-01"}),
        words({"plan", "set", "Bistro, Inc.", "enterprise", "--from", "2026-10-15"}),
        words({"spend", "set", "Acme", "2026-10", "10000"}),
        words({"spend", "set", "Bistro, Inc.", "2026-10", "50000.00"}),
        words({"product", "add", "Messaging", "--category", "ga"}),
        words({"product", "add", "Voice", "--category", "ga"}),
        words({"product", "add", "AI Assistants", "--category", "alpha"}),
        words({"tickets", "import"}) << fixturePath(QStringLiteral("golden/october/tickets.csv")),
    };
}

QList<QStringList> documentCliCommands()
{
    return cliCommands() + QList<QStringList>{
                               words({"account", "set", "Bistro, Inc.", "--language", "fr", "--tam",
                                      "Élise Martin", "--tam-email", "elise.martin@vendor.example"}),
                               words({"claim", "Bistro, Inc.", "2026-10", "--filed", "2026-11-05"}),
                               words({"vendor", "set", "Nimbus Communications"}),
                           };
}

Expected<AccountIds> setUp(Database &database)
{
    Calendar paris;
    paris.name = QStringLiteral("Paris office");
    paris.timeZoneId = QStringLiteral("Europe/Paris");
    for (std::size_t day = 0; day < 5; ++day)
        paris.schedule[day] = {{540, 1020}};
    if (const auto added = CalendarStore(database).add(paris); !added)
        return added.error();
    AccountStore accounts(database);
    Account acme, bistro, cobalt;
    acme.name = QStringLiteral("Acme");
    bistro.name = QStringLiteral("Bistro, Inc.");
    bistro.timeZoneId = QStringLiteral("Europe/Paris");
    bistro.calendarName = QStringLiteral("Paris office");
    cobalt.name = QStringLiteral("Cobalt");
    AccountIds ids;
    for (auto [account, id] : {std::pair{&acme, &ids.acme}, {&bistro, &ids.bistro}, {&cobalt, &ids.cobalt}}) {
        const auto added = accounts.add(*account);
        if (!added)
            return added.error();
        *id = *added;
    }
    if (Status set = accounts.setPlan(ids.acme, QStringLiteral("production"), QDate(2026, 1, 1)); !set)
        return set.error();
    if (Status set = accounts.setPlan(ids.bistro, QStringLiteral("enterprise"), QDate(2026, 10, 15)); !set)
        return set.error();
    if (Status set = SpendStore(database).set(ids.acme, {2026, 10}, 1000000); !set)
        return set.error();
    if (Status set = SpendStore(database).set(ids.bistro, {2026, 10}, 5000000); !set)
        return set.error();
    ProductStore products(database);
    for (const auto &[name, category] : {std::pair{QStringLiteral("Messaging"), ProductCategory::Ga},
                                         {QStringLiteral("Voice"), ProductCategory::Ga},
                                         {QStringLiteral("AI Assistants"), ProductCategory::Alpha}}) {
        if (const auto added = products.add(name, category); !added)
            return added.error();
    }
    const auto imported =
        TicketImporter(database).importFile(fixturePath(QStringLiteral("golden/october/tickets.csv")));
    if (!imported)
        return imported.error();
    return ids;
}

} // namespace GoldenOctober
