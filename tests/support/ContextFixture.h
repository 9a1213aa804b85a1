#pragma once

// For the desktop tests only: it needs the ui library's AppContext.

#include "AppContext.h"
#include "Database.h"
#include "TestStore.h"

#include <memory>
#include <optional>

// What a desktop test starts from: a store of its own (see TestStore) and the
// application's context over it, "now" pinned so that deadlines and months do
// not depend on the day the tests run.
class ContextFixture
{
public:
    explicit ContextFixture(std::optional<qint64> nowUtc = std::nullopt)
    {
        auto opened = Database::open(m_store.location());
        if (!opened) {
            m_error = opened.error();
            return;
        }
        m_database = std::move(opened.value());
        m_context = std::make_unique<AppContext>(*m_database);
        m_context->pinNow(nowUtc);
    }

    bool ok() const { return m_context != nullptr; }
    QString error() const { return m_error.isEmpty() ? m_store.error() : m_error; }
    Database &database() const { return *m_database; }
    AppContext &context() const { return *m_context; }
    // A file beside the store, for the test's CSV and PNG files.
    QString filePath(const QString &name) const { return m_store.filePath(name); }

private:
    TestStore m_store;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    QString m_error;
};
