#pragma once

#include "Account.h"
#include "Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// Customer accounts and their plan history.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(Database &database);

    // Adds the account (an empty calendar name means the default calendar);
    // returns its id.
    Expected<qint64> add(const Account &account);
    // Renames or moves the account with account.id to another zone or
    // calendar. With account.version set (as read), refused when the account
    // was changed since (Database::isConflict()), the message showing it as it
    // now is; with 0, read and written in one transaction.
    Status update(const Account &account);
    // Removes the account with its tickets, spend, plan history and claims.
    Status remove(qint64 accountId);
    Expected<QList<Account>> all() const; // ordered by name
    Expected<Account> findByName(const QString &name) const;
    Expected<Account> findById(qint64 accountId) const;

    // The account is on `planId` from local date `from`; a change already set
    // for that date is replaced.
    Status setPlan(qint64 accountId, const QString &planId, QDate from);
    Status removePlanChange(qint64 accountId, QDate effectiveDate);
    Expected<QList<PlanChange>> planHistory(qint64 accountId) const; // by date
    // Every account's history by account id; accounts without one are absent.
    Expected<QHash<qint64, QList<PlanChange>>> allPlanHistories() const;

private:
    Expected<qint64> calendarIdFor(const Account &account) const;
    Status validate(const Account &account) const;
    Expected<bool> nameTaken(const QString &name, qint64 exceptId) const;
    Expected<bool> exists(qint64 accountId) const;

    Database &m_database;
};
