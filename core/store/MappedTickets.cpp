#include "MappedTickets.h"

#include "AccountStore.h"
#include "ProductStore.h"

#include <algorithm>

Expected<StoreNames> storeNames(Database &database)
{
    StoreNames names;
    const auto accounts = AccountStore(database).all();
    if (!accounts)
        return accounts.error();
    for (const Account &account : *accounts)
        names.accounts.insert(account.name, account.id);
    const auto products = ProductStore(database).all();
    if (!products)
        return products.error();
    for (const Product &product : *products)
        names.products.insert(product.name, product.id);
    return names;
}

MappedTickets::MappedTickets(ForeignTicketReader &reader, const ImportMapping &mapping, QString sourceName,
                             const StoreNames &known, Missing missing, bool keepGoing)
    : m_reader(reader), m_mapping(mapping), m_sourceName(std::move(sourceName)), m_accounts(known.accounts),
      m_products(known.products), m_missing(missing), m_keepGoing(keepGoing)
{
}

std::optional<Ticket> MappedTickets::next()
{
    for (;;) {
        auto read = m_reader.next();
        if (!read)
            return std::nullopt;
        m_line = read->line;
        const Ticket &ticket = read->ticket;
        if (!admitted(m_accounts, m_addedAccounts, ticket.account, m_lastIds.account)) {
            if (!refuse(TicketField::Account,
                        tr("account '%1' is not in the store: add it, or let the import add it "
                           "(--create-missing)")
                            .arg(ticket.account)))
                return std::nullopt;
            continue;
        }
        if (!admitted(m_products, m_addedProducts, ticket.product, m_lastIds.product)) {
            if (!refuse(TicketField::Product,
                        tr("product '%1' is not in the store: add it, or let the import add it "
                           "(--create-missing)")
                            .arg(ticket.product)))
                return std::nullopt;
            continue;
        }
        return std::move(read->ticket);
    }
}

bool MappedTickets::admitted(const NameIds &names, QSet<QString> &added, const QString &name, qint64 &id)
{
    if (const qint64 *found = names.find(name)) {
        id = *found;
        return true;
    }
    id = 0;
    if (m_missing == Missing::Collect) {
        added.insert(name);
        return true;
    }
    return false;
}

QList<RowRefusal> MappedTickets::refusals() const
{
    QList<RowRefusal> all = m_reader.refusals() + m_refusals;
    std::stable_sort(all.begin(), all.end(),
                     [](const RowRefusal &a, const RowRefusal &b) { return a.line < b.line; });
    return all;
}

QStringList MappedTickets::sorted(const QSet<QString> &names)
{
    QStringList list(names.begin(), names.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool MappedTickets::refuse(TicketField field, const QString &why)
{
    const QString where =
        m_mapping.column(field).isEmpty() ? why : tr("column %1: %2").arg(m_mapping.column(field), why);
    if (!m_keepGoing) {
        m_error = QStringLiteral("%1:%2: %3").arg(m_sourceName).arg(m_line).arg(where);
        return false;
    }
    ++m_refusedHere;
    if (m_refusals.size() < ImportDryRun::MaxListed)
        m_refusals.append(RowRefusal{m_line, where});
    return true;
}
