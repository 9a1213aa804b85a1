#pragma once

#include <QString>
#include <QTemporaryDir>

// A store of one test's own, on the engine the test run is for: a SQLite file
// in a temporary folder by default; when the environment variable
// SUPPORTDESK_TEST_POSTGRES holds a server address
// (postgresql://admin@127.0.0.1:5432/postgres), a fresh database on that
// server, created through that admin connection and dropped with the fixture.
class TestStore
{
public:
    TestStore();
    ~TestStore();
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    // For Database::open() and the CLI's --db; empty when the database could
    // not be made (error() says why).
    QString location() const;
    QString error() const;
    bool isPostgreSql() const;
    // Another, unused location on the same engine (a second store).
    QString siblingLocation(const QString &name);
    // The same database reached as another PostgreSQL role.
    QString locationAs(const QString &role) const;
    // Runs statements as the admin in this fixture's database (PostgreSQL only).
    bool runAsAdmin(const QStringList &statements, QString *error = nullptr) const;

    // Runs statements as the admin on the server's own database (roles).
    static bool runOnServer(const QStringList &statements, QString *error = nullptr);
    // The server address of SUPPORTDESK_TEST_POSTGRES, empty when unset.
    static QString postgresServer();
    // A folder for a test's other files (CSV, exports).
    QString filePath(const QString &name) const;

private:
    QString createDatabase(const QString &name);

    QTemporaryDir m_dir;
    QString m_location;
    QString m_error;
    QStringList m_databases; // created here, dropped by the destructor
};
