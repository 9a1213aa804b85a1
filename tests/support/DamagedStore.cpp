#include "DamagedStore.h"

#include "Database.h"
#include "DemoGenerator.h"

#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <functional>

namespace DamagedStore {

namespace {

Status failure(const QString &message)
{
    return Status::failure(Error::Kind::Storage, message);
}

// A connection of the helper's own, closed before the file is read or
// written byte by byte.
Status withConnection(const QString &path, const std::function<Status(QSqlDatabase &)> &work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("damaged-store-%1").arg(++counter);
    Status result = success();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        result = connection.open() ? work(connection)
                                   : failure(path + QStringLiteral(": ") + connection.lastError().text());
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

quint32 bigEndian(const QByteArray &file, qint64 offset, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(file.at(offset + i));
    return value;
}

// SQLite's variable-length integer: up to eight bytes of 7 bits, high bit
// set when another follows, then a ninth of 8 bits.
qint64 varint(const QByteArray &file, qint64 offset)
{
    quint64 value = 0;
    for (int i = 0; i < 8; ++i) {
        const quint8 byte = quint8(file.at(offset + i));
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return qint64(value);
    }
    return qint64((value << 8) | quint8(file.at(offset + 8)));
}

// Page types of the b-tree page header (SQLite's file format, 1.6).
constexpr quint8 InteriorIndex = 0x02;
constexpr quint8 InteriorTable = 0x05;
constexpr quint8 LeafIndex = 0x0a;
constexpr quint8 LeafTable = 0x0d;

class Walk
{
public:
    Walk(const QByteArray &file, int pageSize, QString btree)
        : m_file(file), m_pageSize(pageSize), m_btree(std::move(btree))
    {
    }

    Status visit(quint32 page, Pages &pages)
    {
        if (page == 0 || qint64(page) * m_pageSize > m_file.size() || m_seen.contains(page))
            return failure(QStringLiteral("%1: page %2 is not a page of its own").arg(m_btree).arg(page));
        m_seen.insert(page);
        const qint64 header = headerOf(page);
        const quint8 type = quint8(m_file.at(header));
        if (type == LeafTable || type == LeafIndex) {
            pages.leaves << page;
            return success();
        }
        if (type != InteriorTable && type != InteriorIndex)
            return failure(QStringLiteral("%1: page %2 is not a b-tree page").arg(m_btree).arg(page));
        pages.interior << page;
        // Each cell starts with its left child; the right-most child is in the header.
        const int cells = int(bigEndian(m_file, header + 3, 2));
        for (int cell = 0; cell < cells; ++cell) {
            const qint64 pointer = pageStart(page) + bigEndian(m_file, header + 12 + 2 * cell, 2);
            if (const Status child = visit(bigEndian(m_file, pointer, 4), pages); !child)
                return child;
        }
        return visit(bigEndian(m_file, header + 8, 4), pages);
    }

    // A table leaf's cells: the payload's size, then the row id.
    QList<qint64> rowIdsOf(quint32 leaf) const
    {
        QList<qint64> rowIds;
        const qint64 header = headerOf(leaf);
        if (quint8(m_file.at(header)) != LeafTable)
            return rowIds;
        const int cells = int(bigEndian(m_file, header + 3, 2));
        for (int cell = 0; cell < cells; ++cell) {
            qint64 at = pageStart(leaf) + bigEndian(m_file, header + 8 + 2 * cell, 2);
            while (quint8(m_file.at(at)) & 0x80) // skip the payload size
                ++at;
            rowIds << varint(m_file, at + 1);
        }
        return rowIds;
    }

private:
    qint64 pageStart(quint32 page) const { return qint64(page - 1) * m_pageSize; }
    // The first page starts with the 100 bytes of the file header.
    qint64 headerOf(quint32 page) const { return pageStart(page) + (page == 1 ? 100 : 0); }

    const QByteArray &m_file;
    int m_pageSize;
    QString m_btree;
    QSet<quint32> m_seen;
};

Expected<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>(
            Error{Error::Kind::Storage, path + QStringLiteral(": ") + file.errorString()});
    return file.readAll();
}

} // namespace

qint64 demoAsOfUtc()
{
    return QDate(1970, 1, 1).daysTo(QDate(2026, 11, 30)) * qint64(86400);
}

Status makeDemoStore(const QString &path)
{
    {
        auto database = Database::open(path);
        if (!database)
            return database.error();
        DemoOptions options;
        options.accounts = 20;
        options.tickets = 30000;
        options.months = 6;
        options.nowUtc = demoAsOfUtc();
        if (const auto made = DemoGenerator(**database).generate(options); !made)
            return made.error();
    }
    return checkpoint(path);
}

Status checkpoint(const QString &path)
{
    const Status done = withConnection(path, [&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        // One row: whether another connection kept it from finishing, the
        // log's pages, the pages moved.
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
            return failure(path + QStringLiteral(": ") + query.lastError().text());
        if (query.value(0).toInt() != 0)
            return failure(path + QStringLiteral(": another connection holds the write-ahead log"));
        return success();
    });
    if (!done)
        return done;
    if (QFile::exists(path + QStringLiteral("-wal")) && QFile(path + QStringLiteral("-wal")).size() > 0)
        return failure(path + QStringLiteral(": the write-ahead log was not emptied"));
    return success();
}

Expected<Pages> pagesOf(const QString &path, const QString &btree)
{
    quint32 root = 0;
    const Status found = withConnection(path, [&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        query.addBindValue(btree);
        if (!query.exec() || !query.next())
            return failure(
                QStringLiteral("%1: no b-tree %2 (%3)").arg(path, btree, query.lastError().text()));
        root = query.value(0).toUInt();
        return success();
    });
    if (!found)
        return found.error();
    const auto file = readWhole(path);
    if (!file)
        return file.error();
    Pages pages;
    // Bytes 16-17 of the header; 1 stands for 65536.
    pages.pageSize = int(bigEndian(*file, 16, 2));
    if (pages.pageSize == 1)
        pages.pageSize = 65536;
    if (pages.pageSize < 512 || file->size() % pages.pageSize != 0)
        return Expected<Pages>(Error{Error::Kind::Storage, path + QStringLiteral(": not whole pages")});
    Walk walk(*file, pages.pageSize, btree);
    if (const Status walked = walk.visit(root, pages); !walked)
        return walked.error();
    return pages;
}

Expected<Damage> damagedCopy(const QString &intact, const QString &copy, const QString &btree)
{
    QFile::remove(copy);
    if (!QFile::copy(intact, copy) ||
        !QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Expected<Damage>(Error{Error::Kind::Storage, QStringLiteral("could not copy %1").arg(intact)});
    const auto pages = pagesOf(copy, btree);
    if (!pages)
        return pages.error();
    Damage damage;
    damage.btree = btree;
    damage.page = pages->leaves.at(pages->leaves.size() / 2);
    const auto file = readWhole(copy);
    if (!file)
        return file.error();
    damage.rowIds = Walk(*file, pages->pageSize, btree).rowIdsOf(damage.page);

    // The same garbage for the same page in every run.
    QRandomGenerator random(damage.page);
    QByteArray garbage(pages->pageSize, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    garbage[0] = char(0xff);
    QFile out(copy);
    if (!out.open(QIODevice::ReadWrite) || !out.seek(qint64(damage.page - 1) * pages->pageSize) ||
        out.write(garbage) != garbage.size() || !out.flush())
        return Expected<Damage>(Error{Error::Kind::Storage, copy + QStringLiteral(": ") + out.errorString()});
    return damage;
}

} // namespace DamagedStore
