#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace TestSupport {

// The folder of golden files and input fixtures (tests/fixtures).
QString fixturePath(const QString &relative);
QByteArray readFile(const QString &path);
// Command-line words from UTF-8 literals.
QStringList words(std::initializer_list<const char *> list);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real supportdesk-cli with these arguments and waits for it.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {});

} // namespace TestSupport
