#pragma once

#include "Expected.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// The words of one command: positional arguments and --options with values.
// Each command states which options it takes, so a typo is an error rather
// than silently ignored.
class Arguments
{
public:
    // `valueOptions` take a value ("--month 2026-10" or "--month=2026-10");
    // `flags` take none ("--dry-run").
    static Expected<Arguments> parse(const QStringList &words, const QSet<QString> &valueOptions,
                                     const QString &commandName, const QSet<QString> &flags = {});

    const QStringList &positional() const { return m_positional; }
    std::optional<QString> option(const QString &name) const;
    QString option(const QString &name, const QString &fallback) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }
    // Checks the count of positional arguments, naming what is missing.
    Status expectPositional(const QStringList &names) const;

private:
    QString m_command;
    QStringList m_positional;
    QHash<QString, QString> m_options;
    QSet<QString> m_flags;
};
