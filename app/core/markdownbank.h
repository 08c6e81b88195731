#pragma once

#include "core/bankparser.h"

namespace sdstudy::core {

// Finds questions and answers in Markdown written the ways people write banks on
// GitHub (see BankShape::Questions). Works on lines: a question starts on a line,
// and its answer is the lines up to the next question or section, kept verbatim so
// code, lists and tables survive exactly. Fenced code is never read as structure.
//
// Around the questions: headings above them become topics; metadata lines such as
// "**Difficulty**: Hard" become tags; anchors, separators and "back to top" links
// are dropped; sections that hold no question (an introduction, a table of
// contents) are left out and listed as skipped, never added to a neighbour.
class MarkdownBank final
{
public:
    // `text` is already decoded, with LF line ends.
    static ParsedBank read(const QString &text, const BankShape &shape);
    // Reads the text in every shape and keeps the one that finds the most answered
    // questions; shapeIsCertain says whether another came close.
    static ParsedBank detect(const QString &text);
};

} // namespace sdstudy::core
