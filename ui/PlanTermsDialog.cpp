#include "PlanTermsDialog.h"

#include "AppContext.h"
#include "Database.h"
#include "Formatting.h"
#include "Money.h"
#include "PlanComparisonModel.h"
#include "PlanStore.h"
#include "PlanTermsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
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
#include <algorithm>

namespace {

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// What the user types in their locale ("1 234,50", "$1,234.50", "4,5 %")
// made into the plain form "1234.50" the core reads. A percentage has no
// thousands: there a group separator is a mistake to point out, not drop.
QString plainNumber(QString text, const QLocale &locale, bool grouped = true)
{
    text = text.trimmed();
    if (grouped)
        text.remove(locale.groupSeparator());
    for (QChar c : {QChar(0x202F), QChar(0x00A0), QChar(u' '), QChar(u'$'), QChar(u'%')})
        text.remove(c);
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    return text;
}

// A percentage with at most two decimals as basis points: "4" = 400,
// "4.5" = 450; nullopt for anything else or above 100 %.
std::optional<int> basisPoints(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    auto digitsOnly = [](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || whole.size() > 3 || fraction.size() > 2 || !digitsOnly(whole) ||
        !digitsOnly(fraction) || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    const int value = whole.toInt() * 100 + (fraction + QStringLiteral("00")).left(2).toInt();
    if (value > 10000)
        return std::nullopt;
    return value;
}

constexpr std::array<TargetClock, 3> clockChoices{TargetClock::None, TargetClock::Business,
                                                  TargetClock::Continuous};

} // namespace

PlanTermsDialog::PlanTermsDialog(AppContext &context, const QString &planId, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    m_today = QDateTime::fromSecsSinceEpoch(m_context.nowUtc(), QTimeZone::utc()).date();
    m_plan.id = planId;
    setLocale(m_context.locale());
    m_history = new PlanTermsModel(m_context, this);

    m_inForceBox = new QGroupBox(this);
    m_inForce = new QLabel(m_inForceBox);
    m_inForce->setWordWrap(true);
    m_inForce->setTextFormat(Qt::PlainText);
    auto *inForceLayout = new QVBoxLayout(m_inForceBox);
    inForceLayout->addWidget(m_inForce);

    m_newBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_newBox);
    for (QLabel *&error : m_errors) {
        error = new QLabel(m_newBox);
        error->setStyleSheet(QStringLiteral("color: #b00020"));
        error->setTextFormat(Qt::PlainText);
    }
    auto withError = [this](QWidget *field, Field which, QWidget *extra = nullptr) {
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        if (extra)
            row->addWidget(extra);
        row->addWidget(m_errors[which], 1);
        return row;
    };

    m_fromLabel = new QLabel(m_newBox);
    m_from = new QDateEdit(m_newBox);
    // Terms start on the first of a month: a segment is priced and measured
    // with the terms of its first day, so a date within a month would only
    // reach an account the month after, or at its next plan change.
    m_from->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_from->setMinimumDate(firstOfMonth(m_today));
    m_from->setDate(firstOfMonth(m_today).addMonths(1));
    m_fromLabel->setBuddy(m_from);
    connect(m_from, &QDateEdit::dateChanged, this, &PlanTermsDialog::updateNote);
    form->addRow(m_fromLabel, withError(m_from, EffectiveFromField));

    m_percentLabel = new QLabel(m_newBox);
    m_percent = new QLineEdit(m_newBox);
    m_percentLabel->setBuddy(m_percent);
    form->addRow(m_percentLabel, withError(m_percent, PercentField));
    m_minimumLabel = new QLabel(m_newBox);
    m_minimum = new QLineEdit(m_newBox);
    m_minimumLabel->setBuddy(m_minimum);
    form->addRow(m_minimumLabel, withError(m_minimum, MinimumField));

    for (int i = 0; i < PriorityCount; ++i) {
        m_targetLabels[i] = new QLabel(m_newBox);
        m_clocks[i] = new QComboBox(m_newBox);
        for (int c = 0; c < int(clockChoices.size()); ++c)
            m_clocks[i]->addItem(QString(), int(clockChoices[c]));
        m_minutes[i] = new QSpinBox(m_newBox);
        m_minutes[i]->setRange(0, 60 * 24 * 365);
        m_minutes[i]->setSingleStep(15);
        m_targetLabels[i]->setBuddy(m_clocks[i]);
        connect(m_clocks[i], &QComboBox::currentIndexChanged, m_minutes[i],
                [this, i](int index) { m_minutes[i]->setEnabled(index > 0); });
        form->addRow(m_targetLabels[i], withError(m_clocks[i], Field(TargetP1Field + i), m_minutes[i]));
    }

    m_featuresLabel = new QLabel(m_newBox);
    auto *featureGrid = new QGridLayout;
    for (int i = 0; i < int(AllPlanFeatures.size()); ++i) {
        auto *check = new QCheckBox(m_newBox);
        m_features << check;
        featureGrid->addWidget(check, i / 2, i % 2);
    }
    form->addRow(m_featuresLabel, featureGrid);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_historyBox = new QGroupBox(this);
    m_historyTable = new QTableView(m_historyBox);
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyTable);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanTermsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanTermsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inForceBox);
    layout->addWidget(m_newBox);
    layout->addWidget(m_note);
    layout->addWidget(m_historyBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    loadPlan();
    if (!m_plan.terms.isEmpty())
        fillForm(m_plan.terms.constLast());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_context.canEdit());
    retranslate();
    resize(sizeHint().expandedTo(QSize(760, 640)));
}

void PlanTermsDialog::loadPlan()
{
    const PlanStore store(m_context.database());
    const auto catalog = store.catalog();
    const auto versions =
        catalog ? store.termsVersions(m_plan.id) : Expected<QHash<QDate, qint64>>(catalog.error());
    if (!versions) {
        // Without the stored terms and their versions nothing can be saved
        // safely: the form says why and keeps what it showed.
        m_error->setText(tr("The terms could not be read: %1").arg(versions.message()));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    if (const Plan *plan = catalog->find(m_plan.id))
        m_plan = *plan;
    m_versions = *versions;
    m_history->setPlan(m_plan, m_today);
    const int inForce = m_history->rowInForce();
    m_historyTable->selectRow(inForce);
}

void PlanTermsDialog::fillForm(const PlanTerms &terms)
{
    const QLocale locale = m_context.locale();
    const int bp = terms.percentBasisPoints;
    m_percent->setText(locale.toString(bp / 100.0, 'f', bp % 100 == 0 ? 0 : 2));
    m_minimum->setText(Formatting::amount(locale, terms.minimumCents));
    for (int i = 0; i < PriorityCount; ++i) {
        const ResponseTarget &target = terms.targets[std::size_t(i)];
        m_clocks[i]->setCurrentIndex(m_clocks[i]->findData(int(target.clock)));
        m_minutes[i]->setValue(target.exists() ? target.minutes : 0);
        m_minutes[i]->setEnabled(target.exists());
    }
    for (int i = 0; i < m_features.size(); ++i)
        m_features.at(i)->setChecked(terms.has(AllPlanFeatures[i]));
}

QDate PlanTermsDialog::effectiveFrom() const
{
    return firstOfMonth(m_from->date());
}

void PlanTermsDialog::setEffectiveFrom(QDate date)
{
    m_from->setDate(firstOfMonth(date));
}

void PlanTermsDialog::setFieldError(Field field, const QString &text)
{
    m_errors[field]->setText(text);
}

QString PlanTermsDialog::fieldError(Field field) const
{
    return m_errors[field]->text();
}

QString PlanTermsDialog::errorText() const
{
    return m_error->text();
}

QString PlanTermsDialog::inForceText() const
{
    return m_inForce->text();
}

Expected<PlanTerms> PlanTermsDialog::formTerms()
{
    const QLocale locale = m_context.locale();
    for (QLabel *error : m_errors)
        error->clear();
    QString first;
    auto refuse = [&](Field field, const QString &text) {
        setFieldError(field, text);
        if (first.isEmpty())
            first = text;
    };

    PlanTerms terms;
    terms.effectiveFrom = effectiveFrom();
    if (terms.effectiveFrom < firstOfMonth(m_today))
        refuse(EffectiveFromField,
               tr("New terms start this month at the earliest: months before keep the terms they were "
                  "reported with."));

    const std::optional<int> bp = basisPoints(plainNumber(m_percent->text(), locale, false));
    if (bp)
        terms.percentBasisPoints = *bp;
    else
        refuse(PercentField, tr("Enter a percentage from 0 to 100 with at most two decimals, such as %1.")
                                 .arg(locale.toString(4.5, 'f', 1)));

    const QString minimum = plainNumber(m_minimum->text(), locale);
    if (const Expected<qint64> cents = parseDollars(minimum.isEmpty() ? QStringLiteral("0") : minimum))
        terms.minimumCents = *cents;
    else
        refuse(MinimumField, tr("Enter an amount in dollars with at most two decimals, such as %1.")
                                 .arg(Formatting::amount(locale, 25000)));

    for (int i = 0; i < PriorityCount; ++i) {
        ResponseTarget &target = terms.targets[std::size_t(i)];
        target.clock = TargetClock(m_clocks[i]->currentData().toInt());
        target.minutes = target.exists() ? m_minutes[i]->value() : 0;
        if (target.exists() && target.minutes <= 0)
            refuse(Field(TargetP1Field + i),
                   tr("A guaranteed %1 response needs a time above 0 minutes, or choose no guarantee.")
                       .arg(Formatting::priorityShort(AllPriorities[i])));
    }
    for (int i = 0; i < m_features.size(); ++i)
        terms.set(AllPlanFeatures[i], m_features.at(i)->isChecked());

    if (!first.isEmpty())
        return Expected<PlanTerms>::failure(Error::Kind::InvalidInput, first);
    return terms;
}

bool PlanTermsDialog::save()
{
    m_error->clear();
    if (!m_context.canEdit()) {
        m_error->setText(tr("This store is read-only: the terms cannot be changed."));
        return false;
    }
    const Expected<PlanTerms> terms = formTerms();
    if (!terms) {
        m_error->setText(tr("The terms were not saved: correct the fields marked in red."));
        return false;
    }
    PlanStore store(m_context.database());
    const qint64 readVersion = m_versions.value(terms->effectiveFrom, 0);
    const auto storedVersion = store.termsVersion(m_plan.id, terms->effectiveFrom);
    if (!storedVersion) {
        m_error->setText(tr("The store refused the terms: %1").arg(storedVersion.message()));
        return false;
    }
    if (readVersion == 0 && *storedVersion != 0) {
        // Terms for that month appeared since the form was read: saving
        // would replace them unseen.
        loadPlan();
        const PlanTerms &stored = m_plan.termsOn(terms->effectiveFrom);
        reloadAfterConflict(tr("The terms of %1 from %2 were set elsewhere meanwhile: %3.")
                                .arg(m_plan.name(m_context.languageCode()),
                                     Formatting::date(m_context.locale(), terms->effectiveFrom),
                                     summary(stored)));
        return false;
    }
    const Status saved = store.saveTerms(m_plan.id, *terms, readVersion);
    if (!saved && saved.errorKind() == Error::Kind::Conflict) {
        loadPlan();
        reloadAfterConflict(saved.message());
        return false;
    }
    if (!saved) {
        m_error->setText(tr("The store refused the terms: %1").arg(saved.message()));
        return false;
    }
    loadPlan();
    // The comparison, the advice, reports and credits read the catalog anew.
    m_context.notifyDataChanged();
    return true;
}

QString PlanTermsDialog::summary(const PlanTerms &terms) const
{
    const QLocale locale = m_context.locale();
    QStringList parts{PlanComparisonModel::priceRuleText(locale, terms)};
    for (Priority priority : AllPriorities)
        parts << tr("%1: %2").arg(Formatting::priorityShort(priority),
                                  PlanComparisonModel::targetText(locale, terms.target(priority)));
    return parts.join(tr("; "));
}

void PlanTermsDialog::reloadAfterConflict(const QString &message)
{
    const QDate from = effectiveFrom();
    if (!m_plan.terms.isEmpty())
        fillForm(m_plan.termsOn(from));
    retranslate();
    m_error->setText(tr("Not saved: someone else changed these terms meanwhile. The form now shows them."));
    m_context.reportConflict(this, message);
}

void PlanTermsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void PlanTermsDialog::updateNote()
{
    const QLocale locale = m_context.locale();
    const QDate from = effectiveFrom();
    QString note =
        tr("The new terms apply to every month from %1 on; earlier months keep the terms they were "
           "reported with.")
            .arg(Formatting::month(locale, YearMonth{from.year(), from.month()}));
    for (const PlanTerms &terms : std::as_const(m_plan.terms)) {
        if (terms.effectiveFrom == from)
            note += QLatin1Char(' ') + tr("They replace the terms already set from that date.");
    }
    m_note->setText(note);
}

void PlanTermsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PlanTermsDialog::retranslate()
{
    const QLocale locale = m_context.locale();
    setLocale(locale);
    const QString name = m_plan.name(m_context.languageCode());
    setWindowTitle(tr("Terms of %1").arg(name.isEmpty() ? m_plan.id : name));
    const int inForce = m_history->rowInForce();
    m_inForceBox->setTitle(tr("In force today"));
    if (inForce < 0) {
        m_inForce->setText(tr("This plan has no terms yet."));
    } else {
        const PlanTerms &terms = m_plan.terms.at(inForce);
        QStringList lines;
        lines << tr("Since %1: %2")
                     .arg(Formatting::date(locale, terms.effectiveFrom),
                          PlanComparisonModel::priceRuleText(locale, terms));
        for (Priority priority : AllPriorities)
            lines << tr("%1: %2").arg(Formatting::priority(priority),
                                      PlanComparisonModel::targetText(locale, terms.target(priority)));
        m_inForce->setText(lines.join(QLatin1Char('\n')));
    }
    m_newBox->setTitle(tr("New terms"));
    m_fromLabel->setText(tr("&From the month of:"));
    m_percentLabel->setText(tr("&Percent of monthly spend:"));
    m_percent->setPlaceholderText(tr("0 for none"));
    m_minimumLabel->setText(tr("&Minimum a month (dollars):"));
    m_minimum->setPlaceholderText(tr("0 for none"));
    for (int i = 0; i < PriorityCount; ++i) {
        m_targetLabels[i]->setText(tr("%1 first response:").arg(Formatting::priority(AllPriorities[i])));
        m_clocks[i]->setItemText(0, tr("No guarantee"));
        m_clocks[i]->setItemText(1, tr("Business hours"));
        m_clocks[i]->setItemText(2, tr("24/7"));
        m_minutes[i]->setSuffix(tr(" min"));
    }
    m_featuresLabel->setText(tr("Channels and services:"));
    for (int i = 0; i < m_features.size(); ++i)
        m_features.at(i)->setText(Formatting::planFeature(AllPlanFeatures[i]));
    m_historyBox->setTitle(tr("Terms by date"));
    m_history->retranslate();
    if (!m_context.canEdit())
        m_error->setText(tr("This store is read-only: you can look and export, not change."));
    updateNote();
}
