#pragma once

#include "DocumentLanguage.h"
#include "MonthlyStatement.h"

#include <QImage>
#include <QString>

// Who sends the customer's documents: a setting of the store.
struct DocumentVendor
{
    QString name;
    QImage logo{}; // none: no logo
    // Where the page finds the logo (a resource of the PDF, a data: URL in
    // an e-mail); set by statementDocument() and reviewDocument().
    QString logoSource{};
};

// The monthly SLA statement as one HTML page in the document's language: the
// text of the e-mail version, and the content the PDF lays out page by page.
// Only what QTextDocument renders is used (tables with attributes, a few
// CSS properties), so that both show the same thing.
// "Monthly SLA statement: ACCOUNT, MONTH" in the document's language: the
// page's and the PDF's title.
QString statementTitle(const MonthlyStatement &statement, const DocumentLanguage &language);

// `chartSource` is where the page finds statementChart()'s image (a
// resource of the PDF's document, or a data: URL in an e-mail); none: no
// chart.
QString statementHtml(const MonthlyStatement &statement, const DocumentLanguage &language,
                      const DocumentVendor &vendor, const QString &chartSource = {});

// Parts the quarterly review shares with the statement, in its words: who
// sends and receives and as of when; a target with its clock ("3 h,
// business hours").
QList<QStringList> documentParties(const Account &account, qint64 asOfUtc, const DocumentLanguage &language,
                                   const DocumentVendor &vendor);
QString documentTargetText(const ResponseTarget &target, const DocumentLanguage &language);
