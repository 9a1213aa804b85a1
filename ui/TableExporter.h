#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

class QTableView;

// Writes a table as the user sees it to a CSV file: the visible columns in
// their on-screen order, the rows as filtered and sorted, the cells' text
// (instants with their offset, which the screen leaves out in the user's zone).
// The file is replaced only once it is complete (QSaveFile).
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    static Status exportTable(const QTableView &table, const QString &path);
};
