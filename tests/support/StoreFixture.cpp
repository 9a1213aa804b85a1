#include "StoreFixture.h"

StoreFixture::StoreFixture()
{
    if (m_store.location().isEmpty()) {
        m_error = m_store.error();
        return;
    }
    auto opened = Database::open(m_store.location());
    if (!opened) {
        m_error = opened.message();
        return;
    }
    m_database = std::move(opened.value());
}
