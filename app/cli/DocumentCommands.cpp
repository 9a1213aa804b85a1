// statement, review and vendor: the documents the customer receives, and
// who sends them.
#include "Commands.h"
#include "CustomerDocument.h"
#include "Database.h"
#include "DocumentOutput.h"
#include "QuarterlyReviewService.h"
#include "StatementService.h"
#include "VendorSettings.h"

#include <QDir>
#include <QFile>

namespace {

Status writeDocument(const CustomerDocument &document, const DocumentOptions &options,
                     const DocumentVendor &vendor, const QString &path, CommandContext &context)
{
    if (options.format == DocumentFormat::Html)
        return writeHtmlDocument(path, document);
    return writePdfDocument(path, document, vendor, context.environment.nowUtc);
}

Status writeStatement(const MonthlyStatement &statement, const DocumentOptions &options,
                      const DocumentLanguage &language, const DocumentVendor &vendor, const QString &path,
                      CommandContext &context)
{
    const DocumentMedium medium =
        options.format == DocumentFormat::Html ? DocumentMedium::Email : DocumentMedium::Paged;
    return writeDocument(statementDocument(statement, language, vendor, medium), options, vendor, path,
                         context);
}

Status writeReview(const QuarterlyReview &review, const DocumentOptions &options,
                   const DocumentLanguage &language, const DocumentVendor &vendor, const QString &path,
                   CommandContext &context)
{
    const DocumentMedium medium =
        options.format == DocumentFormat::Html ? DocumentMedium::Email : DocumentMedium::Paged;
    return writeDocument(reviewDocument(review, language, vendor, medium), options, vendor, path, context);
}

Expected<DocumentVendor> storedVendor(Database &database)
{
    VendorSettings settings(database);
    const auto name = settings.name();
    if (!name)
        return name.error();
    const auto logo = settings.logo();
    if (!logo)
        return logo.error();
    return documentVendor(*name, *logo);
}

Status makeFolder(const QString &command, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Status::failure(Error::Kind::Storage,
                               QStringLiteral("%1: cannot make the folder '%2'").arg(command, folder));
    return success();
}

} // namespace

Status runStatementCommand(const QStringList &words, CommandContext &context)
{
    const auto options = parseDocumentOptions(
        words, context, QStringLiteral("statement"), QStringLiteral("month"), QStringLiteral("YYYY-MM"),
        [](const QString &text) { return YearMonth::parse(text).has_value(); });
    if (!options)
        return options.error();
    const YearMonth month = *YearMonth::parse(options->period);
    const auto vendor = storedVendor(context.database);
    if (!vendor)
        return vendor.error();
    StatementService service(context.database);
    DocumentLanguages languages(options->language);
    // A PDF carries the month's tickets inside it, as evidence.
    const bool keepEvidence = options->format == DocumentFormat::Pdf;
    if (!options->all) {
        const auto statement = service.compute(options->accountName, month, options->asOfUtc, keepEvidence);
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
    if (Status folder = makeFolder(QStringLiteral("statement"), options->output); !folder)
        return folder;
    int written = 0;
    const Status all = service.forEachAccount(
        month, options->asOfUtc,
        [&](const MonthlyStatement &statement) -> Status {
            const QString path =
                QDir(options->output).filePath(documentFileName(statement.account.name, *options));
            const auto language = languages.of(statement.account);
            if (!language)
                return language.error();
            if (Status done = writeStatement(statement, *options, **language, *vendor, path, context); !done)
                return done;
            ++written;
            return success();
        },
        keepEvidence);
    if (!all)
        return all;
    context.environment.out << "wrote " << written << " statements to " << options->output << '\n';
    return success();
}

Status runReviewCommand(const QStringList &words, CommandContext &context)
{
    const auto options = parseDocumentOptions(
        words, context, QStringLiteral("review"), QStringLiteral("quarter"), QStringLiteral("YYYY-Qn"),
        [](const QString &text) { return YearQuarter::parse(text).has_value(); });
    if (!options)
        return options.error();
    const YearQuarter quarter = *YearQuarter::parse(options->period);
    const auto vendor = storedVendor(context.database);
    if (!vendor)
        return vendor.error();
    QuarterlyReviewService service(context.database);
    DocumentLanguages languages(options->language);
    if (!options->all) {
        const auto review = service.compute(options->accountName, quarter, options->asOfUtc);
        if (!review)
            return review.error();
        const auto language = languages.of(review->account);
        if (!language)
            return language.error();
        if (Status written = writeReview(*review, *options, **language, *vendor, options->output, context);
            !written)
            return written;
        context.environment.out << "wrote " << options->output << '\n';
        return success();
    }
    if (Status folder = makeFolder(QStringLiteral("review"), options->output); !folder)
        return folder;
    // The accounts whose plan at the quarter's end includes the review.
    int written = 0;
    const Status all = service.forEachAccount(
        quarter, options->asOfUtc,
        [&](const QuarterlyReview &review) -> Status {
            if (!review.planIncludesReview())
                return success();
            const QString path =
                QDir(options->output).filePath(documentFileName(review.account.name, *options));
            const auto language = languages.of(review.account);
            if (!language)
                return language.error();
            if (Status done = writeReview(review, *options, **language, *vendor, path, context); !done)
                return done;
            ++written;
            return success();
        },
        true);
    if (!all)
        return all;
    context.environment.out << "wrote " << written << " reviews to " << options->output
                            << " (the accounts whose plan includes the quarterly review)\n";
    return success();
}

Status runVendorCommand(const QStringList &words, CommandContext &context)
{
    VendorSettings settings(context.database);
    if (words.value(0) == u"show" && words.size() == 1) {
        const auto name = settings.name();
        if (!name)
            return name.error();
        const auto logo = settings.logo();
        if (!logo)
            return logo.error();
        context.environment.out << "name: " << *name << '\n';
        if (logo->isEmpty())
            context.environment.out << "logo: none\n";
        else
            context.environment.out << "logo: " << (logo->startsWith("\x89PNG") ? "PNG" : "JPEG") << ", "
                                    << logo->size() << " bytes\n";
        return success();
    }
    if (words.value(0) == u"set" && words.size() == 2) {
        if (Status set = settings.setName(words[1]); !set)
            return set;
        context.environment.out << "vendor: " << words[1].trimmed() << '\n';
        return success();
    }
    if (words.value(0) == u"logo" && words.size() == 2) {
        if (words[1] == u"--clear") {
            if (Status cleared = settings.clearLogo(); !cleared)
                return cleared;
            context.environment.out << "logo: none\n";
            return success();
        }
        QFile file(words[1]);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(
                Error::Kind::InvalidInput,
                QStringLiteral("vendor logo: cannot read '%1': %2").arg(words[1], file.errorString()));
        const QByteArray image = file.read(VendorSettings::MaximumLogoBytes + 1);
        if (file.error() != QFileDevice::NoError)
            return Status::failure(
                Error::Kind::InvalidInput,
                QStringLiteral("vendor logo: cannot read '%1': %2").arg(words[1], file.errorString()));
        // Decoded before it is kept: a document must never meet a logo it
        // cannot draw.
        if (const auto decoded = documentVendor({}, image); !decoded && !image.isEmpty())
            return Status::failure(
                Error::Kind::InvalidInput,
                QStringLiteral("vendor logo: '%1' is not an image SupportDesk can read").arg(words[1]));
        if (Status set = settings.setLogo(image); !set)
            return set.error().reworded(QStringLiteral("vendor logo: '%1': %2").arg(words[1], set.message()));
        context.environment.out << "logo: " << words[1] << '\n';
        return success();
    }
    return Status::failure(
        Error::Kind::InvalidInput,
        QStringLiteral("vendor: expected 'vendor set NAME', 'vendor logo FILE|--clear' or 'vendor show'"));
}
