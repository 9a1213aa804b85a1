#pragma once

#include "DocumentLanguage.h"
#include "QuarterlyReview.h"
#include "StatementHtml.h"

#include <QString>

// "Quarterly status review: ACCOUNT, Q3 2026" ("T3 2026" in French): the
// page's and the PDF's title.
QString reviewTitle(const QuarterlyReview &review, const DocumentLanguage &language);

// The quarterly status review as one HTML page in the document's language,
// for e-mail and for the PDF alike (only what QTextDocument renders): the
// quarter's months side by side and against the quarter before, attainment,
// credits and claims, volume and its trend, near misses, the coming
// quarter's closures, plan fit and the TAM's notes on a page of their own.
QString reviewHtml(const QuarterlyReview &review, const DocumentLanguage &language,
                   const DocumentVendor &vendor);
