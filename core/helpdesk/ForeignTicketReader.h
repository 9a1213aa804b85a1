#pragma once

#include "Expected.h"
#include "ImportMapping.h"
#include "Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <optional>

class RowSource;
class ZoneRules;

// The help desk's own figure for a ticket's first response, to compare
// with SupportDesk's (reconciliation).
struct ToolFigure
{
    enum class Kind : quint8 {
        BusinessSeconds,  // time to first reply within the tool's business hours
        WithinTarget,     // 1: within the tool's SLA, 0: violated (Freshdesk)
        RemainingSeconds, // time left of the tool's target; negative: breached (Jira)
    };
    Kind kind = Kind::BusinessSeconds;
    qint64 value = 0;
};

struct ForeignTicket
{
    Ticket ticket;
    std::optional<ToolFigure> figure;
    int line = 0; // where its row starts (RowSource::line())
};

// A row that does not become a ticket, and why: "line 14: column Priority:
// 'Critical' has no priority in the mapping".
struct RowRefusal
{
    int line = 0;
    QString reason;
};

// Reads an export's rows as tickets through a mapping. Timestamps without
// an offset are read in the mapping's zone; one that does not exist there
// or occurs twice refuses its row, naming the line. Accounts and products
// are names here: whether they exist is the store's question.
class ForeignTicketReader
{
    Q_DECLARE_TR_FUNCTIONS(ForeignTicketReader)

public:
    // `sourceName` names the file in messages.
    ForeignTicketReader(RowSource &rows, ImportMapping mapping, QString sourceName);

    // Checks the mapping against the header (its columns exist, an id and a
    // creation time are mapped, the zone is known when needed, there is an
    // account and a product for every row). Opens `rows` first when that was
    // not done (its header is empty). Columns are found by name in any
    // letter case, at their first occurrence; next() calls it when needed.
    Status start();
    // The next ticket. A refused row stops the reading as an error when
    // `keepGoing` is false (an import); otherwise it is recorded in
    // refusals() and the reading goes on (a dry run). Rows whose priority
    // or organisation the mapping ignores are skipped and counted. A time
    // without an offset and no zone to read it in stops the reading even
    // in a dry run: every such row would be refused alike. Without a
    // priority column every ticket is P3. nullopt at the end or on an
    // error (atError()).
    std::optional<ForeignTicket> next();
    void setKeepGoing(bool keepGoing) { m_keepGoing = keepGoing; }

    bool atError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The first MaxRecordedRefusals refused rows (a dry run over a million
    // bad rows must not keep them all); refusedCount() counts every one.
    // A reason reads "column Priority: ..." (the file and line are apart).
    const QList<RowRefusal> &refusals() const { return m_refusals; }
    qint64 refusedCount() const { return m_refused; }
    static constexpr int MaxRecordedRefusals = 1000;
    qint64 skipped() const { return m_skipped; }
    int line() const;
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    enum class Outcome : quint8 { Ticket, Skipped, Refused, Failed };

    // A cell read once and usually repeated by the next row (the tickets of
    // an account come together): compared, not looked up again.
    struct LastCell
    {
        bool known = false;
        QString raw;
        QString value;
        bool skip = false;
    };
    // Few distinct values, many rows: a short list compared in place saves a
    // lower-cased copy and a hash lookup per row.
    static constexpr int MaxCachedValues = 64;
    struct CachedPriority
    {
        QString raw;
        std::optional<Priority> priority;
        bool known = false; // false: the mapping has no entry for it
    };

    Outcome readRow(ForeignTicket &out);
    bool readAccount(ForeignTicket &out, bool *skip);
    bool readPriority(ForeignTicket &out, bool *skip);
    bool readProduct(ForeignTicket &out);
    Channel channelOf(QStringView raw);
    bool readInstant(TicketField field, std::optional<qint64> *instant);
    bool readFirstResponse(ForeignTicket &out);
    bool readFigure(ForeignTicket &out);
    bool refuse(TicketField field, const QString &why);
    Status failStart(const QString &message);
    QStringView cell(TicketField field) const;
    QString textCell(TicketField field) const;
    QString columnName(TicketField field) const;

    RowSource &m_rows;
    ImportMapping m_mapping;
    QString m_sourceName;
    bool m_keepGoing = false;
    bool m_started = false;
    bool m_guardsFormulas = false; // the tool writes '= for =, as a spreadsheet would not run it
    std::array<int, TicketFieldCount> m_index{};
    std::shared_ptr<const ZoneRules> m_zone;
    QStringList m_cells;
    LastCell m_lastAccount;
    LastCell m_lastProduct;
    QList<CachedPriority> m_priorities;
    QList<std::pair<QString, Channel>> m_channels;
    QString m_reason; // why the row being read is refused
    QList<RowRefusal> m_refusals;
    qint64 m_refused = 0;
    qint64 m_skipped = 0;
    QString m_error;
};
