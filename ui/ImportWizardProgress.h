#pragma once

#include "BackgroundWrite.h"

#include <QWidget>

class AppContext;
class QLabel;
class QProgressBar;
class QPushButton;

// A pass over the export on a thread and a connection of its own (a dry
// run, the import, a reconciliation), its progress, and the button that
// stops it.
class ImportWizardProgress : public QWidget
{
    Q_OBJECT

public:
    ImportWizardProgress(AppContext &context, QWidget *parent);

    void start(const QString &label, BackgroundWrite::Work work);
    void cancel();
    // Stops what runs and waits for its end, this thread's events processed.
    void cancelAndWait();
    bool isRunning() const { return m_work->isRunning(); }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *label() const { return m_label; }

signals:
    void finished(const Status &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    BackgroundWrite *m_work = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};
