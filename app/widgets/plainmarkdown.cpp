#include "widgets/plainmarkdown.h"

#include <QRegularExpression>

namespace sdstudy::widgets::PlainMarkdown {

QString from(const QString &markdown, qsizetype longest, Lines lines)
{
    static const QRegularExpression picture(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    // A code fence's line, with the language it names ("```cpp"): the code reads on its own.
    static const QRegularExpression fence(QStringLiteral("(^|\\n)[ \\t]*(```|~~~)[^\\n]*"));
    static const QRegularExpression headingOrQuote(QStringLiteral("(^|\\n)[ \\t]*(#{1,6}\\s+|>\\s*)"));
    static const QRegularExpression listMark(QStringLiteral("(^|\\n)([ \\t]*)([-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression emphasis(QStringLiteral("\\*{1,3}|_{2,3}|`+|~~"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression blankLines(QStringLiteral("[ \\t]*\\n\\s*\\n\\s*"));
    // Read a little more than is kept: the marks taken out make it shorter.
    QString text = markdown.left(longest * 2);
    text.replace(fence, QStringLiteral("\\1"))
        .replace(picture, QStringLiteral("\\1"))
        .replace(link, QStringLiteral("\\1"))
        .replace(headingOrQuote, QStringLiteral("\\1"));
    if (lines == Lines::Kept) {
        // A list stays a list: each item on its line, with a bullet.
        text.replace(listMark, QStringLiteral("\\1\\2• ")).remove(emphasis).replace(blankLines, QStringLiteral("\n"));
    } else {
        text.replace(listMark, QStringLiteral("\\1")).remove(emphasis).replace(space, QStringLiteral(" "));
    }
    return text.trimmed().left(longest);
}

QString escaped(const QString &text)
{
    static const QString markup = QStringLiteral("\\`*_[]<>#|~");
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (markup.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace sdstudy::widgets::PlainMarkdown
