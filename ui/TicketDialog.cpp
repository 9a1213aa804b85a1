#include "TicketDialog.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "Database.h"
#include "Formatting.h"
#include "ProductStore.h"
#include "TicketStore.h"
#include "ZoneRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

TicketDialog::TicketDialog(AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    build();
    const QDateTime now = wallClockOf(m_context.nowUtc());
    m_created->setDateTime(now);
    m_firstResponse->setDateTime(now);
    m_resolved->setDateTime(now);
}

TicketDialog::TicketDialog(AppContext &context, qint64 rowId, QWidget *parent) : TicketDialog(context, parent)
{
    load(rowId);
}

void TicketDialog::build()
{
    auto *form = new QFormLayout(this);
    auto addRow = [&](const char *label, QWidget *field) {
        auto *text = new QLabel(this);
        text->setBuddy(field);
        m_labels.append({text, label});
        form->addRow(text, field);
    };
    m_account = new QComboBox(this);
    const auto accounts = AccountStore(m_context.database()).all();
    for (const Account &account : accounts ? *accounts : QList<Account>{})
        m_account->addItem(account.name, account.timeZoneId);
    m_id = new QLineEdit(this);
    m_subject = new QLineEdit(this);
    m_priority = new QComboBox(this);
    m_product = new QComboBox(this);
    const auto products = ProductStore(m_context.database()).all();
    for (const Product &product : products ? *products : QList<Product>{})
        m_product->addItem(product.name);
    m_channel = new QComboBox(this);
    m_created = new QDateTimeEdit(this);
    m_answered = new QCheckBox(this);
    m_firstResponse = new QDateTimeEdit(this);
    m_isResolved = new QCheckBox(this);
    m_resolved = new QDateTimeEdit(this);
    m_zone = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    // The accounts and products are offered only when they could all be read.
    const Status lists = !accounts   ? Status(accounts.error())
                         : !products ? Status(products.error())
                                     : success();
    m_error->setText(lists ? QString() : lists.message());
    m_error->setVisible(!lists);
    for (QDateTimeEdit *edit : {m_created, m_firstResponse, m_resolved}) {
        // The edit shows a wall clock, never converted by this computer's zone.
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
    }

    addRow(QT_TR_NOOP("&Account:"), m_account);
    addRow(QT_TR_NOOP("Ticket &id:"), m_id);
    addRow(QT_TR_NOOP("&Subject:"), m_subject);
    addRow(QT_TR_NOOP("&Priority:"), m_priority);
    addRow(QT_TR_NOOP("P&roduct:"), m_product);
    addRow(QT_TR_NOOP("C&hannel:"), m_channel);
    addRow(QT_TR_NOOP("&Created:"), m_created);
    form->addRow(m_answered, m_firstResponse);
    form->addRow(m_isResolved, m_resolved);
    form->addRow(m_zone);
    form->addRow(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TicketDialog::reject);
    connect(m_answered, &QCheckBox::toggled, m_firstResponse, &QWidget::setEnabled);
    connect(m_isResolved, &QCheckBox::toggled, m_resolved, &QWidget::setEnabled);
    connect(m_account, &QComboBox::currentIndexChanged, this, &TicketDialog::updateZone);
    m_firstResponse->setEnabled(false);
    m_resolved->setEnabled(false);
    retranslate();
}

void TicketDialog::retranslate()
{
    setWindowTitle(m_rowId ? tr("Ticket %1").arg(m_id->text()) : tr("New ticket"));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_answered->setText(tr("&First response:"));
    m_isResolved->setText(tr("R&esolved:"));
    m_id->setPlaceholderText(tr("Unique within the account"));
    const int priority = m_priority->currentIndex();
    m_priority->clear();
    for (Priority value : AllPriorities)
        m_priority->addItem(Formatting::priority(value));
    m_priority->setCurrentIndex(priority < 0 ? priorityIndex(Priority::P3) : priority);
    const int channel = m_channel->currentIndex();
    m_channel->clear();
    for (Channel value : AllChannels)
        m_channel->addItem(Formatting::channel(value));
    m_channel->setCurrentIndex(channel < 0 ? 0 : channel);
    const QString format = Formatting::dateFormat(m_context.locale()) + QStringLiteral(" HH:mm");
    for (QDateTimeEdit *edit : {m_created, m_firstResponse, m_resolved})
        edit->setDisplayFormat(format);
    updateZone();
}

void TicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

std::shared_ptr<const ZoneRules> TicketDialog::accountZone() const
{
    auto rules = ZoneRules::forZone(m_account->currentData().toString());
    return rules ? rules : ZoneRules::forZone(QStringLiteral("UTC"));
}

const ZoneRules &TicketDialog::entryZone() const
{
    // The zone rules are cached for the life of the program: the reference stays valid.
    return m_context.timeDisplay().shownZone(*accountZone());
}

void TicketDialog::updateZone()
{
    switch (m_context.timeDisplay().mode()) {
    case TimeDisplay::Mode::UserZone:
        m_zone->setText(tr("Times are on the clock of your time zone, %1.").arg(entryZone().id()));
        break;
    case TimeDisplay::Mode::AccountZone:
        m_zone->setText(tr("Times are on the clock of the account's time zone, %1.").arg(entryZone().id()));
        break;
    case TimeDisplay::Mode::Utc: m_zone->setText(tr("Times are in UTC.")); break;
    }
}

QDateTime TicketDialog::wallClockOf(qint64 utcSeconds) const
{
    return QDateTime::fromSecsSinceEpoch(entryZone().localSeconds(utcSeconds), Qt::UTC);
}

void TicketDialog::load(qint64 rowId)
{
    const auto row = TicketStore(m_context.database()).findByRowId(rowId);
    if (!row) {
        showError(row.message());
        return;
    }
    m_rowId = rowId;
    m_version = row->ticket.version;
    const Ticket &t = row->ticket;
    setAccount(t.account);
    setTicketId(t.id);
    setSubject(t.subject);
    setPriority(t.priority);
    setProduct(t.product);
    setChannel(t.channel);
    setCreated(wallClockOf(t.createdAt));
    setFirstResponse(t.firstResponseAt ? std::optional(wallClockOf(*t.firstResponseAt)) : std::nullopt);
    setResolved(t.resolvedAt ? std::optional(wallClockOf(*t.resolvedAt)) : std::nullopt);
    m_loaded.clear();
    m_loaded.insert(m_created, t.createdAt);
    if (t.firstResponseAt)
        m_loaded.insert(m_firstResponse, *t.firstResponseAt);
    if (t.resolvedAt)
        m_loaded.insert(m_resolved, *t.resolvedAt);
    retranslate();
}

void TicketDialog::setAccount(const QString &name)
{
    m_account->setCurrentIndex(m_account->findText(name));
}

void TicketDialog::setTicketId(const QString &id)
{
    m_id->setText(id);
}

void TicketDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void TicketDialog::setPriority(Priority priority)
{
    m_priority->setCurrentIndex(priorityIndex(priority));
}

void TicketDialog::setProduct(const QString &name)
{
    m_product->setCurrentIndex(m_product->findText(name));
}

void TicketDialog::setChannel(Channel channel)
{
    m_channel->setCurrentIndex(int(channel));
}

static QDateTime asWallClock(const QDateTime &value)
{
    return QDateTime(value.date(), value.time(), Qt::UTC);
}

void TicketDialog::setCreated(const QDateTime &wallClock)
{
    m_created->setDateTime(asWallClock(wallClock));
}

void TicketDialog::setFirstResponse(const std::optional<QDateTime> &wallClock)
{
    m_answered->setChecked(wallClock.has_value());
    if (wallClock)
        m_firstResponse->setDateTime(asWallClock(*wallClock));
}

void TicketDialog::setResolved(const std::optional<QDateTime> &wallClock)
{
    m_isResolved->setChecked(wallClock.has_value());
    if (wallClock)
        m_resolved->setDateTime(asWallClock(*wallClock));
}

Expected<qint64> TicketDialog::instantOf(const QDateTimeEdit *edit, const QString &what) const
{
    const ZoneRules &rules = entryZone();
    const qint64 entered = edit->dateTime().toSecsSinceEpoch();
    // A time shown as loaded and not changed is the stored instant, to the
    // second, although the edit shows minutes and the wall clock may occur
    // twice: converting the text back would move or refuse it.
    if (const auto loaded = m_loaded.constFind(edit); loaded != m_loaded.constEnd()) {
        const qint64 shown = rules.localSeconds(*loaded);
        if (entered / 60 == shown / 60)
            return *loaded;
    }
    const ZoneRules::LocalResolution resolved = rules.resolveLocal(entered);
    const QString shown = edit->text();
    if (resolved.count == 0)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            tr("%1: %2 does not exist in %3: the clocks jump forward then.").arg(what, shown, rules.id()));
    if (resolved.count == 2)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            tr("%1: %2 occurs twice in %3 as the clocks go back; choose a time outside that hour.")
                .arg(what, shown, rules.id()));
    return resolved.utc[0];
}

Expected<Ticket> TicketDialog::ticket() const
{
    using Result = Expected<Ticket>;
    Ticket t;
    t.version = m_version; // a save refuses to overwrite a change made meanwhile
    t.account = m_account->currentText();
    t.id = m_id->text().trimmed();
    t.subject = m_subject->text().trimmed();
    t.priority = AllPriorities[std::max(0, m_priority->currentIndex())];
    t.product = m_product->currentText();
    t.channel = AllChannels[std::max(0, m_channel->currentIndex())];
    if (t.account.isEmpty())
        return Result::failure(
            Error::Kind::InvalidInput,
            tr("Choose the account of the ticket (add an account first if there is none)."));
    if (t.id.isEmpty())
        return Result::failure(Error::Kind::InvalidInput, tr("Enter the ticket's id."));
    if (t.subject.isEmpty())
        return Result::failure(Error::Kind::InvalidInput, tr("Enter a subject."));
    if (t.product.isEmpty())
        return Result::failure(Error::Kind::InvalidInput, tr("Choose the product the ticket is about."));
    const auto created = instantOf(m_created, tr("Created"));
    if (!created)
        return created.error();
    t.createdAt = *created;
    if (m_answered->isChecked()) {
        const auto response = instantOf(m_firstResponse, tr("First response"));
        if (!response)
            return response.error();
        if (*response < t.createdAt)
            return Result::failure(Error::Kind::InvalidInput,
                                   tr("The first response (%1) cannot be earlier than the creation (%2).")
                                       .arg(m_firstResponse->text(), m_created->text()));
        t.firstResponseAt = *response;
    }
    if (m_isResolved->isChecked()) {
        const auto resolved = instantOf(m_resolved, tr("Resolved"));
        if (!resolved)
            return resolved.error();
        if (*resolved < t.createdAt)
            return Result::failure(Error::Kind::InvalidInput,
                                   tr("The resolution (%1) cannot be earlier than the creation (%2).")
                                       .arg(m_resolved->text(), m_created->text()));
        t.resolvedAt = *resolved;
    }
    return t;
}

QString TicketDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TicketDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TicketDialog::accept()
{
    const auto entered = ticket();
    if (!entered) {
        showError(entered.message());
        return;
    }
    TicketStore store(m_context.database());
    Status saved = success();
    if (m_rowId) {
        saved = store.update(m_rowId, *entered);
    } else {
        // The store would update a ticket with the same id: a new ticket must not.
        TicketFilter sameId;
        const auto account = AccountStore(m_context.database()).findByName(entered->account);
        if (!account) {
            showError(account.message());
            return;
        }
        sameId.accountId = account->id;
        sameId.text = entered->id;
        const auto existing = store.page(sameId, TicketSortColumn::TicketId, Qt::AscendingOrder, {}, 100);
        if (!existing) {
            showError(existing.message());
            return;
        }
        for (const TicketRow &row : *existing) {
            if (row.ticket.id == entered->id) {
                showError(tr("%1 already has a ticket %2.").arg(entered->account, entered->id));
                return;
            }
        }
        saved = store.save(*entered);
        if (saved) {
            const auto rows = store.page(sameId, TicketSortColumn::TicketId, Qt::AscendingOrder, {}, 100);
            for (const TicketRow &row : rows ? *rows : QList<TicketRow>{}) {
                if (row.ticket.id == entered->id)
                    m_rowId = row.rowId;
            }
        }
    }
    if (!saved && saved.errorKind() == Error::Kind::Conflict) {
        load(m_rowId); // the form shows the ticket as it now is
        m_context.reportConflict(this, saved.message());
        return;
    }
    if (!saved) {
        showError(saved.message());
        return;
    }
    showError({});
    m_context.notifyDataChanged();
    QDialog::accept();
}
