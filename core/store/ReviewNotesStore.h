#pragma once

#include "Expected.h"
#include "YearQuarter.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The technical account manager's notes and actions for one account's
// quarterly status review, as last saved.
struct ReviewNotes
{
    QString text;
    // The row's version when read: 0 when none is saved yet.
    qint64 version = 0;
};

// The free text of each account's quarterly review, kept in the store so
// that the whole team sees and edits the same notes.
class ReviewNotesStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewNotesStore)

public:
    explicit ReviewNotesStore(Database &database);

    // Empty notes with version 0 when none are saved.
    Expected<ReviewNotes> find(qint64 accountId, YearQuarter quarter) const;
    // Saves `text` over the notes read at `readVersion` (0: none were saved).
    // Refused (Database::isConflict()) when someone saved them since; the
    // message then quotes the beginning of what is saved now.
    Status save(qint64 accountId, YearQuarter quarter, const QString &text, qint64 readVersion);

private:
    Database &m_database;
};
