#pragma once

#include "Expected.h"

#include <QProgressDialog>
#include <memory>
#include <optional>

class AppContext;
class BackgroundWrite;

// Imports a ticket CSV file as one transaction on a thread of its own,
// showing its progress in a window that does not block the others: the
// main window stays usable, read-only, until the import ends. Cancel stops
// it and the store is left exactly as it was; an error names the line and
// column of the file.
class ImportDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(AppContext &context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Starts importing; importFinished() tells how it ended.
    void start(const QString &path);
    // start(), then waits for the end with this thread's events processed:
    // the number of tickets imported, or why none was.
    Expected<qint64> importFile(const QString &path);
    bool isRunning() const;
    // Stops the import running, or the next one before it writes anything:
    // the store is left as it was.
    void cancelImport();

signals:
    void importFinished(const Expected<qint64> &imported);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void finish(const Status &outcome);

    AppContext &m_context;
    BackgroundWrite *m_write = nullptr;
    std::shared_ptr<qint64> m_imported;
    std::optional<Expected<qint64>> m_result;
};
