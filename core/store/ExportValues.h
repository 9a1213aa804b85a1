#pragma once

#include "Expected.h"
#include "HelpdeskImport.h"

#include <QList>
#include <QString>

// One value of a column and the number of rows that hold it.
struct DistinctValue
{
    QString value;
    qint64 rows = 0;
};

// The distinct values of one mapped column, most frequent first.
struct ColumnValues
{
    QString column; // the header name; empty when the mapping has none
    QList<DistinctValue> values;
    // Rows whose value was not among the first values kept (the list is
    // bounded: a column of ticket ids must not fill memory).
    qint64 rowsNotListed = 0;
    bool complete() const { return rowsNotListed == 0; }
};

// What the value maps of a mapping are made of: the values the export's
// priority, channel and organisation columns hold.
struct ExportValues
{
    // Trimmed and in lower case, as the mapping keys them ("" for a blank cell).
    ColumnValues priorities;
    ColumnValues channels;
    // Trimmed, as written; blank cells are left out (they take the default account).
    ColumnValues accounts;
    qint64 rows = 0;
};

// Reads the export once, through the mapping the options give (or the
// source's default), and counts the distinct values of its priority,
// channel and account columns, keeping at most `maxPerColumn` of each.
Expected<ExportValues> distinctExportValues(const QString &path, const HelpdeskImportOptions &options,
                                            int maxPerColumn = 200);
