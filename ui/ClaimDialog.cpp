#include "ClaimDialog.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "ClaimService.h"
#include "Formatting.h"
#include "ZoneRules.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

ClaimDialog::ClaimDialog(AppContext &context, const QString &accountName, YearMonth month, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    m_account = new QComboBox(this);
    const auto accounts = AccountStore(m_context.database()).all();
    for (const Account &account : accounts ? *accounts : QList<Account>{})
        m_account->addItem(account.name, account.timeZoneId);
    if (!accounts)
        m_error = accounts.message();
    m_account->setCurrentIndex(std::max(0, m_account->findText(accountName)));
    m_month = new QDateEdit(month.firstDay(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_filed = new QDateEdit(this);
    m_filed->setCalendarPopup(true);
    m_filed->setDisplayFormat(Formatting::dateFormat(m_context.locale()));
    m_accountLabel = new QLabel(this);
    m_monthLabel = new QLabel(this);
    m_filedLabel = new QLabel(this);
    m_accountLabel->setBuddy(m_account);
    m_monthLabel->setBuddy(m_month);
    m_filedLabel->setBuddy(m_filed);
    m_deadline = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    auto *form = new QFormLayout;
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_monthLabel, m_month);
    form->addRow(m_filedLabel, m_filed);
    form->addRow(QString(), m_deadline);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_file = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_file->setDefault(true);
    connect(m_file, &QPushButton::clicked, this, &ClaimDialog::fileClaim);
    // A claim is recorded when filed: not on a read-only store.
    m_file->setEnabled(m_context.canEdit());
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClaimDialog::reject);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ClaimDialog::updateFiledDefault);
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        m_deadline->setText(
            tr("Claim by %1")
                .arg(Formatting::date(m_context.locale(), claimDeadline(YearMonth::of(m_month->date())))));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    updateFiledDefault();
    retranslate();
}

void ClaimDialog::setFiledDate(QDate date)
{
    m_filed->setDate(date);
}

void ClaimDialog::updateFiledDefault()
{
    // Claims are dated in the account's zone: "today" there.
    const auto zone = ZoneRules::forZone(m_account->currentData().toString());
    m_filed->setDate(zone ? zone->localDate(m_context.nowUtc()) : QDate::currentDate());
}

bool ClaimDialog::fileClaim()
{
    const QString account = m_account->currentText();
    const YearMonth month = YearMonth::of(m_month->date());
    const Expected<ClaimResult> result =
        ClaimService(m_context.database()).file(account, month, m_filed->date());
    m_outcome.reset();
    m_creditCents = 0;
    m_error.clear();
    if (!result) {
        m_error = result.message();
        showOutcome();
        return false;
    }
    m_outcome = result->outcome;
    m_creditCents = result->creditCents;
    showOutcome();
    emit claimFiled();
    return true;
}

QString ClaimDialog::outcomeText() const
{
    if (!m_error.isEmpty())
        return tr("The claim could not be filed: %1").arg(m_error);
    if (!m_outcome)
        return {};
    if (*m_outcome == ClaimOutcome::Accepted)
        return tr("Accepted: %1 credited to the account's balance.")
            .arg(Formatting::money(m_context.locale(), m_creditCents));
    return tr("Rejected: %1.")
        .arg(QCoreApplication::translate("ClaimOutcome", claimOutcomeLabel(*m_outcome)));
}

void ClaimDialog::showOutcome()
{
    m_result->setText(outcomeText());
    const bool good = m_outcome && *m_outcome == ClaimOutcome::Accepted;
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b6e20") : QStringLiteral("color: #b00020"));
}

void ClaimDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ClaimDialog::retranslate()
{
    setWindowTitle(tr("File a claim"));
    m_accountLabel->setText(tr("&Account:"));
    m_monthLabel->setText(tr("&Month:"));
    m_filedLabel->setText(tr("&Filed on:"));
    m_file->setText(tr("&File claim"));
    m_deadline->setText(
        tr("Claim by %1")
            .arg(Formatting::date(m_context.locale(), claimDeadline(YearMonth::of(m_month->date())))));
    showOutcome();
}
