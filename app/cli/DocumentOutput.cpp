#include "DocumentOutput.h"

#include "Arguments.h"

Expected<DocumentOptions> parseDocumentOptions(const QStringList &words, CommandContext &context,
                                               const QString &command, const QString &periodOption,
                                               const QString &periodForm,
                                               const std::function<bool(const QString &)> &validPeriod)
{
    using Result = Expected<DocumentOptions>;
    const auto args = Arguments::parse(words,
                                       {periodOption, QStringLiteral("as-of"), QStringLiteral("language"),
                                        QStringLiteral("format"), QStringLiteral("output")},
                                       command, {QStringLiteral("all")});
    if (!args)
        return args.error();
    DocumentOptions options;
    options.all = args->flag(QStringLiteral("all"));
    if (Status status =
            args->expectPositional(options.all ? QStringList{} : QStringList{QStringLiteral("ACCOUNT")});
        !status)
        return status.error();
    if (!options.all)
        options.accountName = args->positional().first().trimmed();
    options.period = args->option(periodOption, QString()).trimmed();
    if (!validPeriod(options.period))
        return Result::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1: --%2 %3 is required").arg(command, periodOption, periodForm));
    const QString format = args->option(QStringLiteral("format"), QStringLiteral("pdf"));
    if (format != u"pdf" && format != u"html")
        return Result::failure(Error::Kind::InvalidInput,
                               QStringLiteral("%1: --format '%2' is not pdf or html").arg(command, format));
    options.format = format == u"pdf" ? DocumentFormat::Pdf : DocumentFormat::Html;
    options.language = args->option(QStringLiteral("language"), QString()).trimmed().toLower();
    if (!options.language.isEmpty() && !Account::languages().contains(options.language))
        return Result::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1: --language '%2' is not %3")
                .arg(command, options.language, Account::languages().join(QStringLiteral(" or "))));
    options.output = args->option(QStringLiteral("output"), QString());
    if (options.output.isEmpty())
        return Result::failure(Error::Kind::InvalidInput,
                               command + (options.all ? QStringLiteral(": --output FOLDER is required")
                                                      : QStringLiteral(": --output FILE is required")));
    options.asOfUtc = context.environment.nowUtc;
    if (const auto asOf = args->option(QStringLiteral("as-of"))) {
        const auto instant = parseAsOf(context.database, *asOf, options.accountName);
        if (!instant)
            return instant.error().reworded(command + QStringLiteral(": ") + instant.message());
        options.asOfUtc = *instant;
    }
    return options;
}

QString documentFileName(const QString &accountName, const DocumentOptions &options)
{
    QString name = accountName;
    for (QChar &c : name) {
        if (c < QChar(0x20) || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    return QStringLiteral("%1 %2.%3")
        .arg(name, options.period,
             options.format == DocumentFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
}

Expected<const DocumentLanguage *> DocumentLanguages::of(const Account &account)
{
    const QString code = m_forced.isEmpty() ? account.language : m_forced;
    auto found = m_loaded.find(code);
    if (found == m_loaded.end()) {
        auto loaded = DocumentLanguage::load(code);
        if (!loaded)
            return loaded.error();
        found = m_loaded.emplace(code, std::move(*loaded)).first;
    }
    return &found->second;
}
