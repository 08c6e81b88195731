#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

// One question of a bank as its source gives it.
struct BankItem
{
    int number = 0;
    QString title;
    QString answerMarkdown; // the answer's own Markdown, without an "**Answer:**" label
    QString answerText;     // the same as plain text, for search and comparison
    int line = 0;           // 1-based line where the question starts
    QString topic;          // from the source's own grouping ("## Caching"); empty: filed by rules
    QString subtopic;
    QStringList tags; // "Difficulty: Hard", from metadata lines or a tags column
};

// A part of the source that was left out, and why: shown before importing.
struct SkippedPart
{
    int line = 0;
    QString reason;
    bool noAnswer = false; // a question without an answer, rather than text that is no question
};

// How a source marks its questions and answers. Detection fills it in; the import
// assistant lets a person correct it.
struct BankShape
{
    enum class Format { Markdown, Csv, Apkg };
    enum class Questions {
        Headings,  // "### N. Question", "### Q12: Question?", "### Question?"
        Labels,    // "**Question:** ..." or "**Q:** ... **A:** ..."
        Details,   // <details><summary>Question</summary> answer </details>
        BoldLines, // "1. **Question?**" or "**Question?**", the answer below
    };

    Format format = Format::Markdown;
    Questions questions = Questions::Headings;
    int headingLevel = 3;      // for Headings
    bool everyHeading = false; // for Headings: also headings that do not read as questions
    // Markdown: also questions of other shapes where this one finds none, as in a
    // file that changes shape halfway. Detection says so; a person's choice does not.
    bool otherShapesToo = true;

    // CSV and TSV: columns counted from 0, -1 for none.
    QChar delimiter = QLatin1Char(',');
    bool header = true;
    int questionColumn = 0;
    int answerColumn = 1;
    int topicColumn = -1;
    int tagsColumn = -1;

    // "markdown", "csv" or "apkg", as the command line's --format and its JSON name them.
    QString formatName() const;
    // A short name of the shape, stable for scripts: "headings-3", "labels", "csv".
    QString shapeName() const;
    // The shape in words for a person: "Level-3 headings are questions".
    QString description() const;

    // A compact form to store with a bank ("markdown headings 3 0"), and back.
    QString serialized() const;
    static std::optional<BankShape> fromSerialized(const QString &text);

    bool operator==(const BankShape &) const = default;
};

struct ParsedBank
{
    QString title; // the document's own title, empty if there is none
    QList<BankItem> items;
    QList<SkippedPart> skipped; // in line order
    BankShape shape;
    bool shapeIsCertain = true;          // false: another shape reads the file almost as well
    QHash<QString, QByteArray> pictures; // the answers' pictures by attachment id (an Anki package's)
};

struct ParseError
{
    QString fileName;
    int line = 0;
    QString message;

    // "file:line: message", the form compilers use, so editors can jump to it.
    QString toString() const;
};

// Reads a question bank from Markdown (in the shapes that MarkdownBank knows) or
// from CSV/TSV. The bytes are checked as UTF-8, a byte order mark and CR line ends
// are dropped, and mojibake is repaired first. What cannot be read as a question is
// left out and listed in `skipped`; an error means there is nothing to import.
class BankParser final
{
public:
    struct Result
    {
        ParsedBank bank;
        std::optional<ParseError> error;
    };

    // Detects the format from the name and the content, then the shape.
    static Result parse(const QByteArray &source, const QString &fileName);
    // Detects the shape within a format the person named.
    static Result parseAs(const QByteArray &source, const QString &fileName, BankShape::Format format);
    // Reads the source in the given shape.
    static Result parse(const QByteArray &source, const QString &fileName, const BankShape &shape);

    // The format a file of this name and content is in.
    static BankShape::Format formatOf(const QByteArray &source, const QString &fileName);
};

} // namespace sdstudy::core
