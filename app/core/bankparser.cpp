#include "core/bankparser.h"

#include "core/ankipackage.h"
#include "core/csvbank.h"
#include "core/markdownbank.h"
#include "core/mojibake.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

namespace sdstudy::core {

QString ParseError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
}

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct BankParserText
{
    Q_DECLARE_TR_FUNCTIONS(BankParser)
};

std::optional<ParseError> checkUtf8(const QByteArray &source, const QString &fileName)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype lineStart = 0;
    int lineNumber = 1;
    for (qsizetype i = 0; i <= source.size(); ++i) {
        if (i == source.size() || source.at(i) == '\n') {
            const QString line = decoder.decode(QByteArrayView(source).sliced(lineStart, i - lineStart));
            Q_UNUSED(line) // decoding is what finds the error
            if (decoder.hasError())
                return ParseError {fileName, lineNumber, BankParserText::tr("the text is not valid UTF-8")};
            lineStart = i + 1;
            ++lineNumber;
        }
    }
    return std::nullopt;
}

// The text as the readers want it: no byte order mark, LF line ends (a file edited
// on two systems mixes CRLF and LF), mojibake repaired.
QString decoded(const QByteArray &source)
{
    QString text = QString::fromUtf8(source);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return Mojibake::repair(text);
}

BankParser::Result finished(ParsedBank bank, const QString &fileName)
{
    if (!bank.items.isEmpty())
        return {std::move(bank), std::nullopt};
    const QString message = bank.shape.format == BankShape::Format::Apkg
        ? BankParserText::tr("no questions found: %1")
              .arg(bank.skipped.isEmpty() ? QString() : bank.skipped.first().reason)
        : bank.shape.format == BankShape::Format::Csv
        ? BankParserText::tr("no questions found: a CSV bank needs a question and an answer in each row%1")
              .arg(bank.skipped.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(bank.skipped.first().reason))
        : BankParserText::tr(
              "no questions found: questions may be headings (\"### N. Question\"), \"**Question:**\" labels, "
              "<details> blocks or bold lines, each followed by its answer");
    const int line = bank.skipped.isEmpty() ? 1 : bank.skipped.first().line;
    return {std::move(bank), ParseError {fileName, line, message}};
}

// An Anki package has one shape: its notes.
BankParser::Result package(const QByteArray &source, const QString &fileName)
{
    QString error;
    ParsedBank bank = AnkiPackage::read(source, &error);
    if (!error.isEmpty())
        return {std::move(bank), ParseError {fileName, 1, error}};
    return finished(std::move(bank), fileName);
}

} // namespace

QString BankShape::formatName() const
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Apkg:
        return QStringLiteral("apkg");
    case Format::Markdown:
        break;
    }
    return QStringLiteral("markdown");
}

QString BankShape::shapeName() const
{
    if (format == Format::Apkg)
        return QStringLiteral("apkg");
    if (format == Format::Csv)
        return delimiter == QLatin1Char('\t') ? QStringLiteral("tsv") : QStringLiteral("csv");
    switch (questions) {
    case Questions::Headings:
        return QStringLiteral("headings-%1%2").arg(headingLevel).arg(everyHeading ? QStringLiteral("-all") : QString());
    case Questions::Labels:
        return QStringLiteral("labels");
    case Questions::Details:
        return QStringLiteral("details");
    case Questions::BoldLines:
        return QStringLiteral("bold-lines");
    }
    return {};
}

QString BankShape::serialized() const
{
    if (format == Format::Apkg)
        return QStringLiteral("apkg");
    if (format == Format::Csv)
        return QStringLiteral("csv %1 %2 %3 %4 %5 %6")
            .arg(delimiter.unicode())
            .arg(int(header))
            .arg(questionColumn)
            .arg(answerColumn)
            .arg(topicColumn)
            .arg(tagsColumn);
    return QStringLiteral("markdown %1 %2 %3 %4")
        .arg(int(questions))
        .arg(headingLevel)
        .arg(int(everyHeading))
        .arg(int(otherShapesToo));
}

std::optional<BankShape> BankShape::fromSerialized(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    if (text == QLatin1String("apkg")) {
        BankShape shape;
        shape.format = Format::Apkg;
        return shape;
    }
    QList<int> numbers;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        numbers.append(parts.at(i).toInt(&ok));
        if (!ok)
            return std::nullopt;
    }
    BankShape shape;
    if (parts.first() == QLatin1String("csv") && numbers.size() == 6 && numbers.at(0) > 0 && numbers.at(0) < 0x80) {
        shape.format = Format::Csv;
        shape.delimiter = QChar(numbers.at(0));
        shape.header = numbers.at(1) != 0;
        shape.questionColumn = numbers.at(2);
        shape.answerColumn = numbers.at(3);
        shape.topicColumn = numbers.at(4);
        shape.tagsColumn = numbers.at(5);
        if (shape.questionColumn < 0 || shape.answerColumn < 0 || shape.questionColumn == shape.answerColumn)
            return std::nullopt;
        return shape;
    }
    if (parts.first() == QLatin1String("markdown") && numbers.size() == 4 && numbers.at(0) >= 0
        && numbers.at(0) <= int(Questions::BoldLines) && numbers.at(1) >= 1 && numbers.at(1) <= 6) {
        shape.questions = Questions(numbers.at(0));
        shape.headingLevel = numbers.at(1);
        shape.everyHeading = numbers.at(2) != 0;
        shape.otherShapesToo = numbers.at(3) != 0;
        return shape;
    }
    return std::nullopt;
}

QString BankShape::description() const
{
    if (format == Format::Apkg)
        return BankParserText::tr(
            "Anki package: each note is a question, its first field the question, its second the answer");
    if (format == Format::Csv)
        return delimiter == QLatin1Char('\t')
            ? BankParserText::tr("Tab-separated rows: one question and its answer per row")
            : BankParserText::tr("Comma-separated rows: one question and its answer per row");
    switch (questions) {
    case Questions::Headings:
        return everyHeading
            ? BankParserText::tr("Every level-%1 heading is a question").arg(headingLevel)
            : BankParserText::tr("Level-%1 headings that ask something are questions").arg(headingLevel);
    case Questions::Labels:
        return BankParserText::tr("\u201c**Question:**\u201d or \u201c**Q:**\u201d labels mark questions");
    case Questions::Details:
        return BankParserText::tr("<details> blocks: the summary is the question");
    case Questions::BoldLines:
        return BankParserText::tr("Bold lines that ask something are questions");
    }
    return {};
}

BankShape::Format BankParser::formatOf(const QByteArray &source, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("apkg") || AnkiPackage::isPackage(source))
        return BankShape::Format::Apkg;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return BankShape::Format::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("txt"))
        return BankShape::Format::Markdown;
    // No telling name: a first line of tab-separated cells is a table.
    const QByteArray firstLine = source.left(source.indexOf('\n'));
    return firstLine.count('\t') >= 1 && !firstLine.startsWith('#') ? BankShape::Format::Csv
                                                                    : BankShape::Format::Markdown;
}

BankParser::Result BankParser::parse(const QByteArray &source, const QString &fileName)
{
    return parseAs(source, fileName, formatOf(source, fileName));
}

BankParser::Result BankParser::parseAs(const QByteArray &source, const QString &fileName, BankShape::Format format)
{
    if (format == BankShape::Format::Apkg)
        return package(source, fileName);
    if (auto error = checkUtf8(source, fileName))
        return Result {{}, error};
    const QString text = decoded(source);
    return finished(format == BankShape::Format::Csv ? CsvBank::detect(text) : MarkdownBank::detect(text), fileName);
}

BankParser::Result BankParser::parse(const QByteArray &source, const QString &fileName, const BankShape &shape)
{
    if (shape.format == BankShape::Format::Apkg)
        return package(source, fileName);
    if (auto error = checkUtf8(source, fileName))
        return Result {{}, error};
    const QString text = decoded(source);
    return finished(shape.format == BankShape::Format::Csv ? CsvBank::read(text, shape)
                                                           : MarkdownBank::read(text, shape),
                    fileName);
}

} // namespace sdstudy::core
