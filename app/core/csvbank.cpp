#include "core/csvbank.h"

#include "core/markdowntext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct CsvBankText
{
    Q_DECLARE_TR_FUNCTIONS(CsvBank)
};

struct Record
{
    int line = 0; // 1-based line where the record starts
    QStringList cells;
};

// Splits RFC 4180 text into records; a quote opens only at the start of a cell.
class RecordReader
{
public:
    RecordReader(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    { }

    bool next(Record *record)
    {
        if (m_at >= m_text.size())
            return false;
        record->line = m_line;
        record->cells.clear();
        QString cell;
        bool quoted = false;
        bool onlySpaces = true; // so far in this cell, outside quotes
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('"')) {
                        cell += c;
                        ++m_at;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    cell += c;
                }
            } else if (c == QLatin1Char('"') && onlySpaces) {
                // A quote opens a cell, spaces before it or not ("Q", "A").
                quoted = true;
                onlySpaces = false;
                cell.clear();
            } else if (c == m_delimiter) {
                record->cells.append(cell);
                cell.clear();
                onlySpaces = true;
            } else if (c == QLatin1Char('\n')) {
                ++m_line;
                break;
            } else {
                cell += c;
                onlySpaces = onlySpaces && c == QLatin1Char(' ');
            }
        }
        record->cells.append(cell);
        return true;
    }

private:
    const QString &m_text;
    const QChar m_delimiter;
    qsizetype m_at = 0;
    int m_line = 1;
};

bool isEmptyRecord(const Record &record)
{
    for (const QString &cell : record.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

int columnNamed(const QStringList &header, const QSet<QString> &names)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (names.contains(header.at(i).trimmed().toLower()))
            return int(i);
    }
    return -1;
}

QChar delimiterOf(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (const QChar candidate : {QLatin1Char('\t'), QLatin1Char(','), QLatin1Char(';')}) {
        if (const qsizetype count = firstLine.count(candidate); count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

QStringList CsvBank::firstRow(const QString &text, QChar delimiter)
{
    RecordReader reader(text, delimiter);
    Record record;
    return reader.next(&record) ? record.cells : QStringList();
}

ParsedBank CsvBank::detect(const QString &text)
{
    BankShape shape;
    shape.format = BankShape::Format::Csv;
    shape.delimiter = delimiterOf(text);
    const QStringList header = firstRow(text, shape.delimiter);
    const int question = columnNamed(header,
                                     {QStringLiteral("question"), QStringLiteral("questions"), QStringLiteral("q"),
                                      QStringLiteral("front"), QStringLiteral("prompt"), QStringLiteral("term")});
    const int answer
        = columnNamed(header,
                      {QStringLiteral("answer"), QStringLiteral("answers"), QStringLiteral("a"), QStringLiteral("back"),
                       QStringLiteral("response"), QStringLiteral("definition"), QStringLiteral("solution")});
    shape.header = question >= 0 || answer >= 0;
    if (shape.header) {
        shape.questionColumn = question;
        shape.answerColumn = answer;
        shape.topicColumn
            = columnNamed(header,
                          {QStringLiteral("topic"), QStringLiteral("category"), QStringLiteral("deck"),
                           QStringLiteral("section"), QStringLiteral("subject"), QStringLiteral("chapter")});
        shape.tagsColumn = columnNamed(
            header,
            {QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("labels"), QStringLiteral("keywords")});
    }
    ParsedBank bank = read(text, shape);
    bank.shapeIsCertain = shape.header && header.size() >= 2;
    return bank;
}

ParsedBank CsvBank::read(const QString &text, const BankShape &shape)
{
    ParsedBank bank;
    bank.shape = shape;
    // Which column holds what is the person's to say when the header does not.
    if (shape.questionColumn < 0 || shape.answerColumn < 0 || shape.questionColumn == shape.answerColumn) {
        bank.skipped.append({1,
                             shape.questionColumn < 0 ? CsvBankText::tr("no column holds the questions; choose one")
                                 : shape.answerColumn < 0
                                 ? CsvBankText::tr("no column holds the answers; choose one")
                                 : CsvBankText::tr("the questions and the answers are in one column; "
                                                   "choose two")});
        return bank;
    }
    RecordReader reader(text, shape.delimiter);
    Record record;
    if (shape.header && !reader.next(&record))
        return bank;
    auto cell = [&](int column) {
        return column >= 0 && column < record.cells.size() ? record.cells.at(column).trimmed() : QString();
    };
    const int needed = std::max(shape.questionColumn, shape.answerColumn) + 1;
    while (reader.next(&record)) {
        if (isEmptyRecord(record))
            continue;
        if (record.cells.size() < needed) {
            bank.skipped.append(
                {record.line,
                 CsvBankText::tr("%n column(s) where %1 are needed; left out", nullptr, int(record.cells.size()))
                     .arg(needed)});
            continue;
        }
        BankItem item;
        item.line = record.line;
        item.number = int(bank.items.size()) + 1;
        item.title = cell(shape.questionColumn).simplified();
        item.answerMarkdown = MarkdownText::withoutLayoutHtml(cell(shape.answerColumn));
        if (item.title.isEmpty()) {
            bank.skipped.append({record.line, CsvBankText::tr("a row with no question; left out")});
            continue;
        }
        item.answerText = MarkdownText::plain(item.answerMarkdown);
        if (item.answerText.isEmpty()) {
            bank.skipped.append({record.line,
                                 CsvBankText::tr("\u201c%1\u201d has no answer; left out").arg(item.title.left(60)),
                                 true});
            continue;
        }
        item.topic = cell(shape.topicColumn);
        const QString tags = cell(shape.tagsColumn);
        for (const QString &tag : tags.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
            item.tags.append(tag);
        bank.items.append(item);
    }
    // Rows with a topic and rows without one: the latter need a place too.
    bool anyTopic = false;
    for (const BankItem &item : std::as_const(bank.items))
        anyTopic = anyTopic || !item.topic.isEmpty();
    for (BankItem &item : bank.items) {
        if (anyTopic && item.topic.isEmpty())
            item.topic = CsvBankText::tr("General");
    }
    return bank;
}

} // namespace sdstudy::core
