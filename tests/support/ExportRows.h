#pragma once

#include "RowSource.h"

#include <QList>
#include <QStringList>

// What a help desk export's row source gave, read to the end: the tests of
// each reader compare these.
struct ReadRows
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // each row's first line in the file
    QString error;    // what failed; also the bytes left unread, when all seemed read
};

// Opens `source` and reads every row.
ReadRows readAllRows(RowSource &source);

// A Zendesk report's column names, with the requester, as the tests' rows
// written by hand have them.
QStringList zendeskReportHeader();
