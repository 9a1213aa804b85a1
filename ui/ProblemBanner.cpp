#include "ProblemBanner.h"

ProblemBanner::ProblemBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setMargin(6);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void ProblemBanner::showProblem(const QString &what, const Error &error)
{
    const bool damaged = error.kind == Error::Kind::Damaged;
    setStyleSheet(damaged ? QStringLiteral("background: #fde2e1; color: #5c0a07")
                          : QStringLiteral("background: #fff4c2; color: #3d3000"));
    setText(tr("%1: %2").arg(what, error.message));
    m_problem = error;
    setVisible(true);
}

void ProblemBanner::clearProblem()
{
    clear();
    m_problem.reset();
    setVisible(false);
}
