#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class Database;

// Tells when another connection (another window, program or colleague) has
// committed a change to the store, so that views can read it again. On
// PostgreSQL through the notifications every committed write sends
// (Database::notificationChannel()), its own ignored; on SQLite by asking the
// file's data version every `pollMilliseconds`, which only others' commits
// change. The database must outlive the watcher, in the same thread.
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StoreWatcher(Database &database, int pollMilliseconds = 2000, QObject *parent = nullptr);
    ~StoreWatcher() override;

    // Why changes made elsewhere cannot be noticed (the server refused the
    // subscription); empty while they can.
    QString unavailableReason() const { return m_unavailable; }

signals:
    void changedElsewhere();

private:
    void subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void poll();
    qint64 dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_subscribed = false;
    QString m_unavailable;
};
