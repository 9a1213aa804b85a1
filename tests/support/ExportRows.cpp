#include "ExportRows.h"

using namespace Qt::StringLiterals;

ReadRows readAllRows(RowSource &source)
{
    ReadRows result;
    if (const Status opened = source.open(); !opened) {
        result.error = opened.message();
        return result;
    }
    result.header = source.header();
    QStringList cells;
    while (source.readRow(cells)) {
        result.rows << cells;
        result.lines << source.line();
    }
    result.error = source.error();
    if (!source.atError() && source.bytesRead() != source.totalBytes())
        result.error = u"read %1 of %2 bytes"_s.arg(source.bytesRead()).arg(source.totalBytes());
    return result;
}

QStringList zendeskReportHeader()
{
    return {u"Id"_s,
            u"Requester"_s,
            u"Organization"_s,
            u"Subject"_s,
            u"Priority"_s,
            u"Via"_s,
            u"Created at"_s,
            u"Solved at"_s,
            u"First reply time in minutes"_s,
            u"First reply time in minutes within business hours"_s};
}
