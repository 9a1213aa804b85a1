#pragma once

#include "Expected.h"
#include "RowSource.h"

#include <QString>
#include <memory>

// The rows of an export, by what the file holds, not its name: a zip is
// read as a spreadsheet (Zammad's XLSX), a file whose first character is
// `{` or `[` as Zendesk's JSON, anything else as CSV of any dialect. Not
// opened yet (RowSource::open()).
Expected<std::unique_ptr<RowSource>> openExportRows(const QString &path);
