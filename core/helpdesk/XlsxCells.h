#pragma once

#include <QString>
#include <QStringView>
#include <optional>

class QXmlStreamReader;

// How SpreadsheetML (the XML inside an .xlsx) writes a cell: where it sits,
// which number formats show dates, and how a number reads as text.
namespace XlsxCells {

// A sheet has at most 16,384 columns (A to XFD).
inline constexpr int MaxColumns = 16384;

// The 0-based column of a cell reference ("AB12" gives 27); -1 when the
// reference does not start with column letters or names a column past XFD.
int columnIndex(QStringView reference);
// The letters of a 0-based column ("A", "AB"), to name a cell in a message.
QString columnName(int index);

// Whether Excel's built-in number format with this id shows a date or time
// (14 to 22, 45 to 47).
bool isBuiltInDateFormat(int numFmtId);
// Whether a custom number format code shows a date or time: it has y, m, d,
// h or s outside quoted text, [colour]/[condition] brackets and escapes.
bool isDateFormatCode(QStringView code);

// An Excel date serial as "YYYY-MM-DD HH:MM:SS", rounded to the second; the
// 1900 system keeps Lotus 1-2-3's fake 1900-02-29 (serial 60), and a serial
// below 1 there is a time of day alone ("HH:MM:SS"). nullopt for a negative
// serial or one past 9999-12-31.
std::optional<QString> serialDateText(double serial, bool date1904);
// The shortest text that reads back as the same number: "42", not "42.0".
QString numberText(double value);

// The text of a string item (<si> of the shared strings, <is> of an inline
// string), read up to its end tag: its <t>, or the <t> of its rich text runs
// <r>, without phonetic guides <rPh>. Errors are left in the reader.
QString readStringItem(QXmlStreamReader &xml);

} // namespace XlsxCells
