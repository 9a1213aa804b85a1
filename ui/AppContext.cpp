#include "AppContext.h"

#include "Database.h"
#include "StoreWatcher.h"

#include <QDateTime>
#include <QMessageBox>

AppContext::AppContext(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
}

bool AppContext::canEdit() const
{
    return !m_database.isReadOnly() && m_longWrites == 0;
}

void AppContext::beginLongWrite()
{
    if (m_longWrites++ == 0)
        emit editableChanged();
}

void AppContext::endLongWrite()
{
    Q_ASSERT(m_longWrites > 0);
    if (--m_longWrites > 0)
        return;
    emit editableChanged();
    if (m_changedDuringWrite) {
        m_changedDuringWrite = false;
        emit changedElsewhere();
        notifyDataChanged();
    }
}

void AppContext::watchStore(int pollMilliseconds)
{
    if (m_watcher)
        return;
    m_watcher = new StoreWatcher(m_database, pollMilliseconds, this);
    connect(m_watcher, &StoreWatcher::changedElsewhere, this, [this] {
        // Read once the long write has ended, with what it wrote.
        if (m_longWrites > 0) {
            m_changedDuringWrite = true;
            return;
        }
        emit changedElsewhere();
        notifyDataChanged();
    });
}

void AppContext::reportConflict(QWidget *parent, const QString &storeMessage)
{
    const QString text =
        tr("Someone else changed this while you were editing it, so your change was not saved.\n\n"
           "%1\n\nThe form now shows what is stored: make your change again if it still "
           "applies.")
            .arg(storeMessage);
    notifyDataChanged();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Changed elsewhere"), text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
    emit conflictReported(text);
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

void AppContext::setTimeMode(TimeDisplay::Mode mode)
{
    if (mode == m_timeDisplay.mode())
        return;
    m_timeDisplay.setMode(mode);
    emit timeDisplayChanged();
}

bool AppContext::setUserZone(const QString &ianaId)
{
    if (!m_timeDisplay.setUserZone(ianaId))
        return false;
    emit timeDisplayChanged();
    return true;
}
