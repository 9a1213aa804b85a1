#include "ExportFile.h"

#include "CsvRowSource.h"
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

// The rows of the file at a path, which it opens and owns; the reader of
// its container is chosen at open().
class FileRows final : public RowSource
{
public:
    explicit FileRows(const QString &path) : m_path(path), m_file(path), m_name(QFileInfo(path).fileName()) {}

    Status open() override
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            return Status::failure(Error::Kind::Storage,
                                   QCoreApplication::translate("ExportFile", "%1: cannot read: %2")
                                       .arg(m_path, m_file.errorString()));
        }
        switch (containerOf(m_file.peek(64))) {
        case Container::Spreadsheet:
            m_file.close();
            m_rows = std::make_unique<XlsxRowSource>(m_path, m_name);
            break;
        case Container::Json: m_rows = std::make_unique<ZendeskJsonRowSource>(&m_file, m_name); break;
        case Container::Csv: m_rows = std::make_unique<CsvRowSource>(&m_file, m_name); break;
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

private:
    QString m_path;
    QFile m_file;
    QString m_name;
    std::unique_ptr<RowSource> m_rows;
    QStringList m_noHeader;
};

} // namespace

Expected<std::unique_ptr<RowSource>> openExportRows(const QString &path)
{
    return std::unique_ptr<RowSource>(std::make_unique<FileRows>(path));
}
