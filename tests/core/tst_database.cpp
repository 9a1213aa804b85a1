#include "AccountStore.h"
#include "Calendar.h"
#include "CalendarStore.h"
#include "Database.h"
#include "Migrations.h"
#include "PlanStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <stdexcept>

namespace {

QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

qint64 countOf(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs statements on a connection of its own, outside any Database.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::optional<QString> setting(Database &database, const QString &key)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsFoldersAndSetsPragmas()
    {
        const QString path = m_dir.filePath(QStringLiteral("deep/er/store.sqlite"));
        auto database = Database::open(path);
        QVERIFY2(database.ok(), qPrintable(database.message()));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*database)->path(), path);
        QCOMPARE((*database)->isReadOnly(), false);
        QCOMPARE(pragma(**database, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(**database, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(**database, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(pragma(**database, QStringLiteral("busy_timeout")).toInt(), 5000);
        QCOMPARE((*database)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(Database::currentSchemaVersion(), 6);
    }

    void eachDatabaseHasItsOwnConnection()
    {
        const QString path = m_dir.filePath(QStringLiteral("connections.sqlite"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first.ok() && second.ok());
        const QString firstName = (*first)->connection().connectionName();
        const QString secondName = (*second)->connection().connectionName();
        QVERIFY(firstName != secondName);
        QVERIFY(QSqlDatabase::contains(firstName));
        (*first).reset();
        QVERIFY(!QSqlDatabase::contains(firstName));
        QVERIFY(QSqlDatabase::contains(secondName));
    }

    void seedsPlansAndDefaultCalendarOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("seeded.sqlite"));
        for (int round = 0; round < 2; ++round) {
            auto database = Database::open(path);
            QVERIFY2(database.ok(), qPrintable(database.message()));
            QCOMPARE(countOf(**database, QStringLiteral("plans")), 4);
            QCOMPARE(countOf(**database, QStringLiteral("plan_terms")), 4);
            QCOMPARE(countOf(**database, QStringLiteral("calendars")), 1);
            // Monday to Friday, one interval each; six holidays.
            QCOMPARE(countOf(**database, QStringLiteral("calendar_hours")), 5);
            QCOMPARE(countOf(**database, QStringLiteral("holidays")), 6);
            const auto calendar = CalendarStore(**database).findByName(Calendar::vendorDefaultName());
            QVERIFY2(calendar.ok(), qPrintable(calendar.message()));
            QCOMPARE(calendar->timeZoneId, QStringLiteral("America/Los_Angeles"));
            const auto defaultId = CalendarStore(**database).defaultCalendarId();
            QVERIFY(defaultId.ok());
            QCOMPARE(setting(**database, QStringLiteral("default_calendar")), QString::number(*defaultId));
        }
    }

    void doesNotSeedWhenAskedNot()
    {
        auto database = Database::open(m_dir.filePath(QStringLiteral("bare.sqlite")), false);
        QVERIFY(database.ok());
        QCOMPARE(countOf(**database, QStringLiteral("plans")), 0);
        QCOMPARE(countOf(**database, QStringLiteral("calendars")), 0);
    }

    void seedsOnlyEmptyTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("partial.sqlite"));
        {
            auto database = Database::open(path, false);
            QVERIFY(database.ok());
            Calendar own;
            own.name = QStringLiteral("Paris office");
            own.timeZoneId = QStringLiteral("Europe/Paris");
            own.schedule[0] = {{540, 1020}};
            QVERIFY(CalendarStore(**database).add(own).ok());
        }
        auto database = Database::open(path);
        QVERIFY(database.ok());
        QCOMPARE(countOf(**database, QStringLiteral("plans")), 4);
        QCOMPARE(countOf(**database, QStringLiteral("calendars")), 1);
        QVERIFY(!CalendarStore(**database).findByName(Calendar::vendorDefaultName()).ok());
    }

    void refusesNewerSchemaUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(Database::open(path).ok());
        rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)});
        const QByteArray before = bytesOf(path);
        QVERIFY(!before.isEmpty());

        auto database = Database::open(path);
        QVERIFY(!database.ok());
        QVERIFY2(database.message().contains(QStringLiteral("newer version")),
                 qPrintable(database.message()));
        QVERIFY(database.message().contains(path));
        QCOMPARE(bytesOf(path), before);
    }

    void refusesFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QByteArray text;
        for (int i = 0; i < 64; ++i)
            text += "These are meeting notes, not a database at all.\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        auto database = Database::open(path);
        QVERIFY(!database.ok());
        QVERIFY2(database.message().contains(QStringLiteral("'%1' is not a SupportDesk store").arg(path)),
                 qPrintable(database.message()));
        QCOMPARE(bytesOf(path), text);
    }

    void refusesDatabaseOfAnotherApplication()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE songs (title TEXT)")});
        const QByteArray before = bytesOf(path);
        auto database = Database::open(path);
        QVERIFY(!database.ok());
        QVERIFY2(database.message().contains(QStringLiteral("another application")),
                 qPrintable(database.message()));
        QCOMPARE(bytesOf(path), before);
    }

    void opensReadOnlyFileReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            Account account;
            account.name = QStringLiteral("Acme");
            QVERIFY(AccountStore(**database).add(account).ok());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        const QByteArray before = bytesOf(path);
        {
            auto database = Database::open(path);
            QVERIFY2(database.ok(), qPrintable(database.message()));
            QCOMPARE((*database)->isReadOnly(), true);
            // SQLite itself refuses writes, not only the store classes.
            QSqlQuery write((*database)->connection());
            QVERIFY(!write.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
            QCOMPARE(AccountStore(**database).all().value().size(), 1);
            QCOMPARE(PlanStore(**database).catalog().value().plans.size(), 4);
            Account other;
            other.name = QStringLiteral("Borealis");
            const auto added = AccountStore(**database).add(other);
            QVERIFY(!added.ok());
            QVERIFY2(added.message().contains(QStringLiteral("read-only")), qPrintable(added.message()));
        }
        QCOMPARE(bytesOf(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void refusesReadOnlyFileThatNeedsAnUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly-empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        auto database = Database::open(path);
        QVERIFY(!database.ok());
        QVERIFY2(database.message().contains(QStringLiteral("read-only and needs an upgrade")),
                 qPrintable(database.message()));
        QCOMPARE(QFileInfo(path).size(), 0);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void transactionCommitsOrRollsBack_data()
    {
        QTest::addColumn<int>("ending");
        QTest::addColumn<bool>("kept");
        QTest::newRow("work succeeds") << 0 << true;
        QTest::newRow("work fails") << 1 << false;
        QTest::newRow("work throws") << 2 << false;
    }

    void transactionCommitsOrRollsBack()
    {
        QFETCH(int, ending);
        QFETCH(bool, kept);
        auto database = Database::open(m_dir.filePath(QStringLiteral("tx-%1.sqlite").arg(ending)), false);
        QVERIFY(database.ok());
        Database &db = **database;
        const auto work = [&]() -> Status {
            QSqlQuery query(db.connection());
            if (!query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")))
                return Status::failure(Error::Kind::InvalidInput, QStringLiteral("insert failed"));
            if (ending == 1)
                return Status::failure(Error::Kind::InvalidInput, QStringLiteral("the work failed"));
            if (ending == 2)
                throw std::runtime_error("the work threw");
            return success();
        };
        bool threw = false;
        try {
            const Status status = db.transaction(work);
            QCOMPARE(status.ok(), ending == 0);
            if (ending == 1)
                QCOMPARE(status.message(), QStringLiteral("the work failed"));
        } catch (const std::runtime_error &) {
            threw = true;
        }
        QCOMPARE(threw, ending == 2);
        QCOMPARE(countOf(db, QStringLiteral("settings")), kept ? 1 : 0);
        // The connection is usable again: no transaction was left open.
        QVERIFY(db.transaction([] { return success(); }).ok());
    }

    void nestedTransactionRollsBackOnlyItself()
    {
        auto database = Database::open(m_dir.filePath(QStringLiteral("nested.sqlite")), false);
        QVERIFY(database.ok());
        Database &db = **database;
        const auto insert = [&](const char *key) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"));
            query.addBindValue(QLatin1String(key));
            return query.exec();
        };
        const Status outer = db.transaction([&]() -> Status {
            insert("outer");
            const Status inner = db.transaction([&]() -> Status {
                insert("inner");
                return Status::failure(Error::Kind::InvalidInput, QStringLiteral("inner failed"));
            });
            return inner.ok()
                       ? Status::failure(Error::Kind::InvalidInput, QStringLiteral("inner should fail"))
                       : success();
        });
        QVERIFY2(outer.ok(), qPrintable(outer.message()));
        QCOMPARE(countOf(db, QStringLiteral("settings")), 1);
        QCOMPARE(setting(db, QStringLiteral("outer")), QStringLiteral("v"));
    }

    void foreignKeysSparedByCallerComeBack_data() { transactionCommitsOrRollsBack_data(); }

    // A bulk writer may spare the store its foreign key checks for its own
    // transaction; they are on again however it ends, and an inner
    // transaction cannot turn them off inside an outer one.
    void foreignKeysSparedByCallerComeBack()
    {
        QFETCH(int, ending);
        auto database = Database::open(m_dir.filePath(QStringLiteral("fk-%1.sqlite").arg(ending)), false);
        QVERIFY(database.ok());
        Database &db = **database;
        const auto keysChecked = [&] {
            QSqlQuery query(db.connection());
            return query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() &&
                   query.value(0).toInt() == 1;
        };
        QVERIFY(keysChecked());
        bool checkedInside = true;
        try {
            const Status status = db.transaction(
                [&]() -> Status {
                    checkedInside = keysChecked();
                    if (ending == 1)
                        return Status::failure(Error::Kind::InvalidInput, QStringLiteral("the work failed"));
                    if (ending == 2)
                        throw std::runtime_error("the work threw");
                    return success();
                },
                Database::ForeignKeys::CheckedByCaller);
            QCOMPARE(status.ok(), ending == 0);
        } catch (const std::runtime_error &) {
            QCOMPARE(ending, 2);
        }
        QVERIFY(!checkedInside);
        QVERIFY(keysChecked());
        // A ticket of an account that does not exist is refused again.
        QSqlQuery orphan(db.connection());
        QVERIFY(!orphan.exec(QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, created_at) "
            "VALUES (999, 'T1', 's', 0, 999, 0, 0)")));

        bool checkedNested = false;
        QVERIFY(db.transaction([&]() -> Status {
                      return db.transaction(
                          [&]() -> Status {
                              checkedNested = keysChecked();
                              return success();
                          },
                          Database::ForeignKeys::CheckedByCaller);
                  }).ok());
        QVERIFY(checkedNested);
    }

    void defaultPathIsInTheDataFolder()
    {
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/supportdesk.sqlite")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
