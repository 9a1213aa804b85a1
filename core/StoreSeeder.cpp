#include "StoreSeeder.h"

#include "Calendar.h"
#include "CalendarStore.h"
#include "Database.h"
#include "PlanCatalog.h"
#include "PlanStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Expected<bool> isEmpty(Database &database, const QString &countStatement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(countStatement) || !query.next())
        return Expected<bool>::failure(query.lastError().text());
    return query.value(0).toLongLong() == 0;
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
            return Status::failure(noPlans.error());
        if (*noPlans) {
            PlanStore plans(database);
            for (const Plan &plan : PlanCatalog::seeded().plans) {
                if (const Status added = plans.addPlan(plan); !added)
                    return added;
            }
        }
        const auto noCalendars = isEmpty(database, QStringLiteral("SELECT count(*) FROM calendars"));
        if (!noCalendars)
            return Status::failure(noCalendars.error());
        if (*noCalendars) {
            CalendarStore calendars(database);
            const Calendar vendor = Calendar::vendorDefault();
            if (const auto added = calendars.add(vendor); !added)
                return Status::failure(added.error());
            if (const Status madeDefault = calendars.setDefault(vendor.name); !madeDefault)
                return madeDefault;
        }
        return success();
    });
}
