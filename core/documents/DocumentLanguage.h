#pragma once

#include "Expected.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

// The language a document is written in: the customer's, apart from the
// window's. Its texts come from the French catalogue directly (never from
// the translators installed in the application), its numbers, money, dates
// and month names from its own locale.
class DocumentLanguage
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)

public:
    // "en" or "fr" (Account::languages()); an error for any other, or when
    // the French catalogue cannot be loaded.
    static Expected<DocumentLanguage> load(const QString &code);

    QString code() const { return m_code; }
    const QLocale &locale() const { return m_locale; }

    // `source` (a text marked with QT_TRANSLATE_NOOP in `context`) in the
    // document's language.
    QString text(const char *context, const char *source) const;

    QString money(qint64 cents) const;         // "$1,645.16", "1 645,16 $"
    QString month(YearMonth month) const;      // "October 2026", "octobre 2026"
    QString date(QDate date) const;            // "October 5, 2026", "5 octobre 2026"
    QString shortDate(QDate date) const;       // "Oct 5", "5 oct."
    QString percent(qint64 basisPoints) const; // 425 → "4.25%", "4,25 %"
    // Times in minutes with two decimals, as the report writes them:
    // "210.00 min", "210,00 min"; from hundredths of a minute or from seconds
    // (rounded half up to the hundredth).
    QString centiMinutes(qint64 hundredths) const;
    QString minutesOf(qint64 seconds) const;
    // The same without the unit, for a column whose header names it.
    QString centiMinutesValue(qint64 hundredths) const;
    QString minutesValueOf(qint64 seconds) const;
    QString target(int minutes) const;  // "3 h", "90 min"
    QString number(qint64 value) const; // grouped: "1,234", "1 234"

private:
    DocumentLanguage(QString code, std::shared_ptr<const QTranslator> translator);

    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; // none for English, the source language
};
