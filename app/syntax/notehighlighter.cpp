#include "syntax/notehighlighter.h"

#include "syntax/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>

#include <QFontDatabase>

namespace sdstudy::syntax {

NoteHighlighter::NoteHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    const KSyntaxHighlighting::Definition markdown
        = SyntaxRepository::instance().definitionForName(QStringLiteral("Markdown"));
    for (const KSyntaxHighlighting::Format &format : markdown.formats()) {
        m_markdownFormats.insert(format.id());
        const QString name = format.name();
        if (name == QLatin1String("Code") || name == QLatin1String("Fenced Code"))
            m_codeFormats.insert(format.id());
        else if (name.startsWith(QLatin1String("Metadata")))
            m_metadataFormats.insert(format.id());
    }
    setDefinition(markdown);
}

void NoteHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (m_metadataFormats.contains(format.id()))
        return; // a note has no front matter: its first line is text like any other
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    if (length <= 0 || (m_markdownFormats.contains(format.id()) && !m_codeFormats.contains(format.id())))
        return;
    QTextCharFormat code = QSyntaxHighlighter::format(offset);
    code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    code.setFontFixedPitch(true);
    setFormat(offset, length, code);
}

} // namespace sdstudy::syntax
