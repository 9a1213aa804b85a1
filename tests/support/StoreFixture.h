#pragma once

#include "Database.h"
#include "TestStore.h"

#include <memory>

// What a store test starts from: a store of its own (see TestStore: SQLite,
// or PostgreSQL when the run is for it), opened and migrated.
class StoreFixture
{
public:
    StoreFixture();

    bool ok() const { return m_database != nullptr; }
    QString error() const { return m_error; }
    Database &database() const { return *m_database; }
    TestStore &store() { return m_store; }
    // A file beside the store, for the test's CSV and PNG files.
    QString filePath(const QString &name) const { return m_store.filePath(name); }

private:
    TestStore m_store;
    std::unique_ptr<Database> m_database;
    QString m_error;
};
