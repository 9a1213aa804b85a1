#pragma once

#include <QWidget>

class AppContext;
class ProblemBanner;
class QLabel;
class QPushButton;
class QTableView;
class TicketFilterBar;
class TicketTableModel;

// Every ticket of the store, filtered and sorted on any column, with their
// deadlines; new tickets are logged and responses recorded from here.
class TicketsView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsView(AppContext &context, QWidget *parent = nullptr);

    QTableView *currentTable() const { return m_table; }
    TicketTableModel *model() const { return m_model; }
    TicketFilterBar *filterBar() const { return m_filters; }
    // What the view says when the tickets could not be read (hidden otherwise).
    ProblemBanner *problemBanner() const { return m_problem; }

public slots:
    void newTicket();
    // Opens the selected ticket to record its first response or resolution.
    void editSelectedTicket();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    // A wait cursor until the event loop is idle again.
    void showBusyUntilIdle();
    void updateCount();
    void showFailure();
    void sizeColumns();

    AppContext &m_context;
    TicketFilterBar *m_filters = nullptr;
    TicketTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    ProblemBanner *m_problem = nullptr;
};
