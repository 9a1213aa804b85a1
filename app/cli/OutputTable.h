#pragma once

#include "Expected.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// A table that a command prints as text for a person, CSV for a script or
// JSON for a program. Each cell carries its CSV text and its typed JSON value
// so "123.40" stays exact in CSV and is a number in JSON.
struct OutputCell
{
    QString text;
    QJsonValue json;
    // Numbers are written as they are; text cells that a spreadsheet would
    // run as a formula (an account named "=1+1") are neutralised in CSV.
    bool number = false;

    static OutputCell empty() { return {QString(), QJsonValue::Null, true}; }
    static OutputCell string(const QString &value) { return {value, value}; }
    static OutputCell integer(qint64 value) { return {QString::number(value), QJsonValue(value), true}; }
    // Hundredths as "123.45" in text and 123.45 in JSON.
    static OutputCell hundredths(qint64 value);
    // Cents as "12500.50" in text and 12500.5 in JSON (money in JSON also
    // comes as an exact integer of cents in a sibling field when it matters).
    static OutputCell dollars(qint64 cents);
    static OutputCell yesNo(bool value)
    {
        return {value ? QStringLiteral("yes") : QStringLiteral("no"), value};
    }
};

struct OutputTable
{
    QStringList columns;
    QList<QList<OutputCell>> rows;
};

enum class OutputFormat { Text, Csv, Json };
Expected<OutputFormat> parseOutputFormat(const QString &text);

void writeTable(const OutputTable &table, OutputFormat format, QTextStream &out);
