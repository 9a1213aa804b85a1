#pragma once

#include "CsvReader.h"
#include "CsvWriter.h"
#include "Expected.h"
#include "ImportSource.h"
#include "Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QHashFunctions>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class ZoneRules;

// The ticket CSV of the command line's import and export, columns in this order:
// id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at
QStringList ticketCsvHeader();

// Reads a ticket CSV. The header is mapped once (columns in any order, names
// in any letter case, surrounding spaces ignored); then each record becomes a
// ticket. A timestamp without an offset is read in its account's time zone.
// Errors name the file, the line and the column: "tickets.csv:14: column created_at: ...".
class TicketCsvReader : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(TicketCsvReader)

public:
    // The time zone of an account, nullptr for an account that does not exist.
    using ZoneLookup = std::function<std::shared_ptr<const ZoneRules>(const QString &account)>;

    TicketCsvReader(QIODevice *device, QString sourceName, ZoneLookup zoneOf);
    // Whether a product exists. Optional: when set, an unknown product is an
    // error naming its line and column rather than one found only on saving.
    using ProductLookup = std::function<bool(const QString &product)>;
    void setProductLookup(ProductLookup productExists) { m_productExists = std::move(productExists); }
    // Whether a ticket read twice is an error here (the default). A caller
    // whose store refuses repeats itself turns it off and is spared the
    // memory of every (account, id) read.
    void setDuplicateCheck(bool check) { m_checkDuplicates = check; }
    // The line of the first record of this ticket before `beforeLine`, by
    // reading the file again from its start; 0 when there is none. For the
    // error of a repeat found elsewhere.
    static int firstLineOf(QIODevice *device, const QString &account, const QString &id, int beforeLine);
    // Longer records are refused, naming their line.
    static constexpr qsizetype MaxRecordLength = 1 << 20;

    Status readHeader();
    // The next ticket; nullopt at the end or on an error (see atError()).
    std::optional<Ticket> next() override;

    bool atError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    qint64 bytesRead() const override { return m_csv.bytesRead(); }
    int line() const override { return m_csv.recordLine(); } // where the last record started

private:
    static constexpr int ColumnCount = 9; // as in ticketCsvHeader()
    struct KnownAccount
    {
        std::shared_ptr<const ZoneRules> zone; // nullptr: no such account
        int number = 0;                        // dense, for compact duplicate keys
    };

    // An account number and an id of up to 12 Latin-1 characters in 16 bytes:
    // the usual ticket ids are checked for duplicates with no allocation.
    struct PackedKey
    {
        quint64 first = 0;
        quint64 second = 0;
        friend bool operator==(const PackedKey &a, const PackedKey &b)
        {
            return a.first == b.first && a.second == b.second;
        }
        friend size_t qHash(const PackedKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.first, key.second);
        }
    };

    struct LastCell
    {
        bool known = false;
        QString raw;  // as in the file
        QString cell; // as read
    };

    bool fail(const QString &message);
    QString repeatedCell(int column, LastCell &last);
    int &firstLineOf(int accountNumber, const QString &id, bool *seen);
    bool failIn(int column, const QString &message);
    QStringView field(int column) const;
    QString take(int column);
    QString textCell(int column, bool trim);
    std::optional<qint64> readTimestamp(int column, const ZoneRules &zone);
    const KnownAccount &account(const QString &name);

    CsvReader m_csv;
    QString m_sourceName;
    ZoneLookup m_zoneOf;
    ProductLookup m_productExists;
    QHash<QString, bool> m_products; // answers of m_productExists, one per product
    bool m_checkDuplicates = true;
    bool m_headerRead = false;
    int m_headerFieldCount = 0;
    std::array<int, ColumnCount> m_index{}; // field of each column; -1 when an optional column is absent
    QStringList m_fields;
    QHash<QString, KnownAccount> m_accounts;
    LastCell m_lastAccount;
    LastCell m_lastProduct;
    // (account number, id) → line of its first record; ids that do not pack
    // go to m_seenLong, keyed by two characters of account number and the id.
    QHash<PackedKey, int> m_seen;
    QHash<QString, int> m_seenLong;
    QString m_error;
};

// Writes tickets in the header's column order, instants in UTC with 'Z', so
// an export imports back unchanged. Text cells that a spreadsheet would run
// as a formula get an apostrophe in front, which the reader takes off.
class TicketCsvWriter
{
public:
    explicit TicketCsvWriter(QIODevice *device);

    void writeHeader();
    void write(const Ticket &ticket);
    bool hasError() const { return m_csv.hasError(); }
    QString error() const { return m_csv.error(); }

private:
    CsvWriter m_csv;
};
