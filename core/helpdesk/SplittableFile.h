#pragma once

#include <QFile>
#include <QIODevice>
#include <QMutex>
#include <optional>

// A file read from its start whose end another thread may bring forward to
// a line's end while it is read: the rest is then read apart, by that
// thread (an export of a million rows read by both cores). Only what has
// not been read yet can be cut off. Internal to core.
class SplittableFile final : public QIODevice
{
public:
    explicit SplittableFile(const QString &path);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    // Up to the cut, once cut: what this device gives, against which its
    // reading's progress is measured (the rest, read at the same pace by
    // the other thread, ends about when this part does).
    qint64 size() const override;
    bool seek(qint64 position) override;

    // Cuts the file at the end of the first line at or after the middle of
    // what is left to read, when at least `minimumRest` bytes are left, and
    // returns where the rest starts; nullopt when too little is left or no
    // line ends there. From any thread, once open. Whether the cut fell
    // between records, not inside a quoted field, only the reading of this
    // part can tell: it then ends without error.
    std::optional<qint64> cutAfterHalfOfRest(qint64 minimumRest);

protected:
    qint64 readData(char *data, qint64 maximum) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::optional<qint64> lineEndFrom(qint64 offset) const;

    QString m_path;
    QFile m_file;
    mutable QMutex m_mutex; // m_file's position and m_end, between the reader and the cutter
    qint64 m_end = 0;       // reading stops here
};
