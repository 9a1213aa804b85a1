#include "Arguments.h"

Expected<Arguments> Arguments::parse(const QStringList &words, const QSet<QString> &valueOptions,
                                     const QString &commandName, const QSet<QString> &flags)
{
    Arguments arguments;
    arguments.m_command = commandName;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (!word.startsWith(u"--") || word == u"--") {
            arguments.m_positional << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> value;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flags.contains(name)) {
            if (value)
                return Expected<Arguments>::failure(
                    Error::Kind::InvalidInput,
                    QStringLiteral("%1: --%2 takes no value").arg(commandName, name));
            if (arguments.m_flags.contains(name))
                return Expected<Arguments>::failure(
                    Error::Kind::InvalidInput,
                    QStringLiteral("%1: --%2 is given twice").arg(commandName, name));
            arguments.m_flags.insert(name);
            continue;
        }
        if (!valueOptions.contains(name)) {
            return Expected<Arguments>::failure(
                Error::Kind::InvalidInput, QStringLiteral("%1: unknown option --%2").arg(commandName, name));
        }
        if (!value) {
            if (i + 1 >= words.size())
                return Expected<Arguments>::failure(
                    Error::Kind::InvalidInput,
                    QStringLiteral("%1: --%2 needs a value").arg(commandName, name));
            value = words[++i];
        }
        if (arguments.m_options.contains(name))
            return Expected<Arguments>::failure(
                Error::Kind::InvalidInput, QStringLiteral("%1: --%2 is given twice").arg(commandName, name));
        arguments.m_options.insert(name, *value);
    }
    return arguments;
}

std::optional<QString> Arguments::option(const QString &name) const
{
    const auto it = m_options.constFind(name);
    if (it == m_options.constEnd())
        return std::nullopt;
    return *it;
}

QString Arguments::option(const QString &name, const QString &fallback) const
{
    return m_options.value(name, fallback);
}

Status Arguments::expectPositional(const QStringList &names) const
{
    if (m_positional.size() < names.size()) {
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1: missing %2").arg(m_command, names.mid(m_positional.size()).join(u' ')));
    }
    if (m_positional.size() > names.size()) {
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1: unexpected argument '%2'").arg(m_command, m_positional[names.size()]));
    }
    return success();
}
