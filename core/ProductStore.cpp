#include "ProductStore.h"

#include "Database.h"

#include <QSqlError>
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
        return Expected<qint64>::failure(QStringLiteral("a product needs a name"));
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        if (findByName(name))
            return Status::failure(QStringLiteral("a product named '%1' already exists").arg(name));
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO products (name, category) VALUES (?, ?) RETURNING id"));
        query.addBindValue(name);
        query.addBindValue(productCategoryCode(category));
        if (!query.exec()) {
            return Status::failure(
                QStringLiteral("the store could not be updated: %1").arg(query.lastError().text()));
        }
        id = query.next() ? query.value(0).toLongLong() : 0;
        return success();
    });
    if (!status)
        return Expected<qint64>::failure(status.error());
    return id;
}

QList<Product> ProductStore::all() const
{
    QList<Product> products;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name, category FROM products ORDER BY name"));
    while (query.next())
        products.append(productFrom(query));
    return products;
}

Expected<Product> ProductStore::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, category FROM products WHERE name = ?"));
    query.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!query.exec() || !query.next())
        return Expected<Product>::failure(QStringLiteral("no product named '%1'").arg(name));
    return productFrom(query);
}

QHash<qint64, ProductCategory> ProductStore::categoryById() const
{
    QHash<qint64, ProductCategory> categories;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name, category FROM products"));
    while (query.next()) {
        const Product product = productFrom(query);
        categories.insert(product.id, product.category);
    }
    return categories;
}
