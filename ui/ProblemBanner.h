#pragma once

#include "Error.h"

#include <QLabel>
#include <optional>

// Where a view says that what it shows could not be read or worked out: in
// its own place, above its (then empty) table, until the next read
// succeeds. A store that looks damaged is said in red; anything else in
// the colours of a warning.
class ProblemBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemBanner(QWidget *parent = nullptr);

    // `what` says what could not be done ("The report could not be computed").
    void showProblem(const QString &what, const Error &error);
    void clearProblem();
    bool hasProblem() const { return isVisibleTo(parentWidget()); }
    // The error shown, with its kind; none while the banner is hidden.
    const std::optional<Error> &problem() const { return m_problem; }

private:
    std::optional<Error> m_problem;
};
