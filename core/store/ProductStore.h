#pragma once

#include "Expected.h"
#include "ProductCategory.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Database;

struct Product
{
    qint64 id = 0;
    QString name;
    ProductCategory category = ProductCategory::Ga;
};

// The products tickets are about; a product's category decides whether its
// tickets count toward the guarantees.
class ProductStore
{
    Q_DECLARE_TR_FUNCTIONS(ProductStore)

public:
    explicit ProductStore(Database &database);

    // Returns the new product's id; names are unique.
    Expected<qint64> add(const QString &name, ProductCategory category);
    Expected<QList<Product>> all() const; // ordered by name
    Expected<Product> findByName(const QString &name) const;
    Expected<QHash<qint64, ProductCategory>> categoryById() const;

private:
    Database &m_database;
};
