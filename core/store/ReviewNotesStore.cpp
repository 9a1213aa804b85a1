#include "ReviewNotesStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// Enough of the stored notes for the person whose save was refused to
// recognise them.
QString beginningOf(const QString &text)
{
    constexpr qsizetype Shown = 60;
    const QString simplified = text.simplified();
    return simplified.size() <= Shown ? simplified : simplified.first(Shown) + QStringLiteral("…");
}

} // namespace

ReviewNotesStore::ReviewNotesStore(Database &database) : m_database(database)
{
}

Expected<ReviewNotes> ReviewNotesStore::find(qint64 accountId, YearQuarter quarter) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT notes, version FROM review_notes WHERE account_id = ? AND quarter = ?"));
    query.addBindValue(accountId);
    query.addBindValue(quarter.toString());
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return ReviewNotes{};
    return ReviewNotes{query.value(0).toString(), query.value(1).toLongLong()};
}

Status ReviewNotesStore::save(qint64 accountId, YearQuarter quarter, const QString &text, qint64 readVersion)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
        query.addBindValue(accountId);
        const auto exists = m_database.readFirstRow(query);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Status::failure(Error::Kind::NotFound, tr("the account no longer exists"));

        QSqlQuery write(m_database.connection());
        if (readVersion == 0) {
            write.prepare(
                QStringLiteral("INSERT INTO review_notes (account_id, quarter, notes) VALUES (?, ?, ?) "
                               "ON CONFLICT (account_id, quarter) DO NOTHING"));
            write.addBindValue(accountId);
            write.addBindValue(quarter.toString());
            write.addBindValue(text);
        } else {
            write.prepare(QStringLiteral("UPDATE review_notes SET notes = ?, version = version + 1 "
                                         "WHERE account_id = ? AND quarter = ? AND version = ?"));
            write.addBindValue(text);
            write.addBindValue(accountId);
            write.addBindValue(quarter.toString());
            write.addBindValue(readVersion);
        }
        if (const Status written = m_database.write(write); !written)
            return written;
        if (write.numRowsAffected() > 0)
            return success();
        const auto now = find(accountId, quarter);
        if (!now)
            return now.error();
        return Status::failure(Error::Kind::Conflict,
                               tr("the notes of the %1 review were changed elsewhere since you opened them "
                                  "(now: “%2”); your change was not saved")
                                   .arg(quarter.toString(), beginningOf(now->text)));
    });
}
