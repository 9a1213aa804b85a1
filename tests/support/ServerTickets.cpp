#include "ServerTickets.h"

#include "TestStore.h"

#include <QStringList>

bool fillTicketsOnServer(const TestStore &store, int perAccount, qint64 fromUtc, qint64 toUtc, QString *error)
{
    const qint64 step = qMax<qint64>(1, (toUtc - fromUtc) / qMax(1, perAccount));
    const QString insert =
        QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, created_at, "
            " first_response_at, resolved_at) "
            "SELECT a.id, 'T-' || a.id || '-' || g, 'Subject ' || (g * 7919) % 100003, g % 3, "
            " p.ids[1 + g % cardinality(p.ids)], g % 4, c.created, "
            " CASE WHEN g % 10 = 0 THEN NULL ELSE c.created + 60 + (g * 37) % 20000 END, "
            " CASE WHEN g % 5 = 0 THEN NULL ELSE c.created + 90000 + (g * 53) % 200000 END "
            "FROM accounts a CROSS JOIN generate_series(0, %1 - 1) g "
            "CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM products) p "
            "CROSS JOIN LATERAL (SELECT %2 + g * %3 + a.id % %3 AS created) c")
            .arg(perAccount)
            .arg(fromUtc)
            .arg(step);
    return store.runAsAdmin({insert, QStringLiteral("ANALYZE")}, error);
}
