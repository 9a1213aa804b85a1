#include "VendorSettings.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString NameKey = QStringLiteral("vendor_name");
// Kept as base64 text: the settings hold text on both engines.
const QString LogoKey = QStringLiteral("vendor_logo");

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
    return store(NameKey, trimmed);
}

Expected<QByteArray> VendorSettings::logo() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(LogoKey);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    return *found ? QByteArray::fromBase64(query.value(0).toString().toLatin1()) : QByteArray();
}

Status VendorSettings::setLogo(const QByteArray &image)
{
    // The two formats every PDF reader and mail client shows, by their
    // signatures: the documents layer decodes the picture itself.
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    if (!png && !jpeg)
        return Status::failure(Error::Kind::InvalidInput, tr("the logo is not a PNG or JPEG image"));
    if (image.size() > MaximumLogoBytes)
        return Status::failure(Error::Kind::InvalidInput,
                               tr("the logo is larger than %1 KB").arg(MaximumLogoBytes / 1024));
    return store(LogoKey, QString::fromLatin1(image.toBase64()));
}

Status VendorSettings::clearLogo()
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(LogoKey);
        return m_database.write(query);
    });
}

Status VendorSettings::store(const QString &key, const QString &value)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        return m_database.write(query);
    });
}
