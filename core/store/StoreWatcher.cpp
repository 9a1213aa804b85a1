#include "StoreWatcher.h"

#include "Database.h"

#include <QSqlQuery>

StoreWatcher::StoreWatcher(Database &database, int pollMilliseconds, QObject *parent)
    : QObject(parent), m_database(database)
{
    if (m_database.engine() == StoreEngine::PostgreSql) {
        subscribe();
        // A connection opened again has lost its subscription.
        m_database.setReconnectHandler([this] { subscribe(); });
        return;
    }
    m_dataVersion = dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    m_timer.start(pollMilliseconds);
}

void StoreWatcher::subscribe()
{
    QSqlDriver *driver = m_database.connection().driver();
    m_subscribed = driver && driver->subscribeToNotification(Database::notificationChannel());
    if (m_subscribed) {
        connect(driver, &QSqlDriver::notification, this, &StoreWatcher::onNotification, Qt::UniqueConnection);
        m_unavailable.clear();
    } else {
        m_unavailable =
            tr("changes made elsewhere will not be shown: the store's notifications could not be received");
    }
}

StoreWatcher::~StoreWatcher()
{
    if (m_database.engine() == StoreEngine::PostgreSql)
        m_database.setReconnectHandler({});
    if (!m_subscribed)
        return;
    if (QSqlDriver *driver = m_database.connection().driver())
        driver->unsubscribeFromNotification(Database::notificationChannel());
}

void StoreWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                  const QVariant &)
{
    // This connection's own commits are what the application just did.
    if (name == Database::notificationChannel() && source != QSqlDriver::SelfSource)
        emit changedElsewhere();
}

void StoreWatcher::poll()
{
    // A store that cannot be asked now says so at the view's next read.
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit changedElsewhere();
}

qint64 StoreWatcher::dataVersion() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
