#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class AppContext;
class QTranslator;

// Switches the interface between English and French while it runs: swaps the
// application's catalogue and Qt's own (standard buttons and dialogs), sets
// the default locale, and remembers the choice for the next start.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(AppContext &context, QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList languages(); // "en", "fr"
    // The language to start in: `requested` when it is one of ours, else the
    // saved choice, else the system's language, else English.
    static QString initialLanguage(const QString &requested = {});
    static QString savedLanguage();

    // False for an unknown code or a catalogue that cannot be loaded (the
    // language is then left as it was).
    bool switchTo(const QString &code, bool remember = true);
    QString current() const;

private:
    void removeTranslators();

    AppContext &m_context;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
