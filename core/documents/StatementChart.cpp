#include "StatementChart.h"

#include <QFont>
#include <QPainter>
#include <QPen>
#include <algorithm>

namespace {

const QColor Within(0x4a, 0x78, 0xa8);
const QColor Above(0xc0, 0x39, 0x2b);
const QColor Ink(0x33, 0x3a, 0x44);

} // namespace

QImage statementChart(const MonthlyStatement &statement, const DocumentLanguage &language, QSize pixels)
{
    QImage image(pixels, QImage::Format_RGB32);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    painter.setFont(font);

    const qreal labelWidth = pixels.width() * 0.08;
    const qreal axisHeight = pixels.height() * 0.1;
    const qreal bandHeight = (pixels.height() - axisHeight) / PriorityCount;
    const qsizetype dayCount = statement.days.size();
    const qreal dayWidth = (pixels.width() - labelWidth) / qreal(std::max<qsizetype>(dayCount, 1));

    for (int priority = 0; priority < PriorityCount; ++priority) {
        const qreal top = priority * bandHeight;
        const qreal plotTop = top + bandHeight * 0.12;
        const qreal plotHeight = bandHeight * 0.78;
        const qreal bottom = plotTop + plotHeight;
        // One scale a band: the longest day or the target, whichever is more.
        qint64 scale = 1;
        for (qsizetype day = 0; day < dayCount; ++day) {
            scale = std::max(scale, statement.days[day].averageSeconds[std::size_t(priority)].value_or(0));
            scale =
                std::max(scale, statement.targetSecondsOn(statement.days[day].date, priority).value_or(0));
        }
        painter.setPen(Ink);
        painter.drawText(QRectF(0, plotTop, labelWidth, plotHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         priorityCode(AllPriorities[std::size_t(priority)]));
        painter.drawText(QRectF(labelWidth, top, pixels.width() - labelWidth, bandHeight * 0.12),
                         Qt::AlignRight | Qt::AlignTop, language.minutesOf(scale));
        painter.drawLine(QPointF(labelWidth, bottom), QPointF(pixels.width(), bottom));

        for (qsizetype day = 0; day < dayCount; ++day) {
            const StatementDay &point = statement.days[day];
            const qreal left = labelWidth + day * dayWidth;
            const auto target = statement.targetSecondsOn(point.date, priority);
            if (const auto average = point.averageSeconds[std::size_t(priority)]) {
                // A quick answer still shows as a bar, however long the scale.
                const qreal height = std::max(plotHeight * qreal(*average) / qreal(scale), plotHeight * 0.02);
                painter.fillRect(QRectF(left + dayWidth * 0.15, bottom - height, dayWidth * 0.7, height),
                                 target && *average > *target ? Above : Within);
            }
            if (target) {
                QPen pen(Ink, pixels.height() / 250.0, Qt::DashLine);
                painter.setPen(pen);
                const qreal y = bottom - plotHeight * qreal(*target) / qreal(scale);
                painter.drawLine(QPointF(left, y), QPointF(left + dayWidth, y));
            }
        }
    }
    // The days of the month under the bands: the 1st and every 7th after it.
    painter.setPen(Ink);
    for (qsizetype day = 0; day < dayCount; day += 7) {
        const qreal left = labelWidth + day * dayWidth;
        painter.drawText(QRectF(left, pixels.height() - axisHeight, dayWidth * 3, axisHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, language.shortDate(statement.days[day].date));
    }
    painter.end();
    return image;
}
