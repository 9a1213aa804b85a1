#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A customer account. Its time zone decides dates and months; its calendar
// decides business hours (an empty name means the default vendor calendar).
struct Account
{
    qint64 id = 0;
    QString name;
    QString timeZoneId = QStringLiteral("UTC");
    QString calendarName;
    // What the customer's documents need: their language ("en" or "fr",
    // apart from the window's), the technical account manager and the billing
    // contact they are addressed to. Empty names and e-mails are not set.
    QString language = QStringLiteral("en");
    QString tamName{};
    QString tamEmail{};
    QString contactName{};
    QString contactEmail{};
    // The row's version when it was read (optimistic locking); 0 for an
    // account not read from the store, whose update applies to what is stored.
    qint64 version = 0;

    // The languages a customer's documents are written in.
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
};

// One entry of an account's plan history: the plan in force from that local
// date until the next entry.
struct PlanChange
{
    QString planId;
    QDate effectiveDate;

    friend bool operator==(const PlanChange &a, const PlanChange &b)
    {
        return a.planId == b.planId && a.effectiveDate == b.effectiveDate;
    }
};
