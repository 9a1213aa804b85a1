// statement and vendor: the documents the customer receives, and who sends
// them.
#include "AccountStore.h"
#include "Commands.h"
#include "Database.h"
#include "DocumentPdf.h"
#include "StatementChart.h"
#include "StatementHtml.h"
#include "StatementService.h"
#include "VendorSettings.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <map>

namespace {

enum class DocumentFormat { Pdf, Html };

struct DocumentOptions
{
    YearMonth month;
    qint64 asOfUtc = 0;
    QString language; // empty: each account's own
    DocumentFormat format = DocumentFormat::Pdf;
    QString output;
    bool all = false;
    QString accountName;
};

Expected<DocumentOptions> parseStatementOptions(const QStringList &words, CommandContext &context)
{
    using Result = Expected<DocumentOptions>;
    const QString command = QStringLiteral("statement");
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("month"), QStringLiteral("as-of"), QStringLiteral("language"),
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
    const auto month = YearMonth::parse(args->option(QStringLiteral("month"), QString()));
    if (!month)
        return Result::failure(Error::Kind::InvalidInput,
                               command + QStringLiteral(": --month YYYY-MM is required"));
    options.month = *month;
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

// An account's name as a file name: the characters no file system accepts,
// and the path separators, become '_'.
QString fileNameOf(const QString &accountName, YearMonth month, DocumentFormat format)
{
    QString name = accountName;
    for (QChar &c : name) {
        if (c < QChar(0x20) || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    return QStringLiteral("%1 %2.%3")
        .arg(name, month.toString(),
             format == DocumentFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
}

Status writeHtml(const QString &path, const QString &html)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        return Status::failure(Error::Kind::Storage,
                               QStringLiteral("cannot write '%1': %2").arg(path, file.errorString()));
    return success();
}

Status writeStatement(const MonthlyStatement &statement, const DocumentOptions &options,
                      const DocumentLanguage &language, const QString &vendor, const QString &path,
                      CommandContext &context)
{
    const QImage chart = statementChart(statement, language, statementChartPixels());
    if (options.format == DocumentFormat::Html) {
        // An e-mail carries its picture inside the page.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.save(&buffer, "PNG");
        const QString source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        return writeHtml(path, statementHtml(statement, language, DocumentVendor{vendor}, source));
    }
    const QString source = QStringLiteral("supportdesk:chart");
    const DocumentFrame frame{statementTitle(statement, language), vendor, statement.account.name,
                              context.environment.nowUtc};
    return DocumentPdf::write(path, statementHtml(statement, language, DocumentVendor{vendor}, source), frame,
                              language, {{source, chart}});
}

// Each language's catalogue is loaded once, however many accounts use it.
class Languages
{
public:
    explicit Languages(QString forced) : m_forced(std::move(forced)) {}

    Expected<const DocumentLanguage *> of(const Account &account)
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

private:
    QString m_forced;
    std::map<QString, DocumentLanguage> m_loaded;
};

} // namespace

Status runStatementCommand(const QStringList &words, CommandContext &context)
{
    const auto options = parseStatementOptions(words, context);
    if (!options)
        return options.error();
    const auto vendor = VendorSettings(context.database).name();
    if (!vendor)
        return vendor.error();
    StatementService service(context.database);
    Languages languages(options->language);
    if (!options->all) {
        const auto statement = service.compute(options->accountName, options->month, options->asOfUtc);
        if (!statement)
            return statement.error();
        const auto language = languages.of(statement->account);
        if (!language)
            return language.error();
        if (Status written =
                writeStatement(*statement, *options, **language, *vendor, options->output, context);
            !written)
            return written;
        context.environment.out << "wrote " << options->output << '\n';
        return success();
    }
    if (!QDir().mkpath(options->output))
        return Status::failure(Error::Kind::Storage,
                               QStringLiteral("statement: cannot make the folder '%1'").arg(options->output));
    int written = 0;
    const Status all = service.forEachAccount(
        options->month, options->asOfUtc, [&](const MonthlyStatement &statement) -> Status {
            const QString path =
                QDir(options->output)
                    .filePath(fileNameOf(statement.account.name, options->month, options->format));
            const auto language = languages.of(statement.account);
            if (!language)
                return language.error();
            if (Status done = writeStatement(statement, *options, **language, *vendor, path, context); !done)
                return done;
            ++written;
            return success();
        });
    if (!all)
        return all;
    context.environment.out << "wrote " << written << " statements to " << options->output << '\n';
    return success();
}

Status runVendorCommand(const QStringList &words, CommandContext &context)
{
    VendorSettings settings(context.database);
    if (words.value(0) == u"show" && words.size() == 1) {
        const auto name = settings.name();
        if (!name)
            return name.error();
        context.environment.out << "name: " << *name << '\n';
        return success();
    }
    if (words.value(0) == u"set" && words.size() == 2) {
        if (Status set = settings.setName(words[1]); !set)
            return set;
        context.environment.out << "vendor: " << words[1].trimmed() << '\n';
        return success();
    }
    return Status::failure(Error::Kind::InvalidInput,
                           QStringLiteral("vendor: expected 'vendor set NAME' or 'vendor show'"));
}
