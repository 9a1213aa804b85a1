#pragma once

#include "Expected.h"
#include "ImportMapping.h"
#include "Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class RowSource;

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
    // creation time are mapped, the zone is known when needed).
    Status start();
    // The next ticket. A refused row stops the reading as an error when
    // `keepGoing` is false (an import); otherwise it is recorded in
    // refusals() and the reading goes on (a dry run). Rows whose priority
    // or organisation the mapping ignores are skipped and counted. nullopt
    // at the end or on an error (atError()).
    std::optional<ForeignTicket> next();
    void setKeepGoing(bool keepGoing) { m_keepGoing = keepGoing; }

    bool atError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<RowRefusal> &refusals() const { return m_refusals; }
    qint64 skipped() const { return m_skipped; }
    int line() const;
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    RowSource &m_rows;
    ImportMapping m_mapping;
    QString m_sourceName;
    bool m_keepGoing = false;
    QList<RowRefusal> m_refusals;
    qint64 m_skipped = 0;
    QString m_error;
};
