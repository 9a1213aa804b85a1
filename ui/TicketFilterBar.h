#pragma once

#include "TicketStore.h"

#include <QWidget>

class AppContext;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The conditions of the ticket table: account, month, priority, product,
// channel, answered or not, breached only, and a search in ids and subjects.
// It only gathers them; the store does the filtering. Product, channel and
// answered, the least used, fold behind "More filters" so that the bar fits
// a laptop's screen in every language.
class TicketFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TicketFilterBar(AppContext &context, QWidget *parent = nullptr);

    TicketFilter filter() const;
    bool breachedOnly() const;

    // Refills the account, product and month lists, keeping the choices.
    void reload();
    // Selects an account by id (nullopt: every account); for other views.
    void setAccount(std::optional<qint64> accountId);
    // The button that opens the folded filters, its text counting those set.
    QPushButton *moreFiltersButton() const { return m_more; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFixedChoices();
    QWidget *createMoreFilters();
    void updateMoreFilters();

    AppContext &m_context;
    QLabel *m_label = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_month = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_answered = nullptr;
    QCheckBox *m_breached = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_productLabel = nullptr;
    QLabel *m_channelLabel = nullptr;
    QLabel *m_answeredLabel = nullptr;
    QLineEdit *m_search = nullptr;
};
