#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

// One "### N. Question" item of a bank as written in its Markdown source.
struct BankItem
{
    int number = 0;
    QString title;
    QString answerMarkdown; // the answer's own Markdown, without the "**Answer:**" label
    QString answerText;     // the same as plain text, for search and comparison
    int line = 0;           // 1-based line of the question heading
};

struct ParsedBank
{
    QString title; // the first level-1 heading, empty if there is none
    QList<BankItem> items;
};

struct ParseError
{
    QString fileName;
    int line = 0;
    QString message;

    // "file:line: message", the form compilers use, so editors can jump to it.
    QString toString() const;
};

// Reads a question bank in the shape "### N. Question" followed by a paragraph that
// starts "**Answer:**". Structure comes from md4c, a CommonMark parser, so code
// fences, nested lists and blank lines inside an answer are kept intact, and a
// "###" inside a code block is not taken for a question. Mojibake is repaired first.
class BankParser final
{
public:
    struct Result
    {
        ParsedBank bank;
        std::optional<ParseError> error;
    };

    static Result parse(const QByteArray &source, const QString &fileName);
};

} // namespace sdstudy::core
