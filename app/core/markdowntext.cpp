#include "core/markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

#include <md4c.h>

namespace sdstudy::core::MarkdownText {

namespace {

class PlainCollector
{
public:
    QString run(const QByteArray &utf8)
    {
        MD_PARSER parser {};
        parser.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
        parser.enter_block = [](MD_BLOCKTYPE type, void *, void *self) {
            static_cast<PlainCollector *>(self)->separate(type);
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
        parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            auto &out = static_cast<PlainCollector *>(self)->m_text;
            out += type == MD_TEXT_SOFTBR || type == MD_TEXT_BR ? QStringLiteral(" ") : QString::fromUtf8(text, size);
            return 0;
        };
        md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, this);
        return m_text.trimmed();
    }

private:
    void separate(MD_BLOCKTYPE type)
    {
        if (m_text.isEmpty())
            return;
        const bool lineBreak = type == MD_BLOCK_P || type == MD_BLOCK_LI || type == MD_BLOCK_CODE || type == MD_BLOCK_TR
            || type == MD_BLOCK_QUOTE || type == MD_BLOCK_H;
        if (lineBreak && !m_text.endsWith(QLatin1Char('\n')))
            m_text += QLatin1Char('\n');
        else if (type == MD_BLOCK_TD || type == MD_BLOCK_TH)
            m_text += QLatin1Char(' ');
    }

    QString m_text;
};

} // namespace

QString plain(const QString &markdown)
{
    return PlainCollector().run(markdown.toUtf8());
}

QString withoutDecoration(QString text)
{
    auto decoration = [](QChar c) {
        return c.category() == QChar::Symbol_Other || c.isSurrogate() || c.isSpace() || c.unicode() == 0x200D
            || c.unicode() == 0xFE0F;
    };
    while (!text.isEmpty() && decoration(text.back()))
        text.chop(1);
    while (!text.isEmpty() && decoration(text.front()))
        text.remove(0, 1);
    return text;
}

QString withoutLayoutHtml(const QString &markdown)
{
    using Re = QRegularExpression;
    static const Re anyTag(QStringLiteral("<[a-zA-Z/!][^>]*>"));
    static const Re fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const Re breakTag(QStringLiteral("<br\\s*/?>"), Re::CaseInsensitiveOption);
    static const Re bold(QStringLiteral("</?(?:b|strong)>"), Re::CaseInsensitiveOption);
    static const Re italic(QStringLiteral("</?(?:i|em)>"), Re::CaseInsensitiveOption);
    static const Re spacedBold(QStringLiteral("<(?:b|strong)>(\\s*+)([^<]*?)(\\s*+)</(?:b|strong)>"),
                               Re::CaseInsensitiveOption);
    static const Re code(QStringLiteral("</?code>"), Re::CaseInsensitiveOption);
    static const Re layout(QStringLiteral("</?(?:p|div|span|center|font|u|sup|sub|small|big|section|article)\\b[^>]*>"),
                           Re::CaseInsensitiveOption);
    static const Re link(QStringLiteral("<a\\s[^>]*?href=\"([^\"]*+)\"[^>]*+>(.*?)</a>"), Re::CaseInsensitiveOption);
    static const Re image(QStringLiteral("<img\\s[^>]*?(?:alt=\"([^\"]*)\")?[^>]*>"), Re::CaseInsensitiveOption);
    if (!markdown.contains(QLatin1Char('<')))
        return markdown;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList kept;
    bool inCode = false;
    for (QString line : lines) {
        if (fence.match(line).hasMatch())
            inCode = !inCode;
        if (inCode || !line.contains(QLatin1Char('<'))) {
            kept.append(line);
            continue;
        }
        // A line of tags only ("<br><b>", "</p>") holds no words.
        if (QString(line).remove(anyTag).trimmed().isEmpty()) {
            if (!kept.isEmpty() && !kept.last().trimmed().isEmpty())
                kept.append(QString());
            continue;
        }
        // Past this, a line is not layout but a wall of text (or of tags written to
        // slow the patterns below down): its tags are shown as written.
        constexpr qsizetype kLongestLayoutLine = 4000;
        if (line.size() > kLongestLayoutLine) {
            kept.append(line);
            continue;
        }
        line.replace(breakTag, QStringLiteral(" "));
        // "<b>bold </b>" would be "**bold **", which Markdown does not read as bold.
        line.replace(spacedBold, QStringLiteral("\\1**\\2**\\3"));
        line.replace(bold, QStringLiteral("**"));
        line.replace(italic, QStringLiteral("*"));
        line.replace(code, QStringLiteral("`"));
        line.replace(link, QStringLiteral("[\\2](\\1)"));
        line.replace(image, QStringLiteral("\\1"));
        line.remove(layout);
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
        kept.removeLast();
    while (!kept.isEmpty() && kept.first().trimmed().isEmpty())
        kept.removeFirst();
    return kept.join(QLatin1Char('\n'));
}

} // namespace sdstudy::core::MarkdownText
