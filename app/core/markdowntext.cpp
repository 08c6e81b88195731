#include "core/markdowntext.h"

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

} // namespace sdstudy::core::MarkdownText
