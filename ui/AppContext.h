#pragma once

#include "TimeDisplay.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <optional>

class Database;
class QWidget;
class StoreWatcher;

// What every view of the desktop application shares: the open store, the
// current instant (pinned in tests), the display language, and a signal that
// tells every view to reload after a change made anywhere.
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(Database &database, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    // False on a read-only store, and while a long write (an import) runs
    // on its own connection: views then disable every action that would
    // change the store (they can still show and export).
    bool canEdit() const;
    // Around a long write: editing stops (editableChanged()), and changes
    // made elsewhere meanwhile are applied once it has ended.
    void beginLongWrite();
    void endLongWrite();
    bool isLongWriteRunning() const { return m_longWrites > 0; }

    qint64 nowUtc() const;
    void pinNow(std::optional<qint64> utcSeconds) { m_pinnedNow = utcSeconds; }

    // "en" or "fr": the language of the interface and of the locale used for
    // dates, numbers and money.
    QString languageCode() const { return m_languageCode; }
    QLocale locale() const;
    void setLanguageCode(const QString &code);

    // How instants are written (View → Times in), and the user's zone: the
    // system's, pinned by tests that must not depend on this computer.
    const TimeDisplay &timeDisplay() const { return m_timeDisplay; }
    void setTimeMode(TimeDisplay::Mode mode);
    bool setUserZone(const QString &ianaId);

    // Called by whoever changed the store; views reload on dataChanged().
    void notifyDataChanged() { emit dataChanged(); }
    // Views also reload when another connection (another window, program or
    // colleague) commits a change to the store.
    void watchStore(int pollMilliseconds = 2000);
    bool isWatching() const { return m_watcher != nullptr; }
    // A save refused because someone changed the same thing meanwhile (the
    // store's conflict message): every view reloads, and a warning that
    // does not block tells the user the other change and that the form now
    // shows it.
    void reportConflict(QWidget *parent, const QString &storeMessage);

signals:
    void dataChanged();
    void editableChanged();
    void languageChanged();
    void timeDisplayChanged();
    void changedElsewhere();
    // The text of a conflict's warning, as shown.
    void conflictReported(const QString &text);

private:
    Database &m_database;
    std::optional<qint64> m_pinnedNow;
    QString m_languageCode = QStringLiteral("en");
    TimeDisplay m_timeDisplay;
    StoreWatcher *m_watcher = nullptr;
    int m_longWrites = 0;
    bool m_changedDuringWrite = false;
};
