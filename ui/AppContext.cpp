#include "AppContext.h"

#include "Database.h"

#include <QDateTime>

AppContext::AppContext(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

bool AppContext::canEdit() const
{
    return !m_database.isReadOnly();
}

qint64 AppContext::nowUtc() const
{
    return m_pinnedNow ? *m_pinnedNow : QDateTime::currentSecsSinceEpoch();
}

QLocale AppContext::locale() const
{
    return m_languageCode == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                   : QLocale(QLocale::English, QLocale::UnitedStates);
}

void AppContext::setLanguageCode(const QString &code)
{
    if (code == m_languageCode)
        return;
    m_languageCode = code;
    emit languageChanged();
}
