#pragma once

#include "Priority.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>

// How a guaranteed response time is measured.
enum class TargetClock : quint8 {
    None,       // no guarantee: time is still measured, around the clock
    Business,   // business time on the account's calendar
    Continuous, // real elapsed time, 24/7
};

// The clock a response time is measured on, as the CLI and CSV files name
// it: "business" or "continuous" (without a target, time runs around the
// clock too).
QString measuredClockCode(TargetClock clock);

struct ResponseTarget
{
    TargetClock clock = TargetClock::None;
    int minutes = 0; // meaningful only when clock != None

    bool exists() const { return clock != TargetClock::None; }
    qint64 seconds() const { return qint64(minutes) * 60; }
    friend bool operator==(const ResponseTarget &a, const ResponseTarget &b)
    {
        return a.clock == b.clock && (a.clock == TargetClock::None || a.minutes == b.minutes);
    }
};

enum class PlanFeature : quint8 {
    ApiStatusNotifications,
    EmailSupport,
    ChatSupport,
    PhoneSupport,
    TechnicalAccountManager,
    EscalationLine,
    QuarterlyStatusReview,
};
inline constexpr std::array<PlanFeature, 7> AllPlanFeatures{PlanFeature::ApiStatusNotifications,
                                                            PlanFeature::EmailSupport,
                                                            PlanFeature::ChatSupport,
                                                            PlanFeature::PhoneSupport,
                                                            PlanFeature::TechnicalAccountManager,
                                                            PlanFeature::EscalationLine,
                                                            PlanFeature::QuarterlyStatusReview};

// The terms of a plan from a date on. Editing a plan adds terms with a later
// date, so months already reported keep the terms they were computed with.
struct PlanTerms
{
    QDate effectiveFrom;
    int percentBasisPoints = 0; // 4 % = 400
    qint64 minimumCents = 0;
    std::array<ResponseTarget, PriorityCount> targets{};
    quint32 featureMask = 0; // bit (1 << PlanFeature)

    const ResponseTarget &target(Priority priority) const { return targets[priorityIndex(priority)]; }
    bool has(PlanFeature feature) const { return featureMask & (1u << unsigned(feature)); }
    void set(PlanFeature feature, bool on = true)
    {
        const quint32 bit = 1u << unsigned(feature);
        featureMask = on ? (featureMask | bit) : (featureMask & ~bit);
    }
    bool isFree() const { return percentBasisPoints == 0 && minimumCents == 0; }
};

struct Plan
{
    QString id; // "developer", "production", ...
    QString nameEn;
    QString nameFr;
    QList<PlanTerms> terms; // ascending effectiveFrom, never empty

    // The terms in force on a local date: the latest whose effectiveFrom is on
    // or before it, or the earliest terms for a date before them all.
    const PlanTerms &termsOn(QDate date) const;
    QString name(const QString &languageCode) const { return languageCode == u"fr" ? nameFr : nameEn; }
};
