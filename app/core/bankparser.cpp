#include "core/bankparser.h"

#include "core/mojibake.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <md4c.h>

#include <algorithm>

namespace sdstudy::core {

QString ParseError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
}

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BankParser)
};

// Walks md4c's callbacks and cuts the document into items. md4c hands out text as
// pointers into the source buffer, which is how headings are mapped back to lines.
class ItemCollector
{
public:
    ItemCollector(const QByteArray &utf8, const QString &fileName)
        : m_source(utf8)
        , m_fileName(fileName)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            if (utf8.at(i) == '\n')
                m_lineStarts.append(i + 1);
        }
    }

    BankParser::Result run()
    {
        MD_PARSER parser {};
        parser.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<ItemCollector *>(self)->enterBlock(type, detail);
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<ItemCollector *>(self)->leaveBlock(type, detail);
        };
        parser.enter_span
            = [](MD_SPANTYPE type, void *, void *self) { return static_cast<ItemCollector *>(self)->enterSpan(type); };
        parser.leave_span
            = [](MD_SPANTYPE type, void *, void *self) { return static_cast<ItemCollector *>(self)->leaveSpan(type); };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<ItemCollector *>(self)->onText(type, text, size);
        };
        md_parse(m_source.constData(), static_cast<MD_SIZE>(m_source.size()), &parser, this);
        if (!m_result.error)
            finish();
        return m_result;
    }

private:
    enum class AnswerLabel { Expected, InsideFirstStrong, Seen };

    int lineOf(const MD_CHAR *text) const
    {
        const qsizetype offset = text - m_source.constData();
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        return static_cast<int>(it - m_lineStarts.cbegin());
    }

    int fail(int line, const QString &message)
    {
        m_result.error = ParseError {m_fileName, line, message};
        return 1; // non-zero stops md4c
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_H) {
            m_headingLevel = static_cast<MD_BLOCK_H_DETAIL *>(detail)->level;
            m_headingText.clear();
            m_headingLine = 0;
            return closeCurrentItem() ? 0 : 1;
        }
        if (m_current && type == MD_BLOCK_P && m_label == AnswerLabel::Expected)
            m_firstParagraphPending = true;
        else if (m_current && m_label == AnswerLabel::Expected && type != MD_BLOCK_DOC)
            return fail(
                m_current->line + 1,
                Text::tr("question %1 must be followed by a line starting with **Answer:**").arg(m_current->number));
        if (m_current && type != MD_BLOCK_DOC)
            separateBlock(type);
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        if (type == MD_BLOCK_H)
            return finishHeading();
        if (m_current && type == MD_BLOCK_P && m_label == AnswerLabel::Expected)
            return fail(
                m_current->line + 1,
                Text::tr("question %1 must be followed by a line starting with **Answer:**").arg(m_current->number));
        return 0;
    }

    int enterSpan(MD_SPANTYPE type)
    {
        if (m_current && m_label == AnswerLabel::Expected) {
            if (type != MD_SPAN_STRONG || !m_firstParagraphPending)
                return fail(m_current->line + 1,
                            Text::tr("question %1 must be followed by a line starting with **Answer:**")
                                .arg(m_current->number));
            m_label = AnswerLabel::InsideFirstStrong;
            m_labelText.clear();
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (m_current && m_label == AnswerLabel::InsideFirstStrong && type == MD_SPAN_STRONG) {
            if (m_labelText.trimmed() != QLatin1String("Answer:"))
                return fail(m_current->line + 1,
                            Text::tr("question %1 must be followed by a line starting with **Answer:**")
                                .arg(m_current->number));
            m_label = AnswerLabel::Seen;
        }
        return 0;
    }

    int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        const QString chunk
            = type == MD_TEXT_SOFTBR || type == MD_TEXT_BR ? QStringLiteral(" ") : QString::fromUtf8(text, size);
        if (type != MD_TEXT_SOFTBR && type != MD_TEXT_BR && size > 0)
            m_lastLine = lineOf(text);
        if (m_headingLevel > 0) {
            if (m_headingLine == 0)
                m_headingLine = m_lastLine; // any text: a heading may be only `code`
            m_headingText += chunk;
            return 0;
        }
        if (!m_current)
            return 0;
        if (m_label == AnswerLabel::Expected)
            return fail(
                lineOf(text),
                Text::tr("question %1 must be followed by a line starting with **Answer:**").arg(m_current->number));
        if (m_label == AnswerLabel::InsideFirstStrong) {
            m_labelText += chunk;
            return 0;
        }
        m_current->answerText += chunk;
        return 0;
    }

    void separateBlock(MD_BLOCKTYPE type)
    {
        if (m_current->answerText.isEmpty())
            return;
        const bool lineBreak = type == MD_BLOCK_P || type == MD_BLOCK_LI || type == MD_BLOCK_CODE || type == MD_BLOCK_TR
            || type == MD_BLOCK_QUOTE;
        if (lineBreak && !m_current->answerText.endsWith(QLatin1Char('\n')))
            m_current->answerText += QLatin1Char('\n');
        else if (type == MD_BLOCK_TD || type == MD_BLOCK_TH)
            m_current->answerText += QLatin1Char(' ');
    }

    // An empty heading ("###") hands out no text to learn its line from: it is the
    // first line after the last text seen that is nothing but #s.
    int emptyHeadingLine() const
    {
        static const QRegularExpression empty(QStringLiteral("^ {0,3}#{1,6}[ \\t]*(#+[ \\t]*)?$"));
        const int lineCount = int(m_lineStarts.size());
        for (int line = std::max(m_lastLine, m_headingLines.isEmpty() ? 0 : m_headingLines.last()) + 1;
             line <= lineCount; ++line) {
            const qsizetype start = m_lineStarts.at(line - 1);
            const qsizetype end = line < lineCount ? m_lineStarts.at(line) - 1 : m_source.size();
            if (empty.match(QString::fromUtf8(m_source.mid(start, end - start)).remove(QLatin1Char('\r'))).hasMatch())
                return line;
        }
        return std::max(m_lastLine, 1);
    }

    int finishHeading()
    {
        const int level = m_headingLevel;
        m_headingLevel = 0;
        if (m_headingLine == 0)
            m_headingLine = emptyHeadingLine();
        m_lastLine = m_headingLine;
        const QString text = m_headingText.simplified();
        m_headingLines.append(m_headingLine);
        if (level == 1 && m_result.bank.title.isEmpty())
            m_result.bank.title = text;
        if (level != 3)
            return 0;

        static const QRegularExpression questionHeading(QStringLiteral("^(\\d{1,6})\\.\\s+(\\S.*)$"));
        const auto match = questionHeading.match(text);
        if (!match.hasMatch())
            return fail(m_headingLine,
                        Text::tr("a level-3 heading must read \"### N. Question\", found \"%1\"").arg(text));

        const int number = match.captured(1).toInt();
        if (const int firstLine = m_lineOfNumber.value(number, 0))
            return fail(m_headingLine,
                        Text::tr("question number %1 is used twice (first on line %2)").arg(number).arg(firstLine));
        m_lineOfNumber.insert(number, m_headingLine);

        m_result.bank.items.append(BankItem {number, match.captured(2), {}, {}, m_headingLine});
        m_current = &m_result.bank.items.last();
        m_label = AnswerLabel::Expected;
        m_firstParagraphPending = false;
        return 0;
    }

    // An item's answer is its source lines up to the next heading; taking them
    // verbatim keeps every Markdown construct exactly as the author wrote it.
    bool closeCurrentItem()
    {
        if (!m_current)
            return true;
        if (m_label != AnswerLabel::Seen) {
            fail(m_current->line + 1,
                 Text::tr("question %1 must be followed by a line starting with **Answer:**").arg(m_current->number));
            return false;
        }
        m_current = nullptr;
        return true;
    }

    void finish()
    {
        if (!closeCurrentItem())
            return;
        if (m_result.bank.items.isEmpty()) {
            fail(1, Text::tr("no questions found: a bank lists questions as \"### N. Question\" headings"));
            return;
        }
        const QString source = QString::fromUtf8(m_source);
        const QStringList lines = source.split(QLatin1Char('\n'));
        auto &items = m_result.bank.items;
        for (BankItem &item : items) {
            // The answer runs to the next heading of any level that md4c saw.
            const auto next = std::upper_bound(m_headingLines.cbegin(), m_headingLines.cend(), item.line);
            const int end = next != m_headingLines.cend() ? *next - 1 : int(lines.size());
            const QStringList answerLines = lines.mid(item.line, end - item.line);
            QString markdown = answerLines.join(QLatin1Char('\n'));
            markdown.remove(0, markdown.indexOf(QLatin1String("**Answer:**")) + int(qstrlen("**Answer:**")));
            item.answerMarkdown = markdown.trimmed();
            item.answerText = item.answerText.trimmed();
            if (item.answerText.isEmpty()) {
                fail(item.line + 1, Text::tr("question %1 has an empty answer").arg(item.number));
                return;
            }
        }
    }

    const QByteArray &m_source;
    const QString m_fileName;
    QList<qsizetype> m_lineStarts;
    BankParser::Result m_result;

    unsigned m_headingLevel = 0;
    int m_lastLine = 0; // of the last text md4c handed out
    QString m_headingText;
    int m_headingLine = 0;

    BankItem *m_current = nullptr;
    AnswerLabel m_label = AnswerLabel::Seen;
    bool m_firstParagraphPending = false;
    QString m_labelText;
    QHash<int, int> m_lineOfNumber;
    QList<int> m_headingLines; // every heading, any level, in order
};

std::optional<ParseError> checkUtf8(const QByteArray &source, const QString &fileName)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i <= source.size(); ++i) {
        if (i == source.size() || source.at(i) == '\n') {
            const QString decoded = decoder.decode(QByteArrayView(source).sliced(lineStart, i - lineStart));
            if (decoder.hasError())
                return ParseError {fileName, line, Text::tr("the text is not valid UTF-8")};
            lineStart = i + 1;
            ++line;
        }
    }
    return std::nullopt;
}

// An answer needs its question: "**Answer:**" before the first heading is a
// question that lost its heading, not an introduction to skip.
std::optional<ParseError> checkAnswerBeforeQuestions(const QByteArray &source, const QString &fileName)
{
    int line = 1;
    for (const QByteArray &text : source.split('\n')) {
        const QByteArray trimmed = text.trimmed();
        if (trimmed.startsWith("### "))
            return std::nullopt;
        if (trimmed.startsWith("**Answer:**"))
            return ParseError {fileName, line,
                               Text::tr("an answer (**Answer:**) comes before the first question heading")};
        ++line;
    }
    return std::nullopt;
}

} // namespace

BankParser::Result BankParser::parse(const QByteArray &source, const QString &fileName)
{
    if (auto error = checkUtf8(source, fileName))
        return Result {{}, error};
    if (auto error = checkAnswerBeforeQuestions(source, fileName))
        return Result {{}, error};
    const QByteArray repaired = Mojibake::repair(QString::fromUtf8(source)).toUtf8();
    return ItemCollector(repaired, fileName).run();
}

} // namespace sdstudy::core
