#pragma once

#include "Expected.h"

#include <QList>
#include <QString>

// SQLite stores with one page of their file overwritten by garbage, as a bad
// sector, a torn copy or a faulty disk leaves them, for the tests that prove
// no number comes from a damaged store. SQLite only: the pages are found in
// the file itself.
namespace DamagedStore {

// The b-trees the tests damage: the tickets table, its (account_id,
// created_at) index that the report reads, the accounts table every command
// needs, and the (created_at, id) index that the report never reads.
inline const QString Tickets = QStringLiteral("tickets");
inline const QString TicketsByAccountCreated = QStringLiteral("tickets_by_account_created");
inline const QString Accounts = QStringLiteral("accounts");
inline const QString TicketsByCreated = QStringLiteral("tickets_by_created");

// The demo sample: 20 accounts and 30,000 tickets over the six months to
// November 2026, as `supportdesk-cli demo --accounts 20 --tickets 30000
// --months 6 --as-of 2026-11-30` makes it, in `path` alone: its write-ahead
// log is checkpointed into the file and gone, so a copy of the file is the
// whole store.
Status makeDemoStore(const QString &path);
// The instant the demo was made "as of": 2026-11-30T00:00:00Z.
qint64 demoAsOfUtc();

// Moves every page of the write-ahead log into the file and closes the
// connection; fails if a log is left (another connection still open).
Status checkpoint(const QString &path);

// The pages of one b-tree (a table or an index, by its name in
// sqlite_master), found by walking it from its root page: SQLite's dbstat
// table is not in every build of SQLite (Qt's own copy leaves it out).
// Overflow pages are not listed.
struct Pages
{
    int pageSize = 0;
    QList<quint32> interior; // parents before their children
    QList<quint32> leaves;   // in key order
};
Expected<Pages> pagesOf(const QString &path, const QString &btree);

struct Damage
{
    QString btree;
    quint32 page = 0;
    // Of a table's leaf: the row ids it held, in order.
    QList<qint64> rowIds;
};

// Copies `intact` to `copy` and overwrites the leaf in the middle of
// `btree` (its only page when it has one) with a page of garbage whose
// first byte is no page type, so that SQLite cannot take it for a page.
Expected<Damage> damagedCopy(const QString &intact, const QString &copy, const QString &btree);

} // namespace DamagedStore
