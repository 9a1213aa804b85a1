#include "ZendeskJsonRowSource.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QVariant>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

int newlines(QByteArrayView bytes)
{
    return int(bytes.count('\n'));
}

// A number as its integer when it is one (ids above 2^53 included, which
// the parser keeps exact), without the ".0" a double would print.
QString numberText(const QJsonValue &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    const double number = value.toDouble();
    if (std::trunc(number) == number && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return numberText(value);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// The line each element of the page's "tickets" array starts on, from the
// page's text (valid JSON: it was parsed already).
QList<int> ticketLines(QByteArrayView page, int firstLine)
{
    QList<int> lines;
    int line = firstLine;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    bool lastStringIsTickets = false;
    bool ticketsNext = false; // "tickets": seen, its value comes next
    bool inTickets = false;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const char c = page[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                lastStringIsTickets = depth == 1 && page.sliced(stringStart, i - stringStart) == "tickets";
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case ':': ticketsNext = depth == 1 && lastStringIsTickets; break;
        case '{':
        case '[':
            if (inTickets && depth == 2 && c == '{')
                lines.append(line);
            if (depth == 1 && c == '[' && ticketsNext)
                inTickets = true;
            ticketsNext = false;
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                inTickets = false;
            break;
        default: break;
        }
    }
    return lines;
}

} // namespace

ZendeskJsonRowSource::ZendeskJsonRowSource(QIODevice *device, QString sourceName)
    : m_device(device), m_sourceName(std::move(sourceName))
{
}

QStringList ZendeskJsonRowSource::columns()
{
    return {u"id"_s,
            u"organization_id"_s,
            u"subject"_s,
            u"priority"_s,
            u"via.channel"_s,
            u"created_at"_s,
            u"solved_at"_s,
            u"metric_set.reply_time_in_minutes.calendar"_s,
            u"metric_set.reply_time_in_minutes.business"_s};
}

Status ZendeskJsonRowSource::open()
{
    while (m_buffer.size() < 3 && fill()) {
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    if (!skipSpace()) {
        if (!atError())
            m_error = tr("%1: no tickets: the file is empty").arg(m_sourceName);
        return Status::failure(Error::Kind::InvalidInput, m_error);
    }
    const char first = m_buffer.at(m_pos);
    if (first != '{' && first != '[') {
        fail(m_line, tr("not JSON: a ticket object or an array of them was expected"));
        return Status::failure(Error::Kind::InvalidInput, m_error);
    }
    m_header = columns();
    return success();
}

bool ZendeskJsonRowSource::readRow(QStringList &cells)
{
    while (!atError()) {
        if (m_pageNext < m_pageTickets.size()) {
            const QJsonValue ticket = m_pageTickets.at(m_pageNext);
            m_rowLine = m_pageLines.value(m_pageNext, m_rowLine);
            ++m_pageNext;
            if (!ticket.isObject())
                return fail(m_rowLine, tr("an element of \"tickets\" is not a ticket object"));
            putCells(ticket.toObject(), cells);
            return true;
        }
        QJsonObject object;
        QByteArray raw;
        int line = 0;
        if (!nextObject(object, raw, line))
            return false;
        if (object.value("tickets"_L1).isArray()) {
            queuePage(object, raw, line);
            continue;
        }
        m_metricSets.clear();
        m_rowLine = line;
        putCells(object, cells);
        return true;
    }
    return false;
}

qint64 ZendeskJsonRowSource::totalBytes() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

// The next top-level object, or the next element of a top-level array.
bool ZendeskJsonRowSource::nextObject(QJsonObject &object, QByteArray &raw, int &line)
{
    for (;;) {
        if (!skipSpace()) {
            if (!atError() && m_place != Place::TopLevel && m_place != Place::AfterElement)
                return fail(m_line, tr("the file ends inside a JSON array"));
            if (!atError() && m_place == Place::AfterElement)
                return fail(m_line, tr("the file ends inside a JSON array: ']' is missing"));
            return false;
        }
        const char c = m_buffer.at(m_pos);
        if (m_place == Place::AfterElement) {
            if (c != ',' && c != ']')
                return fail(m_line, tr("',' or ']' expected after a ticket"));
            m_place = c == ',' ? Place::ArrayElement : Place::TopLevel;
            ++m_pos;
            continue;
        }
        if (m_place == Place::ArrayStart && c == ']') {
            m_place = Place::TopLevel;
            ++m_pos;
            continue;
        }
        if (m_place == Place::TopLevel && c == '[') {
            m_place = Place::ArrayStart;
            ++m_pos;
            continue;
        }
        if (c != '{')
            return fail(m_line, tr("a JSON object was expected, not '%1'").arg(QChar::fromLatin1(c)));
        break;
    }

    line = m_line;
    qsizetype length = 0;
    if (!scanObject(length))
        return false;
    raw = m_buffer.sliced(m_pos, length);
    m_pos += length;
    m_line += newlines(raw);
    if (m_place != Place::TopLevel)
        m_place = Place::AfterElement;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The parser stops past the whitespace after the fault: the fault's line is the one before it.
        const QByteArrayView before =
            QByteArrayView(raw).first(qBound(0, parseError.offset, int(raw.size())));
        const int at = line + newlines(before.trimmed());
        return fail(at, tr("malformed JSON: %1").arg(parseError.errorString()));
    }
    object = document.object();
    return true;
}

// The length of the object (or array) at m_pos, reading as much of the
// device as it takes, up to the limit.
bool ZendeskJsonRowSource::scanObject(qsizetype &length)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype at = 0; // from m_pos, which fill() may move
    for (;;) {
        const char *data = m_buffer.constData() + m_pos;
        const qsizetype size = m_buffer.size() - m_pos;
        for (; at < size; ++at) {
            const char c = data[at];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                length = at + 1;
                return true;
            }
        }
        if (at > m_maxObjectBytes)
            return fail(m_line,
                        tr("a JSON object of more than %1 MiB: a ticket, or a page of the export with "
                           "its tickets, is read whole; export smaller pages")
                            .arg(m_maxObjectBytes / (1 << 20)));
        if (!fill())
            return atError() ? false : fail(m_line, tr("the file ends inside this JSON object"));
    }
}

// Skips whitespace, counting lines; false at the end of the input.
bool ZendeskJsonRowSource::skipSpace()
{
    for (;;) {
        while (m_pos < m_buffer.size()) {
            const char c = m_buffer.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return true;
            ++m_pos;
        }
        if (!fill())
            return false;
    }
}

// Appends the next block of the device, first dropping what was consumed;
// false when nothing more comes.
bool ZendeskJsonRowSource::fill()
{
    if (m_deviceAtEnd || atError())
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkSize);
    qint64 got = 0;
    for (;;) {
        got = m_device->read(m_buffer.data() + kept, ChunkSize);
        // A pipe may simply have nothing yet.
        if (got != 0 || !m_device->isSequential() || !m_device->waitForReadyRead(-1))
            break;
    }
    m_buffer.resize(kept + qMax<qint64>(got, 0));
    if (got < 0) {
        fail(m_line, tr("read error: %1").arg(m_device->errorString()));
        return false;
    }
    m_bytesRead += got;
    if (got == 0)
        m_deviceAtEnd = true;
    return got > 0;
}

void ZendeskJsonRowSource::queuePage(const QJsonObject &page, const QByteArray &raw, int line)
{
    m_pageTickets = page.value("tickets"_L1).toArray();
    m_pageLines = ticketLines(raw, line);
    m_pageNext = 0;
    m_metricSets.clear();
    const QJsonArray metricSets = page.value("metric_sets"_L1).toArray();
    for (const QJsonValue &value : metricSets) {
        const QJsonObject metricSet = value.toObject();
        m_metricSets.insert(cellText(metricSet.value("ticket_id"_L1)), metricSet);
    }
    m_rowLine = line;
}

void ZendeskJsonRowSource::putCells(const QJsonObject &ticket, QStringList &cells) const
{
    const QJsonValue id = ticket.value("id"_L1);
    const QJsonValue inlineMetrics = ticket.value("metric_set"_L1);
    const QJsonObject metrics =
        inlineMetrics.isObject() ? inlineMetrics.toObject() : m_metricSets.value(cellText(id));
    const QJsonValue solvedAt =
        metrics.contains("solved_at"_L1) ? metrics.value("solved_at"_L1) : ticket.value("solved_at"_L1);
    const QJsonObject replyTime = metrics.value("reply_time_in_minutes"_L1).toObject();
    cells = {cellText(id),
             cellText(ticket.value("organization_id"_L1)),
             cellText(ticket.value("subject"_L1)),
             cellText(ticket.value("priority"_L1)),
             cellText(ticket.value("via"_L1).toObject().value("channel"_L1)),
             cellText(ticket.value("created_at"_L1)),
             cellText(solvedAt),
             cellText(replyTime.value("calendar"_L1)),
             cellText(replyTime.value("business"_L1))};
}

bool ZendeskJsonRowSource::fail(int line, const QString &message)
{
    if (m_error.isEmpty())
        m_error = tr("%1:%2: %3").arg(m_sourceName).arg(line).arg(message);
    return false;
}
