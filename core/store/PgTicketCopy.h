#pragma once

#include "Expected.h"
#include "Ticket.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringEncoder>
#include <optional>

class Database;
typedef struct pg_conn PGconn;

// Writes the tickets of an import into a PostgreSQL store in a constant
// number of statements, whatever their count: the rows go with COPY into a
// temporary staging table (dropped at commit), then one upsert moves them
// into the tickets. Runs inside the caller's transaction, which must be
// rolled back on any failure (a COPY abandoned or refused aborts it).
//
// The same rules as the portable path: a new ticket is inserted at version
// 1, a stored one is updated and its version moves on, and a ticket twice in
// the rows is refused, naming both lines.
class PgTicketCopy
{
    Q_DECLARE_TR_FUNCTIONS(PgTicketCopy)

public:
    // `accountIds` and `productIds`: name -> id of every account and product,
    // read by the caller in this transaction.
    PgTicketCopy(Database &database, PGconn *connection, QHash<QString, qint64> accountIds,
                 QHash<QString, qint64> productIds);
    // A COPY still open is abandoned: nothing it sent stays.
    ~PgTicketCopy();
    PgTicketCopy(const PgTicketCopy &) = delete;
    PgTicketCopy &operator=(const PgTicketCopy &) = delete;

    // Makes the staging table and opens the COPY into it.
    Status begin();
    // Adds the ticket that starts on `line` of the file; refused (with the
    // store's words) when it is not valid or names an unknown account or
    // product.
    Status add(const Ticket &ticket, int line);
    // Ends the COPY, every row added now in the staging table.
    Status end();
    // Ends the COPY refusing it; the transaction must then be rolled back.
    void abandon(const QString &reason);

    // The first ticket added again on a later line: that line, the first
    // one, and the ticket.
    struct Repeat
    {
        int line = 0;
        int firstLine = 0;
        QString id;
        QString account;
    };
    // After end(): the repeat of the smallest line, if any.
    Expected<std::optional<Repeat>> firstRepeat() const;
    // After end(): the staged rows into the tickets, or the first repeat
    // among them, which writes nothing.
    Expected<std::optional<Repeat>> merge();

private:
    Status flush();
    Status finishCopy(const char *refusal);
    void appendNumber(qint64 value);
    void appendText(QStringView text);

    Database &m_database;
    PGconn *m_connection;
    QHash<QString, qint64> m_accountIds;
    QHash<QString, qint64> m_productIds;
    bool m_copying = false;
    QByteArray m_buffer;
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};
