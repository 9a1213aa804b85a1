#include "PlanStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

QString clockCode(TargetClock clock)
{
    switch (clock) {
    case TargetClock::None: return QStringLiteral("none");
    case TargetClock::Business: return QStringLiteral("business");
    case TargetClock::Continuous: return QStringLiteral("continuous");
    }
    Q_UNREACHABLE();
}

TargetClock parseClock(const QString &code)
{
    if (code == u"business")
        return TargetClock::Business;
    if (code == u"continuous")
        return TargetClock::Continuous;
    return TargetClock::None;
}

QString featuresText(quint32 mask)
{
    QStringList codes;
    for (PlanFeature feature : AllPlanFeatures) {
        if (mask & PlanCatalog::featureBit(feature))
            codes << PlanCatalog::featureCode(feature);
    }
    return codes.join(u',');
}

quint32 featureMask(const QString &text)
{
    quint32 mask = 0;
    for (QStringView code : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        if (const auto feature = PlanCatalog::parseFeature(code))
            mask |= PlanCatalog::featureBit(*feature);
    }
    return mask;
}

Status validateTerms(const QString &planId, const PlanTerms &terms)
{
    if (!terms.effectiveFrom.isValid()) {
        return Status::failure(Error::Kind::InvalidInput,
                               PlanStore::tr("terms of plan '%1' need the date they apply from").arg(planId));
    }
    if (terms.percentBasisPoints < 0 || terms.minimumCents < 0) {
        return Status::failure(Error::Kind::InvalidInput,
                               PlanStore::tr("plan '%1': a price cannot be negative").arg(planId));
    }
    for (Priority priority : AllPriorities) {
        const ResponseTarget &target = terms.target(priority);
        if (target.exists() && target.minutes <= 0) {
            return Status::failure(Error::Kind::InvalidInput,
                                   PlanStore::tr("plan '%1': the %2 target needs a number of minutes above 0")
                                       .arg(planId, priorityCode(priority)));
        }
    }
    return success();
}

} // namespace

PlanStore::PlanStore(Database &database) : m_database(database)
{
}

Expected<PlanCatalog> PlanStore::catalog() const
{
    PlanCatalog catalog;
    QHash<QString, qsizetype> indexById;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run = m_database.read(
            query, QStringLiteral("SELECT id, name_en, name_fr FROM plans ORDER BY position, id"));
        !run)
        return run.error();
    while (query.next()) {
        Plan plan;
        plan.id = query.value(0).toString();
        plan.nameEn = query.value(1).toString();
        plan.nameFr = query.value(2).toString();
        indexById.insert(plan.id, catalog.plans.size());
        catalog.plans.append(plan);
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    if (const Status run = m_database.read(
            query,
            QStringLiteral("SELECT plan_id, effective_from, percent_bp, minimum_cents, p1_clock, p1_minutes, "
                           "p2_clock, p2_minutes, p3_clock, p3_minutes, features FROM plan_terms "
                           "ORDER BY plan_id, effective_from"));
        !run)
        return run.error();
    while (query.next()) {
        // The foreign key gives every row of terms its plan.
        const auto index = indexById.constFind(query.value(0).toString());
        if (index == indexById.constEnd())
            continue;
        PlanTerms terms;
        terms.effectiveFrom = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        terms.percentBasisPoints = query.value(2).toInt();
        terms.minimumCents = query.value(3).toLongLong();
        for (int p = 0; p < PriorityCount; ++p) {
            ResponseTarget &target = terms.targets[std::size_t(p)];
            target.clock = parseClock(query.value(4 + 2 * p).toString());
            target.minutes = target.exists() ? query.value(5 + 2 * p).toInt() : 0;
        }
        terms.featureMask = featureMask(query.value(10).toString());
        catalog.plans[*index].terms.append(terms);
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return catalog;
}

Expected<bool> PlanStore::exists(const QString &planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM plans WHERE id = ?"));
    query.addBindValue(planId.isNull() ? QStringLiteral("") : planId);
    return m_database.readFirstRow(query);
}

Status PlanStore::insertTerms(const QString &planId, const PlanTerms &terms, qint64 readVersion)
{
    QSqlQuery query(m_database.connection());
    // Checked: only the row at the version read is replaced.
    const QString upsert = readVersion != 0 ? QStringLiteral(" WHERE plan_terms.version = ?") : QString();
    query.prepare(
        QStringLiteral(
            "INSERT INTO plan_terms (plan_id, effective_from, percent_bp, minimum_cents, p1_clock, "
            "p1_minutes, "
            "p2_clock, p2_minutes, p3_clock, p3_minutes, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(plan_id, effective_from) DO UPDATE SET percent_bp = excluded.percent_bp, "
            "minimum_cents = excluded.minimum_cents, p1_clock = excluded.p1_clock, p1_minutes = "
            "excluded.p1_minutes, "
            "p2_clock = excluded.p2_clock, p2_minutes = excluded.p2_minutes, p3_clock = excluded.p3_clock, "
            "p3_minutes = excluded.p3_minutes, features = excluded.features, version = plan_terms.version + "
            "1") +
        upsert);
    query.addBindValue(planId);
    query.addBindValue(terms.effectiveFrom.toString(Qt::ISODate));
    query.addBindValue(terms.percentBasisPoints);
    query.addBindValue(terms.minimumCents);
    for (const ResponseTarget &target : terms.targets) {
        query.addBindValue(clockCode(target.clock));
        query.addBindValue(target.exists() ? QVariant(target.minutes) : QVariant());
    }
    query.addBindValue(featuresText(terms.featureMask));
    if (readVersion != 0)
        query.addBindValue(readVersion);
    if (const Status saved = m_database.write(query); !saved)
        return saved;
    if (readVersion == 0 || query.numRowsAffected() > 0)
        return success();
    const auto now = describeTerms(planId, terms.effectiveFrom);
    if (!now)
        return now.error();
    return Status::failure(
        Error::Kind::Conflict,
        tr("the terms of plan '%1' from %2 were changed elsewhere since you opened them: now %3; "
           "your change was not saved")
            .arg(planId, terms.effectiveFrom.toString(Qt::ISODate), *now));
}

Expected<qint64> PlanStore::termsVersion(const QString &planId, QDate effectiveFrom) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version FROM plan_terms WHERE plan_id = ? AND effective_from = ?"));
    query.addBindValue(planId);
    query.addBindValue(effectiveFrom.toString(Qt::ISODate));
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    return *found ? query.value(0).toLongLong() : 0;
}

Expected<QHash<QDate, qint64>> PlanStore::termsVersions(const QString &planId) const
{
    QHash<QDate, qint64> versions;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT effective_from, version FROM plan_terms WHERE plan_id = ?"));
    query.addBindValue(planId);
    if (const Status run = m_database.read(query); !run)
        return run.error();
    while (query.next())
        versions.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                        query.value(1).toLongLong());
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return versions;
}

Expected<QString> PlanStore::describeTerms(const QString &planId, QDate effectiveFrom) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT percent_bp, minimum_cents, p1_clock, p1_minutes, p2_clock, p2_minutes, "
                       "p3_clock, p3_minutes FROM plan_terms WHERE plan_id = ? AND effective_from = ?"));
    query.addBindValue(planId);
    query.addBindValue(effectiveFrom.toString(Qt::ISODate));
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return tr("removed");
    QStringList parts{tr("%1.%2 %, minimum %3.%4")
                          .arg(query.value(0).toLongLong() / 100)
                          .arg(query.value(0).toLongLong() % 100, 2, 10, QLatin1Char('0'))
                          .arg(query.value(1).toLongLong() / 100)
                          .arg(query.value(1).toLongLong() % 100, 2, 10, QLatin1Char('0'))};
    for (int p = 0; p < PriorityCount; ++p) {
        const QString clock = query.value(2 + 2 * p).toString();
        // The clock's stored code (none, business, continuous), as the CLI writes it.
        parts << (clock == u"none"
                      ? tr("P%1 none").arg(p + 1)
                      : tr("P%1 %2 min %3").arg(p + 1).arg(query.value(3 + 2 * p).toString(), clock));
    }
    return parts.join(QStringLiteral(", "));
}

Status PlanStore::saveTerms(const QString &planId, const PlanTerms &terms, qint64 readVersion)
{
    if (const Status valid = validateTerms(planId, terms); !valid)
        return valid;
    return m_database.transaction([&]() -> Status {
        const auto found = exists(planId);
        if (!found)
            return found.error();
        if (!*found)
            return Status::failure(Error::Kind::NotFound, tr("no plan '%1'").arg(planId));
        if (readVersion != 0) {
            const auto version = termsVersion(planId, terms.effectiveFrom);
            if (!version)
                return version.error();
            if (*version == 0) {
                return Status::failure(
                    Error::Kind::Conflict,
                    tr("the terms of plan '%1' from %2 were changed elsewhere since you opened "
                       "them: they were removed; your change was not saved")
                        .arg(planId, terms.effectiveFrom.toString(Qt::ISODate)));
            }
        }
        return insertTerms(planId, terms, readVersion);
    });
}

Status PlanStore::addPlan(const Plan &plan)
{
    if (plan.id.isEmpty() || plan.id.contains(u' ') || plan.id != plan.id.trimmed())
        return Status::failure(Error::Kind::InvalidInput,
                               tr("a plan needs an id without spaces, e.g. 'premium'"));
    if (plan.nameEn.trimmed().isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("plan '%1' needs a name").arg(plan.id));
    if (plan.terms.isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("plan '%1' needs its terms").arg(plan.id));
    for (const PlanTerms &terms : plan.terms) {
        if (const Status valid = validateTerms(plan.id, terms); !valid)
            return valid;
    }
    return m_database.transaction([&]() -> Status {
        const auto found = exists(plan.id);
        if (!found)
            return found.error();
        if (*found)
            return Status::failure(Error::Kind::InvalidInput,
                                   tr("a plan with id '%1' already exists").arg(plan.id));
        QSqlQuery query(m_database.connection());
        // A plan without a French name shows its English one.
        query.prepare(
            QStringLiteral("INSERT INTO plans (id, name_en, name_fr, position) "
                           "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM plans))"));
        query.addBindValue(plan.id);
        query.addBindValue(plan.nameEn);
        query.addBindValue(plan.nameFr.trimmed().isEmpty() ? plan.nameEn : plan.nameFr);
        if (const Status inserted = m_database.write(query); !inserted)
            return inserted;
        for (const PlanTerms &terms : plan.terms) {
            if (const Status saved = insertTerms(plan.id, terms); !saved)
                return saved;
        }
        return success();
    });
}
