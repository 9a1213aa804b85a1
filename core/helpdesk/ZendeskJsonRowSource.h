#pragma once

#include "RowSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// The tickets of Zendesk's incremental export as rows of text, in any of the
// shapes it is saved in: JSON lines (one ticket object per line), an array
// of tickets, or pages of the API ({"tickets": [...], "metric_sets": [...],
// "end_of_stream": ...}), one after another or in an array. The file is read
// one top-level object at a time, never parsed whole: a ticket object is
// parsed alone. A page is read whole, because its sideloaded metric_sets,
// which come after its tickets, are joined to them by ticket_id: a page of
// the API holds at most 1000 tickets, and one larger than maxObjectBytes()
// is refused, naming the limit. A ticket's own `metric_set` (an export
// without sideloads) goes before a sideloaded one.
class ZendeskJsonRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(ZendeskJsonRowSource)

public:
    static constexpr qsizetype DefaultMaxObjectBytes = 64 << 20;

    // `sourceName` names the file in messages. The device stays the caller's.
    ZendeskJsonRowSource(QIODevice *device, QString sourceName);

    // The header every row follows: id, organization_id, subject, priority,
    // via.channel, created_at, solved_at (from the metric set),
    // metric_set.reply_time_in_minutes.calendar and .business.
    static QStringList columns();

    void setMaxObjectBytes(qsizetype bytes) { m_maxObjectBytes = bytes; }
    qsizetype maxObjectBytes() const { return m_maxObjectBytes; }

    // Fails on an empty file or one that does not start like JSON.
    Status open() override;
    const QStringList &header() const override { return m_header; }
    // Cells as text: numbers without decimals when whole, null as empty.
    bool readRow(QStringList &cells) override;
    bool atError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    // The line where the ticket's object starts.
    int line() const override { return m_rowLine; }
    qint64 bytesRead() const override { return m_bytesRead - (m_buffer.size() - m_pos); }
    // 0 when the size is not known (a pipe).
    qint64 totalBytes() const override;

private:
    // Where the reading is among the top-level values.
    enum class Place : quint8 { TopLevel, ArrayStart, ArrayElement, AfterElement };

    bool nextObject(QJsonObject &object, QByteArray &raw, int &line);
    bool scanObject(qsizetype &length);
    bool skipSpace();
    bool fill();
    void queuePage(const QJsonObject &page, const QByteArray &raw, int line);
    void putCells(const QJsonObject &ticket, QStringList &cells) const;
    bool fail(int line, const QString &message);

    QIODevice *m_device;
    QString m_sourceName;
    QStringList m_header;
    qsizetype m_maxObjectBytes = DefaultMaxObjectBytes;

    QByteArray m_buffer; // bytes read and not consumed from m_pos on
    qsizetype m_pos = 0;
    int m_line = 1; // line of m_pos
    qint64 m_bytesRead = 0;
    bool m_deviceAtEnd = false;
    Place m_place = Place::TopLevel;

    // The page being handed out: its tickets, the line each starts on, its
    // metric sets by ticket id.
    QJsonArray m_pageTickets;
    QList<int> m_pageLines;
    qsizetype m_pageNext = 0;
    QHash<QString, QJsonObject> m_metricSets;

    int m_rowLine = 0;
    QString m_error;
};
