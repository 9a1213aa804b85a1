#pragma once

#include <QObject>
#include <functional>

class QWidget;

// Recomputes a view's content only when someone can see it. A report over a
// million tickets costs a few hundred milliseconds; views hidden behind
// another tab (or not shown yet at start) record the request and compute
// when they are next shown, or when a caller needs their content now.
class DeferredRefresh : public QObject
{
public:
    DeferredRefresh(QWidget *view, std::function<void()> refresh);

    // Refreshes now when the view is visible, else when it is next shown.
    void request();
    // Refreshes now if a request is still pending.
    void ensure();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_pending = false;
};
