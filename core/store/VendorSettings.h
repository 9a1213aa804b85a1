#pragma once

#include "Expected.h"

#include <QByteArray>
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

    // The logo at the top of each document: the bytes of a PNG or JPEG file,
    // empty when none. Refused when it is neither or larger than 1 MB.
    Expected<QByteArray> logo() const;
    Status setLogo(const QByteArray &image);
    Status clearLogo();
    static constexpr qsizetype MaximumLogoBytes = 1024 * 1024;

private:
    Status store(const QString &key, const QString &value);

    Database &m_database;
};
