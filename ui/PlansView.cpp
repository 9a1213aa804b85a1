#include "PlansView.h"

#include "AppContext.h"
#include "Formatting.h"
#include "Money.h"
#include "PlanComparisonModel.h"
#include "PlanStore.h"
#include "PlanTermsDialog.h"
#include "ProblemBanner.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// What the user types in their locale ("1 234,50", "$1,234.50") made into
// the plain form the core's parser reads.
QString normaliseAmount(QString text, const QLocale &locale)
{
    text = text.trimmed();
    text.remove(locale.groupSeparator());
    text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' ')).remove(QLatin1Char('$'));
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    return text;
}

constexpr std::array<int, PriorityCount> defaultWantedMinutes{60, 120, 180};

} // namespace

PlansView::PlansView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_model = new PlanComparisonModel(m_context, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_context.canEdit()) {
            m_table->setCurrentIndex(index);
            openTermsDialog();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlansView::updateActions);
    m_editTerms = new QPushButton(this);
    connect(m_editTerms, &QPushButton::clicked, this, &PlansView::openTermsDialog);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_editTerms);
    actionsRow->addStretch(1);

    m_spendLabel = new QLabel(this);
    m_spend = new QLineEdit(this);
    m_spendLabel->setBuddy(m_spend);
    m_spend->setClearButtonEnabled(true);
    m_spendError = new QLabel(this);
    m_spendError->setStyleSheet(QStringLiteral("color: #b00020"));
    connect(m_spend, &QLineEdit::textChanged, this, &PlansView::readSpend);
    auto *spendRow = new QHBoxLayout;
    spendRow->addWidget(m_spendLabel);
    spendRow->addWidget(m_spend);
    spendRow->addWidget(m_spendError, 1);

    m_needsBox = new QGroupBox(this);
    auto *needsLayout = new QGridLayout(m_needsBox);
    for (int i = 0; i < PriorityCount; ++i) {
        m_priorityChecks[i] = new QCheckBox(m_needsBox);
        m_prioritySpins[i] = new QSpinBox(m_needsBox);
        m_prioritySpins[i]->setRange(1, 100000);
        m_prioritySpins[i]->setSingleStep(15);
        m_prioritySpins[i]->setValue(defaultWantedMinutes[i]);
        m_prioritySpins[i]->setEnabled(false);
        connect(m_priorityChecks[i], &QCheckBox::toggled, m_prioritySpins[i], &QSpinBox::setEnabled);
        connect(m_priorityChecks[i], &QCheckBox::toggled, this, &PlansView::updateAdvice);
        connect(m_prioritySpins[i], &QSpinBox::valueChanged, this, &PlansView::updateAdvice);
        needsLayout->addWidget(m_priorityChecks[i], i, 0);
        needsLayout->addWidget(m_prioritySpins[i], i, 1);
    }
    m_continuousP1 = new QCheckBox(m_needsBox);
    connect(m_continuousP1, &QCheckBox::toggled, this, &PlansView::updateAdvice);
    needsLayout->addWidget(m_continuousP1, PriorityCount, 0, 1, 2);
    for (int i = 0; i < int(AllPlanFeatures.size()); ++i) {
        auto *check = new QCheckBox(m_needsBox);
        connect(check, &QCheckBox::toggled, this, &PlansView::updateAdvice);
        m_featureChecks << check;
        needsLayout->addWidget(check, i, 2);
    }
    needsLayout->setColumnStretch(3, 1);

    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    QFont adviceFont = m_advice->font();
    adviceFont.setBold(true);
    m_advice->setFont(adviceFont);
    m_others = new QLabel(this);
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::PlainText);

    m_problem = new ProblemBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(actionsRow);
    layout->addLayout(spendRow);
    layout->addWidget(m_needsBox);
    layout->addWidget(m_advice);
    layout->addWidget(m_others);

    connect(&m_context, &AppContext::dataChanged, this, &PlansView::reload);
    connect(&m_context, &AppContext::editableChanged, this, &PlansView::updateActions);
    retranslate();
    reload();
}

QTableView *PlansView::currentTable() const
{
    return m_table;
}

QString PlansView::selectedPlanId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->headerData(current.column(), Qt::Horizontal, Formatting::RawValueRole).toString();
}

void PlansView::selectPlan(const QString &planId)
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->headerData(column, Qt::Horizontal, Formatting::RawValueRole).toString() == planId) {
            m_table->setCurrentIndex(m_model->index(0, column));
            m_table->selectColumn(column);
            return;
        }
    }
}

PlanTermsDialog *PlansView::openTermsDialog()
{
    const QString planId = selectedPlanId();
    if (planId.isEmpty() || !m_context.canEdit())
        return nullptr;
    auto *dialog = new PlanTermsDialog(m_context, planId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void PlansView::updateActions()
{
    m_editTerms->setEnabled(m_context.canEdit() && !selectedPlanId().isEmpty());
    m_editTerms->setToolTip(m_context.canEdit()
                                ? QString()
                                : tr("This store is read-only: you can look and export, not change."));
}

void PlansView::reload()
{
    // The model is reset below: keep the plan the user had selected.
    const QString selected = selectedPlanId();
    // Prices and guarantees as they stand today; a manager's edit dated
    // later shows from its date on.
    const QDate today = QDateTime::fromSecsSinceEpoch(m_context.nowUtc(), QTimeZone::utc()).date();
    const auto catalog = PlanStore(m_context.database()).catalog();
    if (catalog)
        m_problem->clearProblem();
    else
        m_problem->showProblem(tr("The plans could not be read"), catalog.error());
    // No plan rather than some: prices and advice come from all of them.
    m_model->setCatalog(catalog ? *catalog : PlanCatalog{}, today);
    m_model->setSpend(m_spendCents.value_or(0));
    if (!selected.isEmpty())
        selectPlan(selected);
    updateAdvice();
    updateActions();
}

void PlansView::setSpendText(const QString &text)
{
    m_spend->setText(text);
    readSpend();
}

void PlansView::readSpend()
{
    const QString text = normaliseAmount(m_spend->text(), m_context.locale());
    if (text.isEmpty()) {
        m_spendCents = 0;
        m_spendError->clear();
    } else if (const Expected<qint64> cents = parseDollars(text)) {
        m_spendCents = *cents;
        m_spendError->clear();
    } else {
        m_spendCents.reset();
        m_spendError->setText(cents.message());
    }
    m_model->setSpend(m_spendCents.value_or(0));
    updateAdvice();
}

PlanNeeds PlansView::needs() const
{
    PlanNeeds result;
    for (int i = 0; i < PriorityCount; ++i) {
        if (m_priorityChecks[i]->isChecked())
            result.maxResponseMinutes[i] = m_prioritySpins[i]->value();
    }
    result.needContinuousP1 = m_continuousP1->isChecked();
    for (int i = 0; i < m_featureChecks.size(); ++i) {
        if (m_featureChecks.at(i)->isChecked())
            result.requiredFeatureMask |= PlanCatalog::featureBit(AllPlanFeatures[i]);
    }
    return result;
}

void PlansView::setNeeds(const PlanNeeds &needs)
{
    // One advice for the whole form, not one per box ticked on the way:
    // the boxes are set silently, then the advice is computed once.
    for (int i = 0; i < PriorityCount; ++i) {
        const QSignalBlocker checkBlocker(m_priorityChecks[i]);
        const QSignalBlocker spinBlocker(m_prioritySpins[i]);
        m_priorityChecks[i]->setChecked(needs.maxResponseMinutes[i].has_value());
        m_prioritySpins[i]->setEnabled(needs.maxResponseMinutes[i].has_value());
        m_prioritySpins[i]->setValue(needs.maxResponseMinutes[i].value_or(defaultWantedMinutes[i]));
    }
    {
        const QSignalBlocker continuousBlocker(m_continuousP1);
        m_continuousP1->setChecked(needs.needContinuousP1);
    }
    for (int i = 0; i < m_featureChecks.size(); ++i) {
        const QSignalBlocker featureBlocker(m_featureChecks.at(i));
        m_featureChecks.at(i)->setChecked(needs.requiredFeatureMask &
                                          PlanCatalog::featureBit(AllPlanFeatures[i]));
    }
    updateAdvice();
}

QString PlansView::adviceText() const
{
    return m_advice->text();
}

QString PlansView::otherPlansText() const
{
    return m_others->text();
}

void PlansView::updateAdvice()
{
    const PlanCatalog &catalog = m_model->catalog();
    const QLocale locale = m_context.locale();
    if (!m_spendCents) {
        m_recommended.reset();
        m_model->setRecommended(std::nullopt);
        m_advice->setText(tr("Enter the monthly spend in dollars to price the plans."));
        m_others->clear();
        return;
    }
    const PlanNeeds wanted = needs();
    const QList<PlanQuote> quotes = quotePlans(catalog, m_model->date(), *m_spendCents, wanted);
    m_recommended = cheapestPlanMeeting(catalog, m_model->date(), *m_spendCents, wanted);
    m_model->setRecommended(m_recommended);

    auto nameOf = [&](const QString &planId) {
        const Plan *plan = catalog.find(planId);
        return plan ? plan->name(m_context.languageCode()) : planId;
    };
    if (m_recommended) {
        qint64 fee = 0;
        for (const PlanQuote &quote : quotes) {
            if (quote.planId == *m_recommended)
                fee = quote.monthlyFeeCents;
        }
        m_advice->setText(tr("The cheapest plan that meets these needs: %1, %2 a month.")
                              .arg(nameOf(*m_recommended), Formatting::money(locale, fee)));
    } else {
        m_advice->setText(tr("No plan meets all these needs."));
    }
    QStringList lines;
    for (const PlanQuote &quote : quotes) {
        if (m_recommended && quote.planId == *m_recommended)
            continue;
        if (quote.meetsNeeds) {
            lines << tr("%1 fits too, but costs %2 a month.")
                         .arg(nameOf(quote.planId), Formatting::money(locale, quote.monthlyFeeCents));
        } else {
            lines << tr("%1 does not fit: %2.").arg(nameOf(quote.planId), quote.unmetReasons.join(tr("; ")));
        }
    }
    m_others->setText(lines.join(QLatin1Char('\n')));
}

void PlansView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlansView::retranslate()
{
    m_spendLabel->setText(tr("Monthly &spend (dollars):"));
    m_spend->setPlaceholderText(tr("e.g. %1").arg(Formatting::amount(m_context.locale(), 1250000)));
    m_editTerms->setText(tr("&Edit terms…"));
    m_editTerms->setStatusTip(
        tr("Change the selected plan's price, response targets and services from a month on"));
    updateActions();
    m_needsBox->setTitle(tr("What do you need?"));
    for (int i = 0; i < PriorityCount; ++i) {
        m_priorityChecks[i]->setText(tr("%1 answered within").arg(Formatting::priority(AllPriorities[i])));
        m_prioritySpins[i]->setSuffix(tr(" min"));
    }
    m_continuousP1->setText(tr("P1 guaranteed around the clock (24/7), not only in business hours"));
    for (int i = 0; i < m_featureChecks.size(); ++i)
        m_featureChecks.at(i)->setText(Formatting::planFeature(AllPlanFeatures[i]));
    m_model->retranslate();
    // The advice and the reasons come from translated sentences: rebuild them.
    readSpend();
}
