#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

// RFC 4180 writer: UTF-8 without a byte order mark, LF line ends, a field
// quoted only when it must be (a comma, a quote, CR or LF inside, or a space
// or tab at either end that some readers would strip, or a leading U+FEFF
// that would pass for a byte order mark).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QIODevice *device);

    // Off by default. When on, a text cell starting with = + - @ TAB or CR,
    // after any apostrophes, gets one more apostrophe in front so a
    // spreadsheet shows it instead of evaluating it; removing one leading
    // apostrophe from such a cell gives the text back (unneutraliseFormula).
    // Cells written with writeNumber() are never touched.
    void setNeutraliseFormulas(bool on) { m_neutraliseFormulas = on; }

    void writeRecord(const QStringList &fields); // all fields as text
    void writeField(const QString &field);
    void writeNumber(const QString &number);
    // Ends the record and hands it to the device.
    void endRecord();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The inverse for a reader: one leading apostrophe removed from a cell
    // matching ^'+[=+\-@\t\r], any other cell unchanged.
    static QString unneutraliseFormula(QString cell);

private:
    void appendField(QStringView field, bool prefixApostrophe);

    QIODevice *m_device;
    QStringEncoder m_encoder;
    QString m_record;
    QByteArray m_bytes;
    int m_fieldCount = 0;
    bool m_lastFieldEmpty = false;
    bool m_neutraliseFormulas = false;
    QString m_error;
};
