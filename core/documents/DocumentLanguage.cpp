#include "DocumentLanguage.h"

#include "Account.h"

#include <QTranslator>

namespace {

QLocale localeOf(const QString &code)
{
    return code == u"fr" ? QLocale(QLocale::French, QLocale::France)
                         : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

DocumentLanguage::DocumentLanguage(QString code, std::shared_ptr<const QTranslator> translator)
    : m_code(std::move(code)), m_locale(localeOf(m_code)), m_translator(std::move(translator))
{
}

Expected<DocumentLanguage> DocumentLanguage::load(const QString &code)
{
    if (!Account::languages().contains(code)) {
        return Expected<DocumentLanguage>::failure(
            Error::Kind::InvalidInput,
            tr("unknown document language '%1' (use %2)").arg(code, Account::languages().join(u", ")));
    }
    if (code == u"en")
        return DocumentLanguage(code, nullptr);
    auto translator = std::make_shared<QTranslator>();
    const QString name = QStringLiteral("supportdesk_%1").arg(code);
    // The catalogue installed beside the program first, as the desktop
    // loads it, then the built-in one.
    if (!translator->load(name, QCoreApplication::applicationDirPath() +
                                    QStringLiteral("/../share/supportdesk/translations")) &&
        !translator->load(name, QStringLiteral(":/i18n"))) {
        return Expected<DocumentLanguage>::failure(
            Error::Kind::Storage, tr("the %1 catalogue of documents cannot be loaded").arg(code));
    }
    return DocumentLanguage(code, std::move(translator));
}

QString DocumentLanguage::text(const char *context, const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DocumentLanguage::money(qint64 cents) const
{
    // Exact cents: the amount is never a double on its way to the text.
    const qint64 magnitude = qAbs(cents);
    const QString amount = m_locale.toString(magnitude / 100) + m_locale.decimalPoint() +
                           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString sign = cents < 0 ? m_locale.negativeSign() : QString();
    return m_code == u"fr" ? sign + amount + QChar(0x00A0) + u'$' : sign + u'$' + amount;
}

QString DocumentLanguage::month(YearMonth month) const
{
    return m_locale.toString(month.firstDay(), QStringLiteral("MMMM yyyy"));
}

QString DocumentLanguage::date(QDate date) const
{
    return m_locale.toString(date, m_code == u"fr" ? QStringLiteral("d MMMM yyyy")
                                                   : QStringLiteral("MMMM d, yyyy"));
}

QString DocumentLanguage::shortDate(QDate date) const
{
    return m_locale.toString(date, m_code == u"fr" ? QStringLiteral("d MMM") : QStringLiteral("MMM d"));
}

QString DocumentLanguage::percent(qint64 basisPoints) const
{
    const QString value = m_locale.toString(double(basisPoints) / 100.0, 'f', 2);
    return m_code == u"fr" ? value + QChar(0x202F) + u'%' : value + u'%';
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString DocumentLanguage::centiMinutesValue(qint64 hundredths) const
{
    return m_locale.toString(hundredths / 100) + m_locale.decimalPoint() +
           QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString DocumentLanguage::centiMinutes(qint64 hundredths) const
{
    return centiMinutesValue(hundredths) + QStringLiteral(" min");
}

QString DocumentLanguage::minutesValueOf(qint64 seconds) const
{
    return centiMinutesValue((seconds * 100 + 30) / 60);
}

QString DocumentLanguage::minutesOf(qint64 seconds) const
{
    return centiMinutes((seconds * 100 + 30) / 60);
}

QString DocumentLanguage::target(int minutes) const
{
    return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(minutes / 60)
                             : QStringLiteral("%1 min").arg(minutes);
}
