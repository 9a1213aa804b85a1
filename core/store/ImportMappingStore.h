#pragma once

#include "Expected.h"
#include "ImportMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

struct SavedMapping
{
    QString name;
    ImportMapping mapping;
};

// The mappings of help desks' exports, saved by name in the store so that
// everyone on the team imports an export the same way.
class ImportMappingStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappingStore)

public:
    explicit ImportMappingStore(Database &database);

    // Adds the mapping, or replaces the one of that name.
    Status save(const QString &name, const ImportMapping &mapping);
    Expected<ImportMapping> find(const QString &name) const; // NotFound when there is none
    Expected<QList<SavedMapping>> all() const;               // by name
    Status remove(const QString &name);

private:
    Database &m_database;
};
