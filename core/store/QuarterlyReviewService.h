#pragma once

#include "Expected.h"
#include "QuarterlyReview.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;

// Reads what an account's quarterly status review needs from the store: the
// six monthly statements of the quarter and the one before (one read of
// their tickets), the coming quarter's closures on the account's calendar,
// the plans it could be on, and the TAM's notes.
class QuarterlyReviewService
{
public:
    explicit QuarterlyReviewService(Database &database);

    Expected<QuarterlyReview> compute(const QString &accountName, YearQuarter quarter, qint64 asOfUtc) const;
    // Every account's review of the quarter, by account name, from one read
    // of the tickets; stops at the first failure of `sink`, which is
    // returned. Nothing is given to `sink` when the read fails.
    // `onlyWithReview`: the accounts whose plan at the quarter's end may
    // include the review are the only ones read and built (the sink still
    // checks planIncludesReview()).
    Status forEachAccount(YearQuarter quarter, qint64 asOfUtc,
                          const std::function<Status(const QuarterlyReview &)> &sink,
                          bool onlyWithReview = false) const;

private:
    Status build(const QString &onlyAccount, YearQuarter quarter, qint64 asOfUtc,
                 const std::function<Status(const QuarterlyReview &)> &sink, bool onlyWithReview) const;

    Database &m_database;
};
