#include "StoreSeeder.h"

#include "Calendar.h"
#include "CalendarStore.h"
#include "Database.h"
#include "PlanCatalog.h"
#include "PlanStore.h"

#include <QSqlQuery>

namespace {

Expected<bool> isEmpty(Database &database, const QString &countStatement)
{
    QSqlQuery query(database.connection());
    const auto counted = database.readFirstRow(query, countStatement);
    if (!counted)
        return counted.error();
    return !*counted || query.value(0).toLongLong() == 0;
}

} // namespace

Status StoreSeeder::seed(Database &database)
{
    // Read first, outside any write lock: a seeded store (every store but a
    // new one) is opened without waiting for another program's write.
    const auto plansMissing = isEmpty(database, QStringLiteral("SELECT count(*) FROM plans"));
    const auto calendarsMissing = isEmpty(database, QStringLiteral("SELECT count(*) FROM calendars"));
    if (plansMissing && calendarsMissing && !*plansMissing && !*calendarsMissing)
        return success();
    // Checked again under the lock: another process may have seeded meanwhile.
    return database.transaction([&]() -> Status {
        const auto noPlans = isEmpty(database, QStringLiteral("SELECT count(*) FROM plans"));
        if (!noPlans)
            return noPlans.error();
        if (*noPlans) {
            PlanStore plans(database);
            for (const Plan &plan : PlanCatalog::seeded().plans) {
                if (const Status added = plans.addPlan(plan); !added)
                    return added;
            }
        }
        const auto noCalendars = isEmpty(database, QStringLiteral("SELECT count(*) FROM calendars"));
        if (!noCalendars)
            return noCalendars.error();
        if (*noCalendars) {
            CalendarStore calendars(database);
            const Calendar vendor = Calendar::vendorDefault();
            if (const auto added = calendars.add(vendor); !added)
                return added.error();
            if (const Status madeDefault = calendars.setDefault(vendor.name); !madeDefault)
                return madeDefault;
        }
        return success();
    });
}
