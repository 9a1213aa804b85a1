#include "LanguageSwitcher.h"

#include "AppContext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString SettingsKey = QStringLiteral("language");

} // namespace

LanguageSwitcher::LanguageSwitcher(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString LanguageSwitcher::savedLanguage()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    return languages().contains(saved) ? saved : QString();
}

QString LanguageSwitcher::initialLanguage(const QString &requested)
{
    if (languages().contains(requested))
        return requested;
    if (const QString saved = savedLanguage(); !saved.isEmpty())
        return saved;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString LanguageSwitcher::current() const
{
    return m_context.languageCode();
}

void LanguageSwitcher::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageSwitcher::switchTo(const QString &code, bool remember)
{
    if (!languages().contains(code))
        return false;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    if (code != u"en") {
        // The catalogue installed beside the program first (the package
        // puts it in share/supportdesk/translations), then the built-in one.
        app = std::make_unique<QTranslator>();
        const QString name = QStringLiteral("supportdesk_%1").arg(code);
        if (!app->load(name, QCoreApplication::applicationDirPath() +
                                 QStringLiteral("/../share/supportdesk/translations")) &&
            !app->load(name, QStringLiteral(":/i18n")))
            return false;
        // Qt's own texts (Cancel, Yes, file dialogs); missing on a system
        // without Qt's translations, which is no reason to refuse.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    removeTranslators();
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    // Installed before the context announces the change, so whatever reloads
    // on languageChanged() already reads the new catalogue.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());
    // "fr" and "en" name fr_FR and en_US, the context's locales; set first
    // for the same reason.
    QLocale::setDefault(QLocale(code));
    m_context.setLanguageCode(code);
    if (remember)
        QSettings().setValue(SettingsKey, code);
    return true;
}
