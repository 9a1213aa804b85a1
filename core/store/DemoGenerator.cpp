#include "DemoGenerator.h"

#include "AccountStore.h"
#include "CalendarStore.h"
#include "Database.h"
#include "HoursSpec.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "TicketStore.h"
#include "Timestamp.h"
#include "YearMonth.h"
#include "ZoneRules.h"

#include <QRandomGenerator>
#include <cmath>

namespace {

struct DemoCalendar
{
    const char *name;
    const char *zone;
    const char *hours;
};

// Support desks a vendor's customers really run: office hours in several
// regions, a follow-the-sun desk with an overnight shift, and a 24/7 desk.
const DemoCalendar demoCalendars[] = {
    {"Paris office", "Europe/Paris", "mon-fri 09:00-12:30, 13:30-18:00"},
    {"New York extended", "America/New_York", "mon-fri 07:00-22:00; sat 09:00-13:00"},
    {"Sydney follow-the-sun", "Australia/Sydney", "mon-fri 08:00-20:00, 22:00-02:00"},
    {"Bengaluru desk", "Asia/Kolkata", "mon-sat 09:30-18:30"},
    {"Around the clock", "UTC", "mon-sun 00:00-24:00"},
};

struct DemoProduct
{
    const char *name;
    ProductCategory category;
};

const DemoProduct demoProducts[] = {
    {"Messaging", ProductCategory::Ga},
    {"Voice", ProductCategory::Ga},
    {"Video", ProductCategory::Ga},
    {"Verify", ProductCategory::Ga},
    {"Conversations", ProductCategory::Ga},
    {"Email API", ProductCategory::Ga},
    {"Studio", ProductCategory::Ga},
    {"Contact Center", ProductCategory::Ga},
    {"AI Assistants", ProductCategory::Alpha},
    {"Voice Intelligence", ProductCategory::Beta},
    {"RCS Messaging", ProductCategory::LimitedRelease},
    {"Event Streams", ProductCategory::DeveloperPreview},
    {"Number Pooling", ProductCategory::Pilot},
    {"Carrier Lookup", ProductCategory::Carrier},
    {"Number Porting", ProductCategory::SpecialistTeam},
    {"Customer Data Platform", ProductCategory::Segment},
};
constexpr int gaProductCount = 8;

const char *const accountZones[] = {
    "America/Los_Angeles", "America/New_York", "Europe/Paris",      "Europe/London", "Asia/Kolkata",
    "Australia/Sydney",    "Asia/Tokyo",       "America/Sao_Paulo", "UTC",           "Australia/Lord_Howe",
    "Asia/Kathmandu",      "America/Chicago",
};

const char *const namePrefixes[] = {"Acme",    "Blue Harbor", "Cobalt",   "Driftwood", "Evergreen",
                                    "Falcon",  "Granite",     "Helios",   "Indigo",    "Juniper",
                                    "Kestrel", "Lumen",       "Meridian", "Northwind", "Orchid",
                                    "Pioneer", "Quartz",      "Redwood",  "Summit",    "Tidewater"};
const char *const nameSuffixes[] = {"Logistics", "Health",    "Bank",  "Travel",  "Retail", "Energy",
                                    "Media",     "Insurance", "Foods", "Telecom", "Labs",   "Mobility"};

const char *const subjects[] = {
    "Messages stuck in queued state",       "Webhook callbacks time out",
    "Outbound calls fail with error 31005", "Verification codes arrive late",
    "Question about rate limits",           "Feature request: delivery receipts export",
    "Cannot log in to the console",         "Invoice shows unexpected charges",
    "Video rooms drop participants",        "SDK upgrade breaks authentication",
    "Number not reachable from abroad",     "How do I rotate API keys?",
    "Email bounces marked as spam",         "Intermittent 503 on the REST API",
};

class Random
{
public:
    explicit Random(quint32 seed) : m_generator(seed) {}
    int below(int bound) { return int(m_generator.bounded(quint32(bound))); }
    double unit() { return m_generator.generateDouble(); }
    bool chance(double probability) { return unit() < probability; }
    // Exponentially distributed with this mean: most answers are quick, a
    // few take very long, as in any real queue.
    double exponential(double mean) { return -mean * std::log(1.0 - unit()); }

private:
    QRandomGenerator m_generator;
};

struct AccountPlan
{
    qint64 id = 0;
    QString name;
    double weight = 1.0;
    double slowness = 1.0;
    QString firstPlan;
};

Priority randomPriority(Random &random)
{
    const int draw = random.below(100);
    return draw < 12 ? Priority::P1 : draw < 42 ? Priority::P2 : Priority::P3;
}

QString randomPlan(Random &random)
{
    const int draw = random.below(100);
    if (draw < 20)
        return QStringLiteral("developer");
    if (draw < 60)
        return QStringLiteral("production");
    if (draw < 88)
        return QStringLiteral("enterprise");
    return QStringLiteral("personalized");
}

} // namespace

DemoGenerator::DemoGenerator(Database &database) : m_database(database)
{
}

Expected<DemoSummary> DemoGenerator::generate(const DemoOptions &options,
                                              const std::function<void(qint64, qint64)> &progress) const
{
    using Result = Expected<DemoSummary>;
    if (options.accounts < 1 || options.months < 1 || options.tickets < 0) {
        return Result::failure(Error::Kind::InvalidInput,
                               tr("demo: --accounts and --months must be at least 1, --tickets at least 0"));
    }
    AccountStore accounts(m_database);
    const auto existing = accounts.all();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        return Result::failure(Error::Kind::InvalidInput,
                               tr("demo: the store already has accounts; give a new store with --db"));
    }

    Random random(options.seed);
    DemoSummary summary;
    CalendarStore calendars(m_database);
    for (const DemoCalendar &demo : demoCalendars) {
        Calendar calendar;
        calendar.name = QString::fromUtf8(demo.name);
        calendar.timeZoneId = QString::fromUtf8(demo.zone);
        calendar.schedule = *parseHoursSpec(QString::fromUtf8(demo.hours));
        if (calendar.timeZoneId == u"Europe/Paris") {
            for (auto [month, day] :
                 {std::pair{1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}}) {
                HolidayRule rule;
                rule.kind = HolidayRule::Kind::FixedDay;
                rule.month = month;
                rule.day = day;
                calendar.holidays << rule;
            }
        }
        if (const auto added = calendars.add(calendar); !added)
            return added.error();
        ++summary.calendars;
    }
    ProductStore products(m_database);
    for (const DemoProduct &product : demoProducts) {
        if (const auto added = products.add(QString::fromUtf8(product.name), product.category); !added)
            return added.error();
        ++summary.products;
    }

    const qint64 horizon = options.nowUtc - options.nowUtc % 86400;
    const YearMonth lastMonth = YearMonth::of(QDate(1970, 1, 1).addDays(horizon / 86400));
    const YearMonth firstMonth = YearMonth::fromIndex(lastMonth.index() - options.months + 1);

    QList<AccountPlan> plans;
    SpendStore spend(m_database);
    double totalWeight = 0;
    for (int i = 0; i < options.accounts; ++i) {
        Account account;
        // Every prefix with every suffix, then numbered: names stay unique.
        const int prefixes = int(std::size(namePrefixes));
        const int suffixes = int(std::size(nameSuffixes));
        account.name = QString::fromUtf8(namePrefixes[i % prefixes]) + u' ' +
                       QString::fromUtf8(nameSuffixes[(i / prefixes) % suffixes]);
        if (i >= prefixes * suffixes)
            account.name += QStringLiteral(" %1").arg(i / (prefixes * suffixes) + 1);
        account.timeZoneId = QString::fromUtf8(accountZones[i % int(std::size(accountZones))]);
        if (i % 3 == 1)
            account.calendarName = QString::fromUtf8(demoCalendars[i % int(std::size(demoCalendars))].name);
        const auto added = accounts.add(account);
        if (!added)
            return added.error();

        AccountPlan plan{*added, account.name, 0.2 + random.exponential(1.0), 0.4 + random.unit() * 1.0,
                         randomPlan(random)};
        totalWeight += plan.weight;
        if (Status set = accounts.setPlan(plan.id, plan.firstPlan, firstMonth.firstDay()); !set)
            return set.error();
        // Upgrades take effect on any day, downgrades on the first of a month.
        for (YearMonth month = firstMonth.next(); month <= lastMonth; month = month.next()) {
            if (!random.chance(0.06))
                continue;
            const QString next = randomPlan(random);
            const QDate day = random.chance(0.5) ? month.firstDay()
                                                 : month.firstDay().addDays(random.below(month.dayCount()));
            if (Status set = accounts.setPlan(plan.id, next, day); !set)
                return set.error();
        }
        double monthly = 2000.0 + random.exponential(40000.0);
        for (YearMonth month = firstMonth; month <= lastMonth; month = month.next()) {
            monthly *= 0.9 + random.unit() * 0.22;
            if (Status set = spend.set(plan.id, month, qint64(std::llround(monthly * 100))); !set)
                return set.error();
        }
        plans << plan;
        ++summary.accounts;
    }

    // Tickets, generated as the store takes them: one transaction, with
    // the indexes built once at the end, and never all in memory.
    TicketStore tickets(m_database);
    const qint64 firstInstant = QDate(1970, 1, 1).daysTo(firstMonth.firstDay()) * 86400;
    const qint64 span = horizon - firstInstant;
    qint64 written = 0;
    qsizetype current = 0; // the account whose tickets are being made
    qint64 share = -1;     // its number of tickets, -1 until known
    qint64 n = 0;          // tickets of it made so far
    const auto next = [&](Ticket &ticket) -> bool {
        while (current < plans.size()) {
            const AccountPlan &plan = plans[current];
            if (share < 0) {
                const qint64 count = std::llround(double(options.tickets) * plan.weight / totalWeight);
                share = plan.id == plans.last().id ? options.tickets - written
                                                   : std::min(count, options.tickets - written);
                n = 0;
            }
            if (n < share)
                break;
            ++current;
            share = -1;
        }
        if (current >= plans.size())
            return false;
        const AccountPlan &plan = plans[current];
        ticket = Ticket();
        ticket.id = QStringLiteral("SD-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
        ticket.account = plan.name;
        ticket.subject = QString::fromUtf8(subjects[random.below(int(std::size(subjects)))]);
        ticket.priority = randomPriority(random);
        const int product =
            random.chance(0.86) ? random.below(gaProductCount) : random.below(int(std::size(demoProducts)));
        ticket.product = QString::fromUtf8(demoProducts[product].name);
        ticket.channel = AllChannels[random.below(int(AllChannels.size()))];
        ticket.createdAt = firstInstant + qint64(random.unit() * double(span - 60));
        // Some months go badly for some accounts: that is what credits are for.
        const qint64 monthIndex = (ticket.createdAt - firstInstant) / (86400 * 30);
        const double badMonth = (monthIndex + plan.id) % 7 == 0 ? 3.0 : 1.0;
        const double mean = (ticket.priority == Priority::P1   ? 40.0
                             : ticket.priority == Priority::P2 ? 110.0
                                                               : 240.0);
        const qint64 response =
            ticket.createdAt + 60 + qint64(random.exponential(mean * plan.slowness * badMonth) * 60);
        const bool recent = horizon - ticket.createdAt < 3 * 86400;
        if (response < horizon && !(recent && random.chance(0.5)) && !random.chance(0.002)) {
            ticket.firstResponseAt = response;
            const qint64 resolved = response + qint64(random.exponential(20 * 3600.0));
            if (resolved < horizon && random.chance(0.9))
                ticket.resolvedAt = resolved;
        }
        ++n;
        ++written;
        if (progress && written % 50000 == 0)
            progress(written, options.tickets);
        return true;
    };
    if (Status stored = tickets.upsertStream(next, options.tickets); !stored)
        return stored.error();
    summary.tickets = written;
    return summary;
}
