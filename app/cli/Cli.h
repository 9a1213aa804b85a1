#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// What a run of the command line sees of the world: its streams and the
// current instant, passed in so tests can pin them.
struct CliEnvironment
{
    QTextStream &out;
    QTextStream &err;
    qint64 nowUtc = 0;
    // The exit code of a command that ran but found something a script must
    // act on (`risk`: 3 when a month is broken or at risk); 0 otherwise.
    int findingExitCode = 0;
};

// Runs one command line (without the program name); returns the exit code.
int runCli(const QStringList &arguments, CliEnvironment &environment);
