#pragma once

class QTableView;
class QWidget;

// A read-mostly table of records, as every view shows them: whole rows
// selected, columns as wide as their header or contents (so a translated
// header is never cut), the last one taking the remaining space.
QTableView *makeRecordTable(QWidget *parent);
