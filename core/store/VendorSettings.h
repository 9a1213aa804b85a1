#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Who sends the customer's documents, a setting of the store so that the
// whole team's statements carry the same name.
class VendorSettings
{
    Q_DECLARE_TR_FUNCTIONS(VendorSettings)

public:
    explicit VendorSettings(Database &database);

    Expected<QString> name() const; // empty when not set
    Status setName(const QString &name);

private:
    Database &m_database;
};
