#include "ExportFile.h"

#include "CsvRowSource.h"
#include "SplittableFile.h"
#include "XlsxRowSource.h"
#include "ZendeskJsonRowSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

enum class Container : quint8 { Csv, Json, Spreadsheet };

// What the first bytes say: a zip's local header, or JSON's first
// character after any byte order mark and white space.
Container containerOf(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return Container::Spreadsheet;
    qsizetype at = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < head.size() && (head[at] == ' ' || head[at] == '\t' || head[at] == '\r' || head[at] == '\n'))
        ++at;
    if (at < head.size() && (head[at] == '{' || head[at] == '['))
        return Container::Json;
    return Container::Csv;
}

Status cannotRead(const QString &path, const QString &why)
{
    return Status::failure(Error::Kind::Storage,
                           QCoreApplication::translate("ExportFile", "%1: cannot read: %2").arg(path, why));
}

// The rows of a CSV file's rest, from a record's start in its middle on,
// in the dialect and under the header its start has: its lines are counted
// from 1 there.
class CsvRest final : public RowSource
{
public:
    CsvRest(const QString &path, const QString &name, qint64 offset, const CsvDialect &dialect,
            const QStringList &header)
        : m_file(path), m_offset(offset), m_dialect(dialect), m_header(header), m_rows(&m_file, name)
    {
    }

    Status open() override
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset))
            return cannotRead(m_file.fileName(), m_file.errorString());
        m_rows.openRest(m_dialect, m_header);
        return success();
    }
    const QStringList &header() const override { return m_rows.header(); }
    bool readRow(QStringList &cells) override { return m_rows.readRow(cells); }
    bool atError() const override { return m_rows.atError(); }
    QString error() const override { return m_rows.error(); }
    int line() const override { return m_rows.line(); }
    qint64 bytesRead() const override { return m_rows.bytesRead(); }
    // Its own part's: its progress is read against them.
    qint64 totalBytes() const override { return m_rows.totalBytes() - m_offset; }
    bool readAsOnePart() const override { return m_rows.readAsOnePart(); }
    int nextLine() const override { return m_rows.nextLine(); }

private:
    QFile m_file;
    qint64 m_offset;
    CsvDialect m_dialect;
    QStringList m_header;
    CsvRowSource m_rows;
};

// The rows of the file at a path, which it opens and owns; the reader of
// its container is chosen at open().
class FileRows final : public RowSource
{
public:
    explicit FileRows(const QString &path) : m_path(path), m_file(path), m_name(QFileInfo(path).fileName()) {}

    Status open() override
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return cannotRead(m_path, m_file.errorString());
        switch (containerOf(m_file.peek(64))) {
        case Container::Spreadsheet:
            m_file.close();
            m_rows = std::make_unique<XlsxRowSource>(m_path, m_name);
            break;
        case Container::Json: m_rows = std::make_unique<ZendeskJsonRowSource>(&m_file, m_name); break;
        case Container::Csv:
            // A file of its own size can be cut, for its rest to be read
            // apart; a pipe is read as it comes.
            if (!m_file.isSequential()) {
                m_file.close();
                m_cuttable = std::make_unique<SplittableFile>(m_path);
                if (!m_cuttable->open(QIODevice::ReadOnly))
                    return cannotRead(m_path, m_cuttable->errorString());
            }
            m_csv =
                new CsvRowSource(m_cuttable ? static_cast<QIODevice *>(m_cuttable.get()) : &m_file, m_name);
            m_rows.reset(m_csv);
            break;
        }
        return m_rows->open();
    }
    const QStringList &header() const override { return m_rows ? m_rows->header() : m_noHeader; }
    bool readRow(QStringList &cells) override { return m_rows && m_rows->readRow(cells); }
    bool atError() const override { return m_rows && m_rows->atError(); }
    QString error() const override { return m_rows ? m_rows->error() : QString(); }
    int line() const override { return m_rows ? m_rows->line() : 0; }
    qint64 bytesRead() const override { return m_rows ? m_rows->bytesRead() : 0; }
    qint64 totalBytes() const override { return m_rows ? m_rows->totalBytes() : 0; }
    QString zoneHint() const override { return m_rows ? m_rows->zoneHint() : QString(); }
    bool readAsOnePart() const override { return m_rows && m_rows->readAsOnePart(); }
    int nextLine() const override { return m_rows ? m_rows->nextLine() : 0; }

    std::unique_ptr<RowSource> splitOffRest(qint64 minimumRest) override
    {
        if (!m_cuttable || !m_csv || m_csv->header().isEmpty())
            return nullptr;
        const auto cut = m_cuttable->cutAfterHalfOfRest(minimumRest);
        if (!cut)
            return nullptr;
        return std::make_unique<CsvRest>(m_path, m_name, *cut, m_csv->dialectAtOpen(), m_csv->header());
    }

private:
    QString m_path;
    QFile m_file;
    QString m_name;
    // A CSV file's rows: read through a file another thread may cut.
    std::unique_ptr<SplittableFile> m_cuttable;
    CsvRowSource *m_csv = nullptr; // m_rows, when CSV
    std::unique_ptr<RowSource> m_rows;
    QStringList m_noHeader;
};

} // namespace

Expected<std::unique_ptr<RowSource>> openExportRows(const QString &path)
{
    return std::unique_ptr<RowSource>(std::make_unique<FileRows>(path));
}
