// What a user waits for in the desktop application on a given store, as one
// line of key=value for benchmarks/desktop.sh:
//   start_ms          process start (its start time in /proc/self/stat, so
//                     loading the libraries counts) to the first paint of the
//                     ticket table with its rows (an empty store: its first paint)
//   open_ms, window_ms  the same clock when the store is open, and when the
//                     main window is built (before it is shown)
//   jump_last_ms      Ctrl+End in the table until the last rows are painted
//   sort_subject_ms   sorting by subject (from creation, newest first) until painted
//   jump_middle_ms    scrolling to the middle row under that sort until painted
//   sort_response_ms  sorting by response time until painted
//   sort_due_ms       sorting by due time until painted
//   rss_first_paint_mb, peak_rss_mb  VmRSS at the first paint, VmHWM at the end
// With --import FILE, once the window is up: File > Import of FILE as the
// window runs it (on its own thread), then
//   import_ms         from the start of the import to its end, the views'
//                     reload of the new tickets included
//   import_max_blocked_ms  the longest time the window's event loop did not
//                     turn meanwhile: the largest gap between two ticks of a
//                     1 ms timer (the repaint of a window that stays usable)
//                     and, on standard error, each gap over 30 ms with the
//                     time it ended: where to look when the figure grows
// The window is the application's own (app/desktop/main.cpp builds the same),
// run offscreen; the first-run offer of the demo sample is left out.
#include "AppContext.h"
#include "Database.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "RiskMonitor.h"
#include "TicketTableModel.h"
#include "TicketsView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>

namespace {

// Milliseconds since this process started, on the clock /proc/self/stat
// counts its start time on (since boot, in clock ticks: 10 ms steps).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Waits for the table's viewport to be painted: the queued call runs once the
// paint event, and the repaint it is part of, are done.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QTableView *table) : m_table(table) { table->viewport()->installEventFilter(this); }

    // What `measure` says after the next paint (with rows when asked), -1
    // when none comes within a minute.
    double waitForPaint(const std::function<double()> &measure, bool withRows)
    {
        m_measure = measure;
        m_withRows = withRows;
        m_painted = false;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        return m_painted ? m_ms : -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_loop && (!m_withRows || m_table->model()->rowCount() > 0)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_loop || m_painted)
                        return;
                    m_painted = true;
                    m_ms = m_measure();
                    m_loop->quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    std::function<double()> m_measure;
    QEventLoop *m_loop = nullptr;
    bool m_withRows = false;
    bool m_painted = false;
    double m_ms = -1;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SupportDesk"));
    QStringList arguments = QCoreApplication::arguments();
    QString importFile;
    if (arguments.size() == 4 && arguments.at(1) == u"--import") {
        importFile = arguments.at(2);
        arguments.remove(1, 2);
    }
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: desktop_bench [--import FILE.csv] STORE\n");
        return 2;
    }
    auto database = Database::open(arguments.at(1));
    if (!database) {
        std::fprintf(stderr, "desktop_bench: %s\n", qPrintable(database.message()));
        return 1;
    }
    const double openMs = msSinceProcessStart();
    AppContext context(**database);
    // The demo's stores end on their --as-of day: the Today view measures
    // that month, not the calendar's.
    if (const QByteArray asOf = qgetenv("BENCH_AS_OF"); !asOf.isEmpty())
        context.pinNow(QDateTime::fromString(QString::fromLatin1(asOf), Qt::ISODate).toSecsSinceEpoch());
    LanguageSwitcher languages(context);
    languages.switchTo(QStringLiteral("en"), false);
    MainWindow window(context, languages);
    const double windowMs = msSinceProcessStart();
    QTableView *table = window.ticketsView()->currentTable();
    TicketTableModel *model = window.ticketsView()->model();
    PaintWatcher watcher(table);
    const bool hasRows = model->rowCount() > 0;

    // The ticket table is what a first page means; the Today tab comes first.
    window.showView(window.tabs()->indexOf(window.ticketsView()));
    window.show();
    const double startMs = watcher.waitForPaint(msSinceProcessStart, hasRows);
    const double rssFirstPaint = statusMb("VmRSS");
    std::printf("start_ms=%.0f open_ms=%.0f window_ms=%.0f rows=%d rss_first_paint_mb=%.1f", startMs, openMs,
                windowMs, model->rowCount(), rssFirstPaint);

    QElapsedTimer timer;
    const auto elapsed = [&timer] { return double(timer.nsecsElapsed()) / 1e6; };
    auto timed = [&](const std::function<void()> &action) {
        timer.start();
        action();
        return watcher.waitForPaint(elapsed, hasRows);
    };
    // Untimed steps between the measured ones; the update makes sure a paint follows.
    auto settle = [&](const std::function<void()> &action) {
        action();
        table->viewport()->update();
        watcher.waitForPaint(elapsed, false);
    };
    auto sortBy = [&](int column, Qt::SortOrder order) {
        // What a click on the header does with sorting enabled.
        return timed([&] { table->horizontalHeader()->setSortIndicator(column, order); });
    };
    if (hasRows) {
        const double jumpLast = timed([&] { table->scrollToBottom(); });
        settle([&] { table->scrollToTop(); });
        const double sortSubject = sortBy(TicketTableModel::Subject, Qt::AscendingOrder);
        const double jumpMiddle =
            timed([&] { table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2); });
        settle([&] { table->scrollToTop(); });
        const double sortResponse = sortBy(TicketTableModel::ResponseTime, Qt::AscendingOrder);
        const double sortDue = sortBy(TicketTableModel::Due, Qt::AscendingOrder);
        std::printf(" jump_last_ms=%.1f sort_subject_ms=%.1f jump_middle_ms=%.1f sort_response_ms=%.1f "
                    "sort_due_ms=%.1f",
                    jumpLast, sortSubject, jumpMiddle, sortResponse, sortDue);
    }
    {
        // The Today view: a read of the month's tickets (on its own thread),
        // then what each tick of its clock costs on the window's thread.
        RiskMonitor *risk = window.riskMonitor();
        risk->waitForRead();
        timer.start();
        risk->reread();
        risk->waitForRead();
        const double readMs = elapsed();
        double refreshMs = 0;
        constexpr int refreshes = 5;
        for (int i = 0; i < refreshes; ++i) {
            timer.start();
            risk->reassess();
            refreshMs = std::max(refreshMs, elapsed());
        }
        std::printf(" today_accounts=%lld today_read_ms=%.1f today_refresh_max_ms=%.2f",
                    qint64(risk->risks().size()), readMs, refreshMs);
    }
    if (!importFile.isEmpty()) {
        QElapsedTimer sinceTick;
        double maxBlocked = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
            if (gap > 30)
                std::fprintf(stderr, "BLOCK %.1f ms ending at %.0f ms\n", gap, elapsed());
            maxBlocked = std::max(maxBlocked, gap);
            sinceTick.start();
        });
        timer.start();
        sinceTick.start();
        ticker.start(1);
        const auto imported = window.importTicketsFrom(importFile);
        // The reload of the views that follows the import is part of it.
        QCoreApplication::processEvents();
        const double importMs = elapsed();
        ticker.stop();
        if (!imported) {
            std::fprintf(stderr, "desktop_bench: %s\n", qPrintable(imported.message()));
            return 1;
        }
        std::printf(" imported=%lld import_ms=%.0f import_max_blocked_ms=%.1f", *imported, importMs,
                    maxBlocked);
    }
    std::printf(" peak_rss_mb=%.1f\n", statusMb("VmHWM"));
    std::fflush(stdout);
    return 0;
}
