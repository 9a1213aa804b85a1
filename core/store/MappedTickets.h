#pragma once

// The tickets of a mapped export as an import reads them: each names an
// account and a product the store has (or will have). Internal to core.

#include "Expected.h"
#include "ForeignTicketReader.h"
#include "HelpdeskImport.h"
#include "ImportSource.h"
#include "NameIds.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class Database;

// The ids of a ticket's account and product in the store (0: one the
// import would add).
struct TicketNameIds
{
    qint64 account = 0;
    qint64 product = 0;
};

// The accounts and products the store has, by name.
struct StoreNames
{
    QHash<QString, qint64> accounts; // name → id; 0 for one the import adds
    QHash<QString, qint64> products; // name → id; 0 for one the import adds
};

Expected<StoreNames> storeNames(Database &database);

// The tickets of a mapped export, each naming an account and a product the
// store has (or will have): a ticket naming another is refused at its line,
// or, when the missing ones are to be added, its names are collected.
class MappedTickets final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(HelpdeskImport)

public:
    enum class Missing : quint8 { Refuse, Collect };

    // `keepGoing`: a ticket naming what the store lacks is refused at its
    // line and the reading goes on (a dry run); otherwise the first one is
    // the error.
    MappedTickets(ForeignTicketReader &reader, const ImportMapping &mapping, QString sourceName,
                  const StoreNames &known, Missing missing, bool keepGoing);

    std::optional<Ticket> next() override;
    bool atError() const override { return m_reader.atError() || !m_error.isEmpty(); }
    QString error() const override { return m_reader.atError() ? m_reader.error() : m_error; }
    int line() const override { return m_line; }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }

    // The reader's refusals and this one's, by line.
    QList<RowRefusal> refusals() const;
    qint64 refusedCount() const { return m_reader.refusals().size() + m_refusedHere; }
    QStringList addedAccounts() const { return sorted(m_addedAccounts); }
    QStringList addedProducts() const { return sorted(m_addedProducts); }
    // Of the ticket next() returned last, found as it was admitted.
    TicketNameIds lastIds() const { return m_lastIds; }

    // By name, whatever the letter case.
    static QStringList sorted(const QSet<QString> &names);

private:
    // Whether the store has that name (its id into `id`), or will have it
    // (the name then collected, when missing ones are added; `id` 0).
    bool admitted(const NameIds &names, QSet<QString> &added, const QString &name, qint64 &id);
    // Records the refusal and says whether to go on.
    bool refuse(TicketField field, const QString &why);

    ForeignTicketReader &m_reader;
    const ImportMapping &m_mapping;
    QString m_sourceName;
    NameIds m_accounts;
    NameIds m_products;
    Missing m_missing;
    bool m_keepGoing;
    int m_line = 0;
    TicketNameIds m_lastIds;
    QList<RowRefusal> m_refusals;
    qint64 m_refusedHere = 0;
    QSet<QString> m_addedAccounts;
    QSet<QString> m_addedProducts;
    QString m_error;
};
