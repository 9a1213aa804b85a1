#include "RecordTable.h"

#include <QHeaderView>
#include <QTableView>

QTableView *makeRecordTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Tables of thousands of rows: size from a sample, not from every row.
    header->setResizeContentsPrecision(200);
    header->setStretchLastSection(true);
    return table;
}
