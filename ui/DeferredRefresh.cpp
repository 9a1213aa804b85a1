#include "DeferredRefresh.h"

#include <QEvent>
#include <QWidget>

DeferredRefresh::DeferredRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    m_view->installEventFilter(this);
}

void DeferredRefresh::request()
{
    m_pending = true;
    if (m_view->isVisible())
        ensure();
}

void DeferredRefresh::ensure()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_refresh();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        ensure();
    return QObject::eventFilter(watched, event);
}
