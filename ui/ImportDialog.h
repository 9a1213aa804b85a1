#pragma once

#include "Expected.h"

#include <QProgressDialog>

class AppContext;

// Imports a ticket CSV file as one transaction, showing its progress. Cancel
// stops it and the store is left exactly as it was; an error names the line
// and column of the file.
class ImportDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(AppContext &context, QWidget *parent = nullptr);

    // Runs the import; the number of tickets imported, or why nothing was.
    Expected<qint64> importFile(const QString &path);
    bool wasCancelledByUser() const { return m_cancelled; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    bool m_cancelled = false;
};
