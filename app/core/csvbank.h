#pragma once

#include "core/bankparser.h"

namespace sdstudy::core {

// Reads a bank kept as a spreadsheet: CSV or TSV (RFC 4180 quoting, so a quoted
// answer may hold commas, quotes and line breaks). Detection picks the delimiter
// from the first line and the columns from a header such as "Question,Answer,Topic,
// Tags" (or "Front,Back", as flash-card exports name them).
class CsvBank final
{
public:
    static ParsedBank read(const QString &text, const BankShape &shape);
    static ParsedBank detect(const QString &text);
    // The cells of the first row, for a person choosing columns.
    static QStringList firstRow(const QString &text, QChar delimiter);
};

} // namespace sdstudy::core
