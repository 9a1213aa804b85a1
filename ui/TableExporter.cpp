#include "TableExporter.h"

#include "CsvWriter.h"
#include "Formatting.h"
#include "ProblemBanner.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

namespace {

// The problem the table's view shows above it, if any: each view keeps its
// banner among its own children, the table somewhere below.
std::optional<Error> problemAbove(const QTableView &table)
{
    for (const QWidget *widget = table.parentWidget(); widget; widget = widget->parentWidget()) {
        for (const ProblemBanner *banner :
             widget->findChildren<ProblemBanner *>(Qt::FindDirectChildrenOnly)) {
            if (banner->problem())
                return banner->problem();
        }
    }
    return std::nullopt;
}

} // namespace

Status TableExporter::exportTable(const QTableView &table, const QString &path)
{
    const QAbstractItemModel *model = table.model();
    if (!model)
        return Status::failure(Error::Kind::InvalidInput, tr("There is no table to export here."));
    // A view that could not read what it shows leaves its table empty (or
    // short) under the message: a file of it would pass for the whole.
    if (const auto problem = problemAbove(table))
        return problem->reworded(tr("%1 was not written: %2").arg(path, problem->message));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Error::Kind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));

    const QHeaderView *header = table.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    CsvWriter csv(&file);
    // Cells typed by people (subjects, names) must not run as spreadsheet
    // formulas when the file is opened.
    csv.setNeutraliseFormulas(true);
    for (int column : std::as_const(columns))
        csv.writeField(model->headerData(column, Qt::Horizontal).toString());
    csv.endRecord();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : std::as_const(columns)) {
            const QModelIndex index = model->index(row, column);
            const QVariant exported = index.data(Formatting::ExportTextRole);
            const QString text = exported.isValid() ? exported.toString() : index.data().toString();
            // Numbers keep a leading minus sign: only text cells are guarded.
            const QVariant raw = index.data(Formatting::RawValueRole);
            const bool number =
                raw.isValid() && raw.typeId() != QMetaType::QString && raw.typeId() != QMetaType::Bool;
            if (number)
                csv.writeNumber(text);
            else
                csv.writeField(text);
        }
        csv.endRecord();
        // Rows that could not be read are not written blank: no file at all.
        if (const QVariant failure = model->index(row, 0).data(Formatting::ReadFailureRole);
            failure.isValid()) {
            const Error error = failure.value<Error>();
            return error.reworded(tr("%1 was not written: %2").arg(path, error.message));
        }
        if (csv.hasError())
            break;
    }
    if (csv.hasError())
        return Status::failure(Error::Kind::Storage, tr("Cannot write %1: %2").arg(path, csv.error()));
    if (!file.commit())
        return Status::failure(Error::Kind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}
