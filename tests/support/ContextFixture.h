#pragma once

// For the desktop tests only: it needs the ui library's AppContext.

#include "AppContext.h"
#include "StoreFixture.h"

#include <memory>
#include <optional>

// What a desktop test starts from: a store of its own and the application's
// context over it, "now" pinned so that deadlines and months do not depend
// on the day the tests run, and the user's zone pinned to UTC so that the
// times shown do not depend on the computer's zone.
class ContextFixture
{
public:
    explicit ContextFixture(std::optional<qint64> nowUtc = std::nullopt)
    {
        if (!m_store.ok())
            return;
        m_context = std::make_unique<AppContext>(m_store.database());
        m_context->pinNow(nowUtc);
        m_context->setUserZone(QStringLiteral("UTC"));
    }

    bool ok() const { return m_context != nullptr; }
    QString error() const { return m_store.error(); }
    Database &database() const { return m_store.database(); }
    AppContext &context() const { return *m_context; }
    QString filePath(const QString &name) const { return m_store.filePath(name); }
    TestStore &testStore() { return m_store.store(); }

private:
    StoreFixture m_store;
    std::unique_ptr<AppContext> m_context;
};
