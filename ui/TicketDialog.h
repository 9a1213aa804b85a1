#pragma once

#include "Expected.h"
#include "Ticket.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <optional>

class AppContext;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class ZoneRules;

// Logs a ticket, or records the first response and resolution of one. Times
// are entered on the wall clock View → Times in chooses (the user's zone,
// the account's or UTC), and a time loaded and left as it was is saved as
// the same instant, even in the hour a clock goes back; what is wrong is
// said in the dialog, which stays open.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    // A new ticket.
    explicit TicketDialog(AppContext &context, QWidget *parent = nullptr);
    // The ticket of a store row.
    TicketDialog(AppContext &context, qint64 rowId, QWidget *parent = nullptr);

    void setAccount(const QString &name);
    void setTicketId(const QString &id);
    void setSubject(const QString &subject);
    void setPriority(Priority priority);
    void setProduct(const QString &name);
    void setChannel(Channel channel);
    // Wall-clock times of the chosen zone (the QDateTime's own zone is ignored).
    void setCreated(const QDateTime &wallClock);
    void setFirstResponse(const std::optional<QDateTime> &wallClock);
    void setResolved(const std::optional<QDateTime> &wallClock);

    // The ticket as entered, or what is wrong with it.
    Expected<Ticket> ticket() const;
    QString errorText() const;
    qint64 savedRowId() const { return m_rowId; }

public slots:
    // Saves and closes when the ticket is valid; otherwise shows why.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void load(qint64 rowId);
    void updateZone();
    void showError(const QString &message);
    std::shared_ptr<const ZoneRules> accountZone() const;
    // The zone the times are entered in: the account's, the user's or UTC.
    const ZoneRules &entryZone() const;
    Expected<qint64> instantOf(const QDateTimeEdit *edit, const QString &what) const;
    QDateTime wallClockOf(qint64 utcSeconds) const;

    AppContext &m_context;
    qint64 m_rowId = 0;   // 0 for a ticket not in the store yet
    qint64 m_version = 0; // the stored row's version when it was loaded
    QComboBox *m_account = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_channel = nullptr;
    QDateTimeEdit *m_created = nullptr;
    QCheckBox *m_answered = nullptr;
    QDateTimeEdit *m_firstResponse = nullptr;
    QCheckBox *m_isResolved = nullptr;
    QDateTimeEdit *m_resolved = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labels;
    // The stored instants the edits were loaded with.
    QHash<const QDateTimeEdit *, qint64> m_loaded;
};
