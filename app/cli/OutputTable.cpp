#include "OutputTable.h"

#include "CsvWriter.h"
#include "Money.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

void writeText(const OutputTable &table, QTextStream &out)
{
    QList<qsizetype> widths;
    for (const QString &column : table.columns)
        widths << column.size();
    for (const auto &row : table.rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].text.size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i];
        }
        out << text << '\n';
    };
    line(table.columns);
    QStringList rule;
    for (qsizetype width : widths)
        rule << QString(width, u'-');
    line(rule);
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const OutputCell &cell : row)
            cells << cell.text;
        line(cells);
    }
}

void writeCsv(const OutputTable &table, QTextStream &out)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setNeutraliseFormulas(true);
    writer.writeRecord(table.columns);
    for (const auto &row : table.rows) {
        for (const OutputCell &cell : row) {
            if (cell.number)
                writer.writeNumber(cell.text);
            else
                writer.writeField(cell.text);
        }
        writer.endRecord();
    }
    buffer.close();
    out << QString::fromUtf8(bytes);
}

void writeJson(const OutputTable &table, QTextStream &out)
{
    QJsonArray array;
    for (const auto &row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < row.size() && i < table.columns.size(); ++i)
            object.insert(table.columns[i], row[i].json);
        array.append(object);
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

OutputCell OutputCell::hundredths(qint64 value)
{
    return {formatHundredths(value), double(value) / 100.0, true};
}

OutputCell OutputCell::dollars(qint64 cents)
{
    return {formatDollars(cents), double(cents) / 100.0, true};
}

Expected<OutputFormat> parseOutputFormat(const QString &text)
{
    if (text == u"text")
        return OutputFormat::Text;
    if (text == u"csv")
        return OutputFormat::Csv;
    if (text == u"json")
        return OutputFormat::Json;
    return Expected<OutputFormat>::failure(
        Error::Kind::InvalidInput, QStringLiteral("unknown format '%1' (text, csv or json)").arg(text));
}

void writeTable(const OutputTable &table, OutputFormat format, QTextStream &out)
{
    switch (format) {
    case OutputFormat::Text: writeText(table, out); break;
    case OutputFormat::Csv: writeCsv(table, out); break;
    case OutputFormat::Json: writeJson(table, out); break;
    }
}
