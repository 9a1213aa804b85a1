#include "VendorSettings.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString NameKey = QStringLiteral("vendor_name");

} // namespace

VendorSettings::VendorSettings(Database &database) : m_database(database)
{
}

Expected<QString> VendorSettings::name() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(NameKey);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    return *found ? query.value(0).toString() : QString();
}

Status VendorSettings::setName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("the vendor's name is empty"));
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(NameKey);
        query.addBindValue(trimmed);
        return m_database.write(query);
    });
}
