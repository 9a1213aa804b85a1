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

// What a document is made from (a month's statement, a quarter's review),
// made into the document in a language, for paper or e-mail.
template <typename Computed>
using MakeDocument = CustomerDocument (*)(const Computed &, const DocumentLanguage &, const DocumentVendor &,
                                          DocumentMedium);

template <typename Computed>
Status writeDocument(const Computed &computed, MakeDocument<Computed> make, const DocumentOptions &options,
                     const DocumentLanguage &language, const DocumentVendor &vendor, const QString &path,
                     CommandContext &context)
{
    if (options.format == DocumentFormat::Html)
        return writeHtmlDocument(path, make(computed, language, vendor, DocumentMedium::Email));
    return writePdfDocument(path, make(computed, language, vendor, DocumentMedium::Paged), vendor,
                            context.environment.nowUtc);
}

// The two ways of a document command: one account's into the file named,
// or, with --all, each account's that `forEachAccount` gives into a file
// of its own in the folder named, each in its customer's language (or the
// one asked for).
template <typename Computed> struct OneOrAll
{
    using Sink = std::function<Status(const Computed &)>;

    QString command;
    MakeDocument<Computed> make;
    std::function<Expected<Computed>()> computeOne;
    std::function<Status(const Sink &)> forEachAccount;
    QString writtenAll; // "wrote %1 … to %2"
};

template <typename Computed>
Status writeOneOrAll(const OneOrAll<Computed> &run, const DocumentOptions &options, CommandContext &context)
{
    const auto vendor = storedVendor(context.database);
    if (!vendor)
        return vendor.error();
    DocumentLanguages languages(options.language);
    const auto write = [&](const Computed &computed, const QString &path) -> Status {
        const auto language = languages.of(computed.account);
        if (!language)
            return language.error();
        return writeDocument(computed, run.make, options, **language, *vendor, path, context);
    };
    if (!options.all) {
        const auto computed = run.computeOne();
        if (!computed)
            return computed.error();
        if (Status written = write(*computed, options.output); !written)
            return written;
        context.environment.out << "wrote " << options.output << '\n';
        return success();
    }
    if (!QDir().mkpath(options.output))
        return Status::failure(
            Error::Kind::Storage,
            QStringLiteral("%1: cannot make the folder '%2'").arg(run.command, options.output));
    int written = 0;
    const Status all = run.forEachAccount([&](const Computed &computed) -> Status {
        if (Status done = write(
                computed, QDir(options.output).filePath(documentFileName(computed.account.name, options)));
            !done)
            return done;
        ++written;
        return success();
    });
    if (!all)
        return all;
    context.environment.out << run.writtenAll.arg(written).arg(options.output) << '\n';
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
    const StatementService service(context.database);
    // A PDF carries the month's tickets inside it, as evidence.
    const bool keepEvidence = options->format == DocumentFormat::Pdf;
    const OneOrAll<MonthlyStatement> run{
        QStringLiteral("statement"), statementDocument,
        [&] { return service.compute(options->accountName, month, options->asOfUtc, keepEvidence); },
        [&](const OneOrAll<MonthlyStatement>::Sink &sink) {
            return service.forEachAccount(month, options->asOfUtc, sink, keepEvidence);
        },
        QStringLiteral("wrote %1 statements to %2")};
    return writeOneOrAll(run, *options, context);
}

Status runReviewCommand(const QStringList &words, CommandContext &context)
{
    const auto options = parseDocumentOptions(
        words, context, QStringLiteral("review"), QStringLiteral("quarter"), QStringLiteral("YYYY-Qn"),
        [](const QString &text) { return YearQuarter::parse(text).has_value(); });
    if (!options)
        return options.error();
    const YearQuarter quarter = *YearQuarter::parse(options->period);
    const QuarterlyReviewService service(context.database);
    const OneOrAll<QuarterlyReview> run{
        QStringLiteral("review"), reviewDocument,
        [&] { return service.compute(options->accountName, quarter, options->asOfUtc); },
        // The accounts whose plan at the quarter's end includes the review.
        [&](const OneOrAll<QuarterlyReview>::Sink &sink) {
            return service.forEachAccount(
                quarter, options->asOfUtc,
                [&](const QuarterlyReview &review) {
                    return review.planIncludesReview() ? sink(review) : success();
                },
                true);
        },
        QStringLiteral("wrote %1 reviews to %2 (the accounts whose plan includes the quarterly review)")};
    return writeOneOrAll(run, *options, context);
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
