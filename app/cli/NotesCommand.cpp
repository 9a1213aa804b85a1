// notes: the technical account manager's notes and actions for an account's
// quarterly status review, the page the review ends with.
#include "AccountStore.h"
#include "Arguments.h"
#include "Commands.h"
#include "Database.h"
#include "ReviewNotesStore.h"

#include <QFile>
#include <QTextStream>

namespace {

struct NotesTarget
{
    Account account;
    YearQuarter quarter;
};

Expected<NotesTarget> target(const Arguments &args, CommandContext &context, const QString &command)
{
    using Result = Expected<NotesTarget>;
    if (Status status = args.expectPositional({QStringLiteral("ACCOUNT")}); !status)
        return status.error();
    const auto quarter = YearQuarter::parse(args.option(QStringLiteral("quarter"), QString()).trimmed());
    if (!quarter)
        return Result::failure(Error::Kind::InvalidInput,
                               command + QStringLiteral(": --quarter YYYY-Qn is required"));
    const auto account = AccountStore(context.database).findByName(args.positional().first().trimmed());
    if (!account)
        return account.error();
    return NotesTarget{*account, *quarter};
}

// The text to save: --text, or --file (`-` reads standard input), UTF-8.
Expected<QString> newText(const Arguments &args)
{
    using Result = Expected<QString>;
    const auto text = args.option(QStringLiteral("text"));
    const auto file = args.option(QStringLiteral("file"));
    if (text.has_value() == file.has_value())
        return Result::failure(Error::Kind::InvalidInput,
                               QStringLiteral("notes set: give --text TEXT or --file FILE"));
    if (text)
        return *text;
    QFile input;
    const bool opened = *file == u"-" ? input.open(stdin, QIODevice::ReadOnly)
                                      : (input.setFileName(*file), input.open(QIODevice::ReadOnly));
    if (!opened)
        return Result::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("notes set: cannot read '%1': %2").arg(*file, input.errorString()));
    const QByteArray bytes = input.readAll();
    if (input.error() != QFileDevice::NoError)
        return Result::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("notes set: cannot read '%1': %2").arg(*file, input.errorString()));
    return QString::fromUtf8(bytes);
}

} // namespace

Status runNotesCommand(const QStringList &words, CommandContext &context)
{
    const QString action = words.value(0);
    if (action != u"show" && action != u"set")
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("notes: expected 'notes show ACCOUNT --quarter YYYY-Qn' or "
                           "'notes set ACCOUNT --quarter YYYY-Qn (--text TEXT | --file FILE)'"));
    const QString command = QStringLiteral("notes ") + action;
    const auto args =
        Arguments::parse(words.mid(1),
                         action == u"show" ? QSet<QString>{QStringLiteral("quarter")}
                                           : QSet<QString>{QStringLiteral("quarter"), QStringLiteral("text"),
                                                           QStringLiteral("file")},
                         command);
    if (!args)
        return args.error();
    const auto where = target(*args, context, command);
    if (!where)
        return where.error();
    ReviewNotesStore store(context.database);
    const auto saved = store.find(where->account.id, where->quarter);
    if (!saved)
        return saved.error();
    if (action == u"show") {
        context.environment.out << saved->text;
        if (!saved->text.isEmpty() && !saved->text.endsWith(u'\n'))
            context.environment.out << '\n';
        return success();
    }
    const auto text = newText(*args);
    if (!text)
        return text.error();
    if (Status stored = store.save(where->account.id, where->quarter, *text, saved->version); !stored)
        return stored;
    context.environment.out << "notes of " << where->account.name << ", " << where->quarter.toString()
                            << ": saved\n";
    return success();
}
