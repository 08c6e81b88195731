#include "core/markdownbank.h"

#include "core/markdowntext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct MarkdownBankText
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownBank)
};

using Re = QRegularExpression;

// Inline markup a title does without: HTML tags (anchors), bold and italic marks.
QString cleanInline(QString text)
{
    static const Re tags(QStringLiteral("<[^>]*>"));
    static const Re emphasis(QStringLiteral("\\*\\*|__"));
    static const Re italic(QStringLiteral("(?<![\\w*])[_*]([^_*]+)[_*](?![\\w*])"));
    static const Re image(QStringLiteral("!\\[([^\\]]*+)\\]\\([^)]*+\\)"));
    static const Re link(QStringLiteral("\\[([^\\]]*+)\\]\\([^)]*+\\)"));
    text.replace(image, QString()); // a badge says nothing a title needs
    text.replace(link, QStringLiteral("\\1"));
    text.remove(tags);
    text.remove(emphasis);
    text.replace(italic, QStringLiteral("\\1"));
    return text.simplified();
}

// "1. ", "Q12: ", "Question 3 - ", "Problem 2) " before a question's words.
const Re &numbering()
{
    static const Re re(
        QStringLiteral("^(?:(?:Q|Question|Problem)\\s*#?\\s*(\\d{1,5})?|(\\d{1,5}))\\s*(?:[.:)\\]](?!\\d)|"
                       "\\s[-\u2013\u2014]\\s)\\s*(?=\\S)"),
        Re::CaseInsensitiveOption);
    return re;
}

struct Title
{
    QString text;
    int number = 0; // 0: the source gives none
};

Title titleOf(const QString &written)
{
    const QString text = MarkdownText::withoutDecoration(cleanInline(written));
    const auto match = numbering().match(text);
    if (!match.hasMatch())
        return {text, 0};
    const QString digits = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    return {text.mid(match.capturedEnd()).trimmed(), digits.toInt()};
}

// Whether a heading or a bold line asks something: numbered, ending in "?", or
// opening with a word that questions and tasks open with.
bool isQuestionLike(const QString &written)
{
    static const QSet<QString> openers = {
        QStringLiteral("what"),     QStringLiteral("what's"),        QStringLiteral("how"),
        QStringLiteral("why"),      QStringLiteral("when"),          QStringLiteral("where"),
        QStringLiteral("which"),    QStringLiteral("who"),           QStringLiteral("explain"),
        QStringLiteral("describe"), QStringLiteral("design"),        QStringLiteral("compare"),
        QStringLiteral("define"),   QStringLiteral("discuss"),       QStringLiteral("can"),
        QStringLiteral("could"),    QStringLiteral("should"),        QStringLiteral("would"),
        QStringLiteral("is"),       QStringLiteral("are"),           QStringLiteral("does"),
        QStringLiteral("do"),       QStringLiteral("tell"),          QStringLiteral("walk"),
        QStringLiteral("give"),     QStringLiteral("implement"),     QStringLiteral("build"),
        QStringLiteral("estimate"), QStringLiteral("suppose"),       QStringLiteral("imagine"),
        QStringLiteral("contrast"), QStringLiteral("outline"),       QStringLiteral("propose"),
        QStringLiteral("sketch"),   QStringLiteral("differentiate"), QStringLiteral("difference"),
        QStringLiteral("name"),     QStringLiteral("list"),
    };
    const QString text = MarkdownText::withoutDecoration(cleanInline(written));
    if (text.isEmpty())
        return false;
    const auto match = numbering().match(text);
    if (match.hasMatch())
        return true;
    if (text.endsWith(QLatin1Char('?')))
        return true;
    const QString first = text.section(QLatin1Char(' '), 0, 0).toLower().remove(QLatin1Char(','));
    return openers.contains(first);
}

// Labels that only say "here comes the answer": dropped when they open an answer.
bool isAnswerLabel(const QString &label)
{
    static const QSet<QString> labels
        = {QStringLiteral("answer"),          QStringLiteral("a"),           QStringLiteral("ans"),
           QStringLiteral("solution"),        QStringLiteral("show answer"), QStringLiteral("show solution"),
           QStringLiteral("click to expand"), QStringLiteral("expand"),      QStringLiteral("show"),
           QStringLiteral("reveal"),          QStringLiteral("see answer"),  QStringLiteral("view answer"),
           QStringLiteral("click here"),      QStringLiteral("explanation"), QStringLiteral("hint")};
    QString text = cleanInline(label).toLower();
    while (!text.isEmpty() && !text.back().isLetterOrNumber())
        text.chop(1);
    while (!text.isEmpty() && !text.front().isLetterOrNumber())
        text.remove(0, 1);
    return labels.contains(text);
}

// A heading, a label or a link line is short: a longer line is text, and is never
// handed to the patterns below, whose cost would grow with it.
constexpr qsizetype kLongestMarkupLine = 1000;

bool mayBeMarkup(const QString &line)
{
    return line.size() <= kLongestMarkupLine;
}

// "**[Back to Top](#table-of-contents)**", "[\u2191 top](#contents)": a link into the
// file that only leads back up.
bool isBackToTop(const QString &line)
{
    const QString text = line.trimmed();
    const qsizetype open = text.indexOf(QLatin1Char('['));
    const qsizetype close = text.indexOf(QLatin1String("](#"));
    if (open < 0 || close < open || text.indexOf(QLatin1Char(')'), close) < 0)
        return false;
    for (qsizetype i = 0; i < open; ++i) {
        if (text.at(i).isLetterOrNumber())
            return false;
    }
    const QString words = text.mid(open + 1, close - open - 1).toLower();
    return words.contains(QLatin1String("top")) || words.contains(QChar(0x2b06)) || words.contains(QChar(0x2191));
}

// "**Question:** ...", "**Q1.** ...", "- **Q**: ..."
const Re &questionLabel()
{
    static const Re re(
        QStringLiteral("^ {0,3}(?:[-*+] +)?\\*\\*(?:Q|Question|Problem(?: Statement)?)(?: *#? *\\d{1,5})?"
                       " *+([:.)])?+ *+\\*\\* *+([:.)])?+ *+(.*)$"),
        Re::CaseInsensitiveOption);
    return re;
}

struct Label
{
    QString words; // "Detailed Answer"
    QString rest;  // what follows on the line
};

// "**Answer:**", "**A:**", "**Detailed Answer:**", "**Strategy**:": a bold label with
// its colon, opening a line.
std::optional<Label> labelOf(const QString &line)
{
    static const Re re(QStringLiteral("^ {0,3}(?:[-*+] +)?\\*\\*([^*:]{1,40}?) *+(:)?+ *+\\*\\* *+(:)?+ *+(.*)$"));
    if (!mayBeMarkup(line) || !line.contains(QLatin1String("**")))
        return std::nullopt;
    const auto match = re.match(line);
    if (!match.hasMatch() || (match.capturedLength(2) == 0 && match.capturedLength(3) == 0))
        return std::nullopt;
    return Label {match.captured(1).trimmed(), match.captured(4)};
}

// "**A:**", "**A1.**", "**Answer:**": the opening of an answer, with what follows it.
std::optional<QString> answerLabelOf(const QString &line)
{
    static const Re re(
        QStringLiteral(
            "^ {0,3}(?:[-*+] +)?\\*\\*(?:A|Ans|Answer)(?: *\\d{1,5})? *+([:.)])?+ *+\\*\\* *+([:.)])?+ *+(.*)$"),
        Re::CaseInsensitiveOption);
    if (!mayBeMarkup(line) || !line.contains(QLatin1String("**")))
        return std::nullopt;
    const auto match = re.match(line);
    if (!match.hasMatch() || (match.capturedLength(1) == 0 && match.capturedLength(2) == 0))
        return std::nullopt;
    return match.captured(3);
}

bool matchesQuestionLabel(const QString &line)
{
    if (!mayBeMarkup(line) || !line.contains(QLatin1String("**")))
        return false;
    const auto match = questionLabel().match(line);
    return match.hasMatch() && (match.capturedLength(1) > 0 || match.capturedLength(2) > 0);
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// "---", "***", "___": a rule between items, not part of an answer.
bool isSeparator(const QString &line)
{
    static const Re re(QStringLiteral("^ {0,3}([-*_])(?: *+\\1){2,} *+$"));
    return mayBeMarkup(line) && re.match(line).hasMatch();
}

// Lines that carry no content of their own: anchors, "back to top" links.
bool isNavigation(const QString &line)
{
    if (!mayBeMarkup(line) || (!line.contains(QLatin1Char('<')) && !line.contains(QLatin1Char('['))))
        return false;
    static const Re anchor(QStringLiteral("^\\s*(?:<a\\s[^>]*+>\\s*</a>\\s*)+$"), Re::CaseInsensitiveOption);
    static const Re comment(QStringLiteral("^\\s*<!--.*-->\\s*$"));
    static const Re breaks(QStringLiteral("^\\s*(?:<br\\s*/?>\\s*)+$"), Re::CaseInsensitiveOption);
    static const Re rightLink(QStringLiteral("^\\s*<div[^>]*>\\s*<a href=\"#[^\"]*\">[^<]*</a>\\s*</div>\\s*$"),
                              Re::CaseInsensitiveOption);
    return anchor.match(line).hasMatch() || isBackToTop(line) || breaks.match(line).hasMatch()
        || comment.match(line).hasMatch() || rightLink.match(line).hasMatch();
}

// "**Difficulty**: Hard", "- **Tags:** caching, redis": a fact about the question.
std::optional<QString> metadataOf(const QString &line)
{
    if (!mayBeMarkup(line) || !line.contains(QLatin1String("**")))
        return std::nullopt;
    static const Re re(
        QStringLiteral("^ {0,3}(?:[-*+] +)?\\*\\*(Difficulty|Level|Tags?|Topics?|Category|Categories|Compan(?:y|ies)|"
                       "Frequency|Asked (?:at|by|in)|Source|Time|Type|Role|Seniority|Importance) *+(:)?+ *+\\*\\* "
                       "*+(:)?+ *+(\\S.*)$"),
        Re::CaseInsensitiveOption);
    const auto match = re.match(line);
    if (!match.hasMatch() || (match.capturedLength(2) == 0 && match.capturedLength(3) == 0))
        return std::nullopt;
    return QStringLiteral("%1: %2").arg(match.captured(1), cleanInline(match.captured(4)));
}

struct Heading
{
    int line = 0; // 0-based
    int level = 0;
    QString text;   // without markup
    int number = 0; // of the list item it opens ("12. ### Question"), else 0
    int indent = 0; // where its list item's text starts
};

// The source as lines, with fenced code marked and ATX headings found.
class Lines
{
public:
    explicit Lines(const QString &text)
        : m_lines(text.split(QLatin1Char('\n')))
        , m_code(m_lines.size(), false)
        , m_heading(m_lines.size(), -1)
    {
        static const Re fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})(.*)$"));
        // A heading may open a list item: "12. ### Question".
        static const Re heading(
            QStringLiteral("^ {0,3}(?:(\\d{1,5})[.)] +|[-*+] +)?(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
        QString open; // the fence of the code block the scan is in
        for (int i = 0; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            const bool mayBeFence = line.contains(QLatin1String("```")) || line.contains(QLatin1String("~~~"));
            if (!open.isEmpty()) {
                m_code[i] = true;
                if (mayBeFence) {
                    const auto match = fence.match(line);
                    if (match.hasMatch() && match.captured(1).front() == open.front()
                        && match.capturedLength(1) >= open.size() && match.captured(2).trimmed().isEmpty())
                        open.clear();
                }
                continue;
            }
            if (mayBeFence) {
                const auto match = fence.match(line);
                if (match.hasMatch()
                    && !(match.captured(1).front() == QLatin1Char('`') && match.captured(2).contains(u'`'))) {
                    open = match.captured(1);
                    m_code[i] = true;
                    continue;
                }
            }
            if (!line.contains(QLatin1Char('#')) || !mayBeMarkup(line))
                continue;
            if (const auto match = heading.match(line); match.hasMatch()) {
                m_heading[i] = int(m_headings.size());
                m_headings.append({i, int(match.capturedLength(2)), cleanInline(match.captured(3)),
                                   match.captured(1).toInt(),
                                   match.capturedLength(1) > 0 ? int(match.capturedStart(2)) : 0});
            }
        }
    }

    int size() const { return int(m_lines.size()); }
    const QString &at(int line) const { return m_lines.at(line); }
    bool isCode(int line) const { return m_code.at(line); }
    const QList<Heading> &headings() const { return m_headings; }
    // The heading on this line, or nullptr.
    const Heading *headingAt(int line) const
    {
        const int index = m_heading.at(line);
        return index < 0 ? nullptr : &m_headings.at(index);
    }
    // The last heading above this line, or nullptr.
    const Heading *headingAbove(int line) const
    {
        const auto it = std::lower_bound(m_headings.cbegin(), m_headings.cend(), line,
                                         [](const Heading &h, int l) { return h.line < l; });
        return it == m_headings.cbegin() ? nullptr : &*std::prev(it);
    }
    // Where the section under this heading ends: the next heading of any level.
    int sectionEnd(const Heading &heading) const
    {
        const qsizetype next = m_heading.at(heading.line) + 1;
        return next < m_headings.size() ? m_headings.at(next).line : size();
    }

private:
    QStringList m_lines;
    QList<bool> m_code;
    QList<int> m_heading; // per line: index into m_headings, or -1
    QList<Heading> m_headings;
};

// A question as a shape finds it, before its answer is cleaned.
struct Found
{
    int line = 0; // 0-based, where the question starts
    int end = 0;  // the first line after its answer
    Title title;
    QStringList answer;
    QList<bool> answerIsCode;
    int indent = 0;         // of a list item's text, taken off its lines
    bool secondary = false; // found in a second pass, where the file changes shape
    int level = 7;          // of its heading, if it is one: only headings above group it
};

class ShapeReader
{
public:
    ShapeReader(const Lines &lines, const BankShape &shape)
        : m_lines(lines)
        , m_shape(shape)
        , m_consumed(lines.size(), false)
    { }

    // The questions the shape itself finds, before anything else is looked at.
    QList<Found> ownQuestions() const { return find(m_shape.questions, m_shape.headingLevel); }

    // How many of them have something under them: enough to compare shapes, at a
    // fraction of a full read.
    static qsizetype countAnswered(const QList<Found> &found)
    {
        qsizetype count = 0;
        for (const Found &question : found) {
            const bool answered
                = std::any_of(question.answer.cbegin(), question.answer.cend(), [](const QString &line) {
                      return !isBlank(line) && !isSeparator(line) && !isNavigation(line);
                  });
            count += !question.title.text.isEmpty() && answered ? 1 : 0;
        }
        return count;
    }

    // The questions of the shape, then those of other shapes where the shape's own
    // found none, as in a file that starts with bold lines and goes on with
    // headings; then topics, tags and what was left out.
    ParsedBank read(QList<Found> found)
    {
        consume(found);
        for (const auto questions : {BankShape::Questions::Headings, BankShape::Questions::Labels,
                                     BankShape::Questions::Details, BankShape::Questions::BoldLines}) {
            if (!m_shape.otherShapesToo)
                break;
            QList<Found> more = find(questions, 0);
            if (more.size() < 2)
                continue;
            for (Found &question : more)
                question.secondary = true;
            consume(more);
            found += more;
        }
        std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.line < b.line; });
        ParsedBank bank;
        bank.shape = m_shape;
        bank.title = documentTitle();
        QList<Placed> items;
        for (Found &question : found) {
            BankItem item = finish(question);
            if (question.secondary && (item.title.isEmpty() || item.answerMarkdown.isEmpty()))
                continue; // a look-alike, such as a <details> block of a category
            if (item.title.isEmpty())
                bank.skipped.append({question.line + 1, MarkdownBankText::tr("a question with no words; left out")});
            else if (item.answerMarkdown.isEmpty())
                bank.skipped.append(
                    {question.line + 1,
                     MarkdownBankText::tr("\u201c%1\u201d has no answer; left out").arg(shortened(item.title)), true});
            else
                items.append({question.line, question.level, item});
        }
        placeInTopics(items);
        // The source's own numbers when every question has one of its own.
        bool explicitNumbers = true;
        QSet<int> numbers;
        for (const auto &[line, level, item] : std::as_const(items)) {
            if (item.number <= 0 || numbers.contains(item.number)) {
                explicitNumbers = false;
                break;
            }
            numbers.insert(item.number);
        }
        for (auto &[line, level, item] : items) {
            if (!explicitNumbers)
                item.number = int(bank.items.size()) + 1;
            bank.items.append(std::move(item));
        }
        bank.skipped += sectionsLeftOut();
        std::sort(bank.skipped.begin(), bank.skipped.end(),
                  [](const SkippedPart &a, const SkippedPart &b) { return a.line < b.line; });
        return bank;
    }

private:
    // Questions of one shape, outside the questions already found; `level` 0 for
    // headings means any level.
    QList<Found> find(BankShape::Questions questions, int level) const
    {
        switch (questions) {
        case BankShape::Questions::Headings:
            return headings(level);
        case BankShape::Questions::Labels:
            return labels();
        case BankShape::Questions::Details:
            return details();
        case BankShape::Questions::BoldLines:
            return boldLines();
        }
        return {};
    }

    void consume(const QList<Found> &found)
    {
        for (const Found &question : found) {
            for (int line = question.line; line < question.end; ++line)
                m_consumed[line] = true;
        }
    }

    // The first line in [line, end) that a question already holds, or end.
    int nextConsumed(int line, int end) const
    {
        while (line < end && !m_consumed.at(line))
            ++line;
        return line;
    }

    // A question found, where it is and, if a heading, at what level.
    struct Placed
    {
        int line = 0;
        int level = 7;
        BankItem item;
    };

    static QString shortened(const QString &text)
    {
        return text.size() <= 60 ? text : text.left(57) + QStringLiteral("\u2026");
    }

    Found take(int line, const Title &title, int begin, int end) const
    {
        Found found {line, end, title, {}, {}};
        for (int i = begin; i < end; ++i) {
            found.answer.append(m_lines.at(i));
            found.answerIsCode.append(m_lines.isCode(i));
        }
        return found;
    }

    QList<Found> headings(int level) const
    {
        QList<Found> found;
        const auto &all = m_lines.headings();
        int insideUntil = -1; // a question found at any level holds the headings below it
        for (qsizetype k = 0; k < all.size(); ++k) {
            const Heading &heading = all.at(k);
            if (m_consumed.at(heading.line) || heading.line < insideUntil)
                continue;
            const bool every = level > 0 && m_shape.everyHeading;
            if ((level > 0 && heading.level != level) || (!every && !isQuestionLike(heading.text)))
                continue;
            // The answer runs to a heading of the same level or above; in a list
            // item, a heading indented into the item is the answer's own.
            int end = m_lines.size();
            for (qsizetype next = k + 1; next < all.size(); ++next) {
                const Heading &other = all.at(next);
                const bool inItem = heading.indent > 0 && m_lines.at(other.line).front().isSpace();
                if (other.level <= heading.level && !inItem) {
                    end = other.line;
                    break;
                }
            }
            // A heading over questions found already is a group, not a question.
            const int natural = end;
            end = nextConsumed(heading.line + 1, natural);
            if (level == 0 && end < natural)
                continue;
            Title title = titleOf(heading.text);
            if (title.number == 0)
                title.number = heading.number;
            Found question = take(heading.line, title, heading.line + 1, end);
            question.indent = heading.indent;
            question.level = heading.level;
            found.append(question);
            insideUntil = end;
        }
        return found;
    }

    bool sectionHasQuestionLabel(const Heading &heading) const
    {
        for (int line = heading.line + 1; line < m_lines.sectionEnd(heading); ++line) {
            if (!m_lines.isCode(line) && matchesQuestionLabel(m_lines.at(line)))
                return true;
        }
        return false;
    }

    // Labelled parts ("**Scenario:** ...") between a section's heading and its first
    // question belong to that question; other text there is not taken.
    QStringList leadOf(const Heading *section, int questionLine) const
    {
        if (!section)
            return {};
        QStringList lead;
        for (int line = section->line + 1; line < questionLine; ++line) {
            if (matchesQuestionLabel(m_lines.at(line)))
                return {}; // not the section's first question
            lead.append(m_lines.at(line));
        }
        while (!lead.isEmpty() && isBlank(lead.first()))
            lead.removeFirst();
        while (!lead.isEmpty() && isBlank(lead.last()))
            lead.removeLast();
        if (lead.isEmpty() || !labelOf(lead.first()))
            return {};
        return lead;
    }

    QList<Found> labels() const
    {
        QList<Found> found;
        const int count = m_lines.size();
        const Heading *leadSection = nullptr;
        for (int line = 0; line < count;) {
            if (m_consumed.at(line) || m_lines.isCode(line) || !matchesQuestionLabel(m_lines.at(line))) {
                ++line;
                continue;
            }
            const auto match = questionLabel().match(m_lines.at(line));
            // The question is the label's paragraph (one blank line may come first).
            QString title = match.captured(3);
            bool hasWords = !isBlank(title);
            int next = line + 1;
            while (next < count && !m_consumed.at(next) && !m_lines.isCode(next) && !m_lines.headingAt(next)
                   && !matchesQuestionLabel(m_lines.at(next)) && !labelOf(m_lines.at(next))
                   && !answerLabelOf(m_lines.at(next)) && title.size() < kLongestMarkupLine) {
                const bool blank = isBlank(m_lines.at(next));
                if (blank && (hasWords || next > line + 1))
                    break;
                title += QLatin1Char(' ') + m_lines.at(next).trimmed();
                hasWords = hasWords || !blank;
                ++next;
            }
            const Heading *section = m_lines.headingAbove(line);
            const int sectionLevel = section ? section->level : 0;
            bool labelledAnswer = false; // "**A:**": the pair ends at the next heading
            int end = next;
            for (; end < count && !m_consumed.at(end); ++end) {
                if (m_lines.isCode(end))
                    continue;
                const QString &text = m_lines.at(end);
                if (matchesQuestionLabel(text))
                    break;
                if (answerLabelOf(text))
                    labelledAnswer = true;
                if (const Heading *heading = m_lines.headingAt(end)) {
                    // Sub-headings may hold the answer ("#### Solution", "#### Follow-up");
                    // a heading of the section's level or above, or one with
                    // questions of its own, starts something else.
                    if (labelledAnswer || heading->level <= sectionLevel || sectionHasQuestionLabel(*heading)
                        || (sectionLevel == 0 && !isAnswerLabel(heading->text)))
                        break;
                }
            }
            // Only a section's first question has a lead.
            const QStringList lead = section != leadSection ? leadOf(section, line) : QStringList();
            leadSection = section;
            Found question = take(line, titleOf(title), next, end);
            // "#### Answer" under the question says nothing the page does not.
            int first = next;
            while (first < end && isBlank(m_lines.at(first)))
                ++first;
            if (const Heading *heading = first < end ? m_lines.headingAt(first) : nullptr;
                heading && isAnswerLabel(heading->text))
                ++first;
            question.answer.remove(0, first - next);
            question.answerIsCode.remove(0, first - next);
            while (!question.answer.isEmpty() && isBlank(question.answer.first()))
                question.answer.removeFirst(), question.answerIsCode.removeFirst();
            if (!lead.isEmpty()) {
                for (qsizetype i = lead.size() - 1; i >= 0; --i) {
                    question.answer.prepend(lead.at(i));
                    question.answerIsCode.prepend(false);
                }
                question.answer.insert(lead.size(), QString());
                question.answerIsCode.insert(lead.size(), false);
                // It starts with its scenario.
                question.line = section->line + 1;
                while (isBlank(m_lines.at(question.line)))
                    ++question.line;
            }
            found.append(question);
            line = end;
        }
        return found;
    }

    // Where each <details> closes, found in one pass: by the line and column of the
    // opening tag, the line and column of its </details>. A question's lines end
    // every block still open.
    QHash<std::pair<int, qsizetype>, std::pair<int, qsizetype>> detailsPairs() const
    {
        static const Re tag(QStringLiteral("<(/?)details\\b[^>]*+>"), Re::CaseInsensitiveOption);
        QHash<std::pair<int, qsizetype>, std::pair<int, qsizetype>> pairs;
        QList<std::pair<int, qsizetype>> open;
        for (int line = 0; line < m_lines.size(); ++line) {
            if (m_consumed.at(line)) {
                open.clear();
                continue;
            }
            const QString &text = m_lines.at(line);
            if (m_lines.isCode(line) || !text.contains(QLatin1String("details"), Qt::CaseInsensitive))
                continue;
            for (auto it = tag.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                if (match.capturedLength(1) == 0)
                    open.append({line, match.capturedStart()});
                else if (!open.isEmpty())
                    pairs.insert(open.takeLast(), {line, match.capturedStart()});
            }
        }
        return pairs;
    }

    QList<Found> details() const
    {
        static const Re open(QStringLiteral("<details\\b[^>]*+>"), Re::CaseInsensitiveOption);
        static const Re summaryOpen(QStringLiteral("<summary\\b[^>]*+>"), Re::CaseInsensitiveOption);
        static const Re summaryClose(QStringLiteral("</summary\\s*+>"), Re::CaseInsensitiveOption);
        constexpr int kSummaryLines = 20; // a summary is a question, not a page

        const auto pairs = detailsPairs();
        QList<Found> found;
        const int count = m_lines.size();
        for (int line = 0; line < count; ++line) {
            if (m_lines.isCode(line) || m_consumed.at(line))
                continue;
            const QString &first = m_lines.at(line);
            if (!first.contains(QLatin1String("details"), Qt::CaseInsensitive))
                continue;
            const auto opened = open.match(first);
            const auto closing = opened.hasMatch() ? pairs.constFind({line, opened.capturedStart()}) : pairs.cend();
            if (closing == pairs.cend())
                continue; // never closed, or cut by another question
            const auto [closeLine, closeColumn] = *closing;
            // The summary, which may run over a few lines.
            QString text = first.mid(opened.capturedEnd());
            int summaryLine = line;
            while (!text.contains(summaryClose) && summaryLine < closeLine && summaryLine - line < kSummaryLines)
                text += QLatin1Char('\n') + m_lines.at(++summaryLine);
            const auto summaryStart = summaryOpen.match(text);
            const auto summaryEnd = summaryClose.match(text);
            if (!summaryStart.hasMatch() || !summaryEnd.hasMatch()
                || summaryEnd.capturedStart() < summaryStart.capturedEnd()
                || !text.left(summaryStart.capturedStart()).trimmed().isEmpty())
                continue;
            const QString summary
                = text.mid(summaryStart.capturedEnd(), summaryEnd.capturedStart() - summaryStart.capturedEnd());
            if (isAnswerLabel(summary))
                continue; // "Show answer": the question is elsewhere
            // The answer: from after </summary> to the block's own </details>.
            const qsizetype answerColumn = m_lines.at(summaryLine).size() - (text.size() - summaryEnd.capturedEnd());
            if (closeLine < summaryLine || (closeLine == summaryLine && closeColumn < answerColumn))
                continue;
            Found question = take(line, titleOf(summary), 0, 0);
            for (int at = summaryLine; at <= closeLine; ++at) {
                QString piece = m_lines.at(at);
                if (at == closeLine)
                    piece.truncate(closeColumn);
                if (at == summaryLine)
                    piece.remove(0, answerColumn);
                question.answer.append(piece);
                question.answerIsCode.append(at != summaryLine && m_lines.isCode(at));
            }
            question.end = closeLine + 1;
            found.append(question);
            line = closeLine;
        }
        return found;
    }

    struct BoldQuestion
    {
        Title title;
        int indent = 0; // where the text of its list item starts
        QString rest;   // the answer, when it starts on the question's line
    };

    // "1. **What is X?**", "**What is X?**" or "- **Q?** the answer on the same line".
    static std::optional<BoldQuestion> boldQuestion(const QString &line)
    {
        static const Re re(QStringLiteral("^ {0,3}(?:(\\d{1,5})[.)] +|([-*+]) +)?\\*\\*([^*]+?)\\*\\*(:?) *(.*)$"));
        if (!mayBeMarkup(line) || !line.contains(QLatin1String("**")))
            return std::nullopt;
        const auto match = re.match(line);
        if (!match.hasMatch())
            return std::nullopt;
        const QString bold = match.captured(3).trimmed();
        if (bold.endsWith(QLatin1Char(':')) || match.capturedLength(4) > 0 || matchesQuestionLabel(line))
            return std::nullopt;
        Title title = titleOf(bold);
        const bool numbered = match.capturedLength(1) > 0 || title.number > 0;
        if (!MarkdownText::withoutDecoration(bold).endsWith(QLatin1Char('?')) && !(numbered && isQuestionLike(bold)))
            return std::nullopt;
        if (title.number == 0)
            title.number = match.captured(1).toInt();
        const bool listItem = match.capturedLength(1) > 0 || match.capturedLength(2) > 0;
        return BoldQuestion {title, listItem ? int(match.capturedStart(3)) - 2 : 0, match.captured(5)};
    }

    QList<Found> boldLines() const
    {
        QList<Found> found;
        const int count = m_lines.size();
        for (int line = 0; line < count;) {
            const auto question
                = m_lines.isCode(line) || m_consumed.at(line) ? std::nullopt : boldQuestion(m_lines.at(line));
            if (!question) {
                ++line;
                continue;
            }
            int end = line + 1;
            while (end < count && !m_consumed.at(end)
                   && (m_lines.isCode(end) || (!m_lines.headingAt(end) && !boldQuestion(m_lines.at(end)))))
                ++end;
            Found item = take(line, question->title, line + 1, end);
            item.indent = question->indent;
            // The answer may start on the question's own line.
            item.answer.prepend(question->rest);
            item.answerIsCode.prepend(false);
            found.append(item);
            line = end;
        }
        return found;
    }

    // Cleans an answer: metadata out as tags, navigation and separators away, an
    // opening "**Answer:**" label dropped, a common indent removed.
    BankItem finish(Found &found) const
    {
        BankItem item;
        item.title = found.title.text;
        item.number = found.title.number;
        item.line = found.line + 1;
        QStringList answer;
        QList<bool> isCode;
        static const Re detailsTag(QStringLiteral("^\\s*</?details\\b[^>]*>\\s*$"), Re::CaseInsensitiveOption);
        static const Re summaryTag(
            QStringLiteral("^\\s*(?:<details\\b[^>]*>)?\\s*<summary\\b[^>]*>(.*)</summary\\s*>\\s*$"),
            Re::CaseInsensitiveOption);
        // An answer hidden in <details><summary>Answer</summary> comes out of hiding.
        bool hiddenAnswer = false;
        for (qsizetype i = 0; i < found.answer.size() && !hiddenAnswer; ++i) {
            if (!mayBeMarkup(found.answer.at(i)))
                continue;
            const auto summary = summaryTag.match(found.answer.at(i));
            hiddenAnswer = !found.answerIsCode.at(i) && summary.hasMatch() && isAnswerLabel(summary.captured(1));
        }
        for (qsizetype i = 0; i < found.answer.size(); ++i) {
            QString line = found.answer.at(i);
            // A list item's text is indented by its marker's width.
            qsizetype spaces = 0;
            while (spaces < std::min<qsizetype>(found.indent, line.size()) && line.at(spaces) == QLatin1Char(' '))
                ++spaces;
            line.remove(0, spaces);
            if (!found.answerIsCode.at(i)) {
                if (isNavigation(line))
                    continue;
                if (const auto tag = metadataOf(line)) {
                    item.tags.append(*tag);
                    continue;
                }
                if (hiddenAnswer && mayBeMarkup(line)
                    && (detailsTag.match(line).hasMatch() || summaryTag.match(line).hasMatch()))
                    continue;
            }
            answer.append(line);
            isCode.append(found.answerIsCode.at(i));
        }
        auto trim = [&] {
            while (!answer.isEmpty() && !isCode.first() && (isBlank(answer.first()) || isSeparator(answer.first())))
                answer.removeFirst(), isCode.removeFirst();
            while (!answer.isEmpty() && !isCode.last() && (isBlank(answer.last()) || isSeparator(answer.last())))
                answer.removeLast(), isCode.removeLast();
        };
        trim();
        // An opening label that only says "answer" goes; "**Short Answer:**" and
        // the like stay, to tell several labelled answers apart.
        if (!answer.isEmpty() && !isCode.first()) {
            static const Re answerHeading(QStringLiteral("^ {0,3}#{1,6} +(.*)$"));
            const auto label = labelOf(answer.first());
            const auto heading = answerHeading.match(answer.first());
            if (const auto rest = answerLabelOf(answer.first())) {
                answer.first() = *rest;
                trim();
            } else if (label && isAnswerLabel(label->words)) {
                answer.first() = label->rest;
                trim();
            } else if (heading.hasMatch() && isAnswerLabel(heading.captured(1))) {
                answer.removeFirst(), isCode.removeFirst();
                trim();
            }
        }
        answer = MarkdownText::withoutLayoutHtml(answer.join(QLatin1Char('\n'))).split(QLatin1Char('\n'));
        removeCommonIndent(answer);
        item.answerMarkdown = answer.join(QLatin1Char('\n'));
        // "<br><b></b>" or "Answer here" is no answer.
        static const Re tags(QStringLiteral("<[a-zA-Z/!][^>]*>"));
        static const Re placeholder(QStringLiteral("^(?:answer here|tbd|todo|coming soon|\\.{3}|…)\\.?$"),
                                    Re::CaseInsensitiveOption);
        const QString bare = QString(item.answerMarkdown).remove(tags).trimmed();
        if (bare.isEmpty() || placeholder.match(bare).hasMatch())
            item.answerMarkdown.clear();
        else
            item.answerText = MarkdownText::plain(item.answerMarkdown);
        return item;
    }

    static void removeCommonIndent(QStringList &lines)
    {
        qsizetype indent = -1;
        for (const QString &line : std::as_const(lines)) {
            if (isBlank(line))
                continue;
            qsizetype spaces = 0;
            while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
                ++spaces;
            indent = indent < 0 ? spaces : std::min(indent, spaces);
        }
        if (indent <= 0)
            return;
        for (QString &line : lines)
            line.remove(0, std::min(indent, line.size()));
    }

    // The first heading, when it is a level-1 heading no question uses.
    QString documentTitle() const
    {
        const auto &all = m_lines.headings();
        if (all.isEmpty() || all.first().level != 1 || m_consumed.at(all.first().line))
            return {};
        return MarkdownText::withoutDecoration(all.first().text);
    }

    // Headings above the questions become topics: of the levels with at least two
    // headings over questions, the one over the most questions (the shallower on
    // a tie), and a deeper one for subtopics. One heading over everything ("##
    // Questions") is no grouping, nor is the document's title.
    void placeInTopics(QList<Placed> &items) const
    {
        const QString title = documentTitle();
        QList<const Heading *> groups;
        for (const Heading &heading : m_lines.headings()) {
            if (!m_consumed.at(heading.line) && !(heading.line == m_lines.headings().first().line && !title.isEmpty()))
                groups.append(&heading);
        }
        QList<std::array<const Heading *, 7>> chains;
        std::array<const Heading *, 7> chain {};
        qsizetype next = 0;
        for (const Placed &placed : std::as_const(items)) {
            for (; next < groups.size() && groups.at(next)->line < placed.line; ++next) {
                const Heading *heading = groups.at(next);
                chain[heading->level] = heading;
                std::fill(chain.begin() + heading->level + 1, chain.end(), nullptr);
            }
            auto own = chain;
            std::fill(own.begin() + std::min(placed.level, 7), own.end(), nullptr); // only headings above it
            chains.append(own);
        }
        auto bestLevel = [&](int above) {
            int best = 0;
            qsizetype bestCovered = 0;
            for (int level = above + 1; level <= 6; ++level) {
                QSet<const Heading *> distinct;
                qsizetype covered = 0;
                for (const auto &c : std::as_const(chains)) {
                    if (c[level])
                        distinct.insert(c[level]), ++covered;
                }
                if (distinct.size() >= 2 && covered > bestCovered) {
                    best = level;
                    bestCovered = covered;
                }
            }
            return best;
        };
        const int topicLevel = bestLevel(0);
        if (topicLevel == 0)
            return; // filed by the topic rules instead
        const int subtopicLevel = bestLevel(topicLevel);
        for (qsizetype i = 0; i < items.size(); ++i) {
            BankItem &item = items[i].item;
            // Under no heading of the topics' level: the nearest heading above it.
            const Heading *topic = nullptr;
            for (int level = topicLevel; level >= 1 && !topic; --level)
                topic = chains.at(i)[level];
            item.topic = topic ? titleOf(topic->text).text : MarkdownBankText::tr("General");
            if (subtopicLevel > 0 && chains.at(i)[subtopicLevel])
                item.subtopic = titleOf(chains.at(i)[subtopicLevel]->text).text;
        }
    }

    // Sections whose text went into no question: a table of contents, an
    // introduction, a tutorial. Each is listed once, at its heading.
    QList<SkippedPart> sectionsLeftOut() const
    {
        // A list or a table of links into the file itself.
        static const Re tocLine(
            QStringLiteral("^\\s*(?:(?:(?:[-*+]|\\d+[.)])\\s+)?\\[[^\\]]*\\]\\(#[^)]*\\).*|\\|.*\\]\\(#.*|"
                           "\\|[-:| ]+\\|?)$"));
        QList<SkippedPart> skipped;
        const int titleLine = documentTitle().isEmpty() ? -1 : m_lines.headings().first().line;
        auto check = [&](int begin, int end, const Heading *heading) {
            int content = 0, toc = 0;
            for (int line = begin; line < end; ++line) {
                const QString &text = m_lines.at(line);
                if (m_consumed.at(line) || isBlank(text) || isSeparator(text) || isNavigation(text)
                    || (!m_lines.isCode(line) && metadataOf(text)))
                    continue;
                ++content;
                if (mayBeMarkup(text) && tocLine.match(text).hasMatch())
                    ++toc;
            }
            if (content == 0)
                return;
            const int line = heading ? heading->line + 1 : begin + 1;
            if (toc * 10 >= content * 9)
                skipped.append({line, MarkdownBankText::tr("a table of contents; left out")});
            else if (heading && heading->line == titleLine)
                skipped.append({line,
                                MarkdownBankText::tr("the introduction under the title is left out (%n line(s))",
                                                     nullptr, content)});
            else if (heading)
                skipped.append(
                    {line,
                     MarkdownBankText::tr("\u201c%1\u201d is not a question; its text is left out (%n line(s))",
                                          nullptr, content)
                         .arg(shortened(heading->text))});
            else
                skipped.append(
                    {line,
                     MarkdownBankText::tr("text before the first heading is not a question; left out (%n line(s))",
                                          nullptr, content)});
        };
        const auto &all = m_lines.headings();
        check(0, all.isEmpty() ? m_lines.size() : all.first().line, nullptr);
        for (const Heading &heading : all) {
            if (!m_consumed.at(heading.line))
                check(heading.line + 1, m_lines.sectionEnd(heading), &heading);
        }
        return skipped;
    }

    const Lines &m_lines;
    const BankShape m_shape;
    QList<bool> m_consumed;
};

// Explicit markers (a "**Question:**" label, a <details> block) say more than a
// heading that reads like a question, and headings more than bold lines.
double weightOf(BankShape::Questions questions)
{
    switch (questions) {
    case BankShape::Questions::Labels:
    case BankShape::Questions::Details:
        return 1.25;
    case BankShape::Questions::Headings:
        return 1.0;
    case BankShape::Questions::BoldLines:
        return 0.9;
    }
    return 1.0;
}

} // namespace

ParsedBank MarkdownBank::read(const QString &text, const BankShape &shape)
{
    const Lines lines(text);
    ShapeReader reader(lines, shape);
    return reader.read(reader.ownQuestions());
}

ParsedBank MarkdownBank::detect(const QString &text)
{
    const Lines lines(text);
    QList<BankShape> candidates;
    QSet<int> levels;
    for (const Heading &heading : lines.headings())
        levels.insert(heading.level);
    for (int level = 1; level <= 6; ++level) {
        if (levels.contains(level)) {
            BankShape shape;
            shape.questions = BankShape::Questions::Headings;
            shape.headingLevel = level;
            candidates.append(shape);
        }
    }
    for (auto questions :
         {BankShape::Questions::Labels, BankShape::Questions::Details, BankShape::Questions::BoldLines}) {
        BankShape shape;
        shape.questions = questions;
        candidates.append(shape);
    }

    BankShape best;
    QList<Found> bestQuestions;
    double bestScore = 0, secondScore = 0;
    for (const BankShape &shape : std::as_const(candidates)) {
        QList<Found> questions = ShapeReader(lines, shape).ownQuestions();
        const double score = double(ShapeReader::countAnswered(questions)) * weightOf(shape.questions);
        if (score > bestScore) {
            secondScore = bestScore;
            bestScore = score;
            best = shape;
            bestQuestions = std::move(questions);
        } else {
            secondScore = std::max(secondScore, score);
        }
    }
    ParsedBank bank = ShapeReader(lines, best).read(std::move(bestQuestions));
    bank.shapeIsCertain = bestScore > 0 && secondScore < 0.7 * bestScore;
    return bank;
}

} // namespace sdstudy::core
