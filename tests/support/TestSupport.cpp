#include "TestSupport.h"

#include <QFile>
#include <QProcess>

namespace TestSupport {

QString fixturePath(const QString &relative)
{
    return QStringLiteral(SUPPORTDESK_FIXTURES_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

CliRun runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(SUPPORTDESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted()) {
        run.err = "could not start " SUPPORTDESK_CLI_PATH;
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(600'000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace TestSupport
