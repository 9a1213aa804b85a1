#include "ProductStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

Product productFrom(const QSqlQuery &query)
{
    Product product;
    product.id = query.value(0).toLongLong();
    product.name = query.value(1).toString();
    // The schema only admits known codes.
    product.category = parseProductCategory(query.value(2).toString()).value_or(ProductCategory::Ga);
    return product;
}

} // namespace

ProductStore::ProductStore(Database &database) : m_database(database)
{
}

Expected<qint64> ProductStore::add(const QString &name, ProductCategory category)
{
    if (name.trimmed().isEmpty())
        return Expected<qint64>::failure(Error::Kind::InvalidInput, tr("a product needs a name"));
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        const auto existing = findByName(name);
        if (existing)
            return Status::failure(Error::Kind::InvalidInput,
                                   tr("a product named '%1' already exists").arg(name));
        if (existing.errorKind() != Error::Kind::NotFound)
            return existing.error();
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO products (name, category) VALUES (?, ?) RETURNING id"));
        query.addBindValue(name);
        query.addBindValue(productCategoryCode(category));
        if (const Status inserted = m_database.write(query); !inserted)
            return inserted;
        id = query.next() ? query.value(0).toLongLong() : 0;
        return m_database.rowsEnded(query);
    });
    if (!status)
        return status.error();
    return id;
}

Expected<QList<Product>> ProductStore::all() const
{
    QList<Product> products;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run =
            m_database.read(query, QStringLiteral("SELECT id, name, category FROM products ORDER BY name"));
        !run)
        return run.error();
    while (query.next())
        products.append(productFrom(query));
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return products;
}

Expected<Product> ProductStore::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, category FROM products WHERE name = ?"));
    query.addBindValue(name.isNull() ? QStringLiteral("") : name);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<Product>::failure(Error::Kind::NotFound, tr("no product named '%1'").arg(name));
    return productFrom(query);
}

Expected<QHash<qint64, ProductCategory>> ProductStore::categoryById() const
{
    const auto products = all();
    if (!products)
        return products.error();
    QHash<qint64, ProductCategory> categories;
    for (const Product &product : *products)
        categories.insert(product.id, product.category);
    return categories;
}
