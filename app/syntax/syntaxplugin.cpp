#include "syntax/syntaxplugin.h"

#include "syntax/codeblockhighlighter.h"
#include "syntax/notehighlighter.h"
#include "syntax/syntaxrepository.h"

namespace sdstudy::syntax {

void SyntaxPlugin::readDefinitions(QThread *owner)
{
    SyntaxRepository::read(owner);
}

void SyntaxPlugin::releaseDefinitions()
{
    SyntaxRepository::release();
}

QSyntaxHighlighter *SyntaxPlugin::highlightNote(QTextDocument *document, const QPalette &palette)
{
    auto *highlighter = new NoteHighlighter(document);
    highlighter->setTheme(SyntaxRepository::themeFor(palette));
    return highlighter;
}

QSyntaxHighlighter *SyntaxPlugin::highlightCodeBlocks(QTextDocument *document, const QPalette &palette)
{
    return new CodeBlockHighlighter(document, palette);
}

void SyntaxPlugin::followPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *note = qobject_cast<NoteHighlighter *>(highlighter)) {
        note->setTheme(SyntaxRepository::themeFor(palette));
        note->rehighlight();
    } else if (auto *code = qobject_cast<CodeBlockHighlighter *>(highlighter)) {
        code->followPalette(palette);
    }
}

} // namespace sdstudy::syntax
