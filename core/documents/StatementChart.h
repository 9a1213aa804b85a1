#pragma once

#include "DocumentLanguage.h"
#include "MonthlyStatement.h"

#include <QImage>

// The month's daily average first response per priority against its target:
// one band a priority, a bar a day (red above the target in force that day),
// the target drawn as a line across each plan's days. Drawn for print: its
// size in pixels is meant for 300 dots per inch. Needs a QGuiApplication.
QImage statementChart(const MonthlyStatement &statement, const DocumentLanguage &language, QSize pixels);

// The chart's size on the page in CSS pixels (96 to the inch, as HTML and
// QTextDocument measure images), and in the image's pixels at print
// resolution.
inline constexpr int StatementChartWidth = 576;
inline constexpr int StatementChartHeight = 220;
inline QSize statementChartPixels()
{
    return {StatementChartWidth * 300 / 96, StatementChartHeight * 300 / 96};
}
