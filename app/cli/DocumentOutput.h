#pragma once

#include "Account.h"
#include "Commands.h"
#include "DocumentLanguage.h"

#include <QString>
#include <functional>
#include <map>

// What the statement and review commands share: their options, where each
// file goes, the catalogue of each language loaded once.
enum class DocumentFormat { Pdf, Html };

struct DocumentOptions
{
    QString period; // "2026-10" or "2026-Q3", as checked by the caller's parser
    qint64 asOfUtc = 0;
    QString language; // empty: each account's own
    DocumentFormat format = DocumentFormat::Pdf;
    QString output;
    bool all = false;
    QString accountName;
};

// `command ACCOUNT|--all --PERIOD_OPTION VALUE [--as-of] [--language]
// [--format] --output`; `period` checks the value and says what it should be
// ("YYYY-MM").
Expected<DocumentOptions> parseDocumentOptions(const QStringList &words, CommandContext &context,
                                               const QString &command, const QString &periodOption,
                                               const QString &periodForm,
                                               const std::function<bool(const QString &)> &validPeriod);

// The file of an account's document in a folder: "ACCOUNT PERIOD.pdf", the
// characters no file system accepts (and path separators) as '_'.
QString documentFileName(const QString &accountName, const DocumentOptions &options);

class DocumentLanguages
{
public:
    explicit DocumentLanguages(QString forced) : m_forced(std::move(forced)) {}

    // The forced language, or the account's own.
    Expected<const DocumentLanguage *> of(const Account &account);

private:
    QString m_forced;
    std::map<QString, DocumentLanguage> m_loaded;
};
