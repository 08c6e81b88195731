#pragma once

#include <QtPlugin>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;
class QThread;

namespace sdstudy::widgets {

// Colouring by KDE Syntax Highlighting, done by a plugin (app/syntax) that
// SyntaxLoader loads when a note or a code block is first coloured. Linked into
// the app, the library and what it brings (Qt Network, and through it libproxy,
// curl and three TLS libraries: about 40 shared libraries) cost every start
// 8 MB and about 25 ms on the development machine, for a window that seldom
// shows code or a note at once.
class SyntaxHighlighting
{
public:
    virtual ~SyntaxHighlighting() = default;

    // Reads the definitions, and the Markdown definition notes use with the
    // languages its code fences embed (a tenth of a second), and hands them to
    // `owner`, the thread that colours. Blocks; on any thread, once, before any
    // other call.
    virtual void readDefinitions(QThread *owner) = 0;
    // Frees the definitions: before the application object is gone, after the
    // last highlighter, on the owner's thread.
    virtual void releaseDefinitions() = 0;
    // Colours a note's Markdown while it is written, code in a monospace font.
    virtual QSyntaxHighlighter *highlightNote(QTextDocument *document, const QPalette &palette) = 0;
    // Colours the fenced code blocks of a rendered document, each in its language.
    virtual QSyntaxHighlighter *highlightCodeBlocks(QTextDocument *document, const QPalette &palette) = 0;
    // Colours again in the light or dark theme that matches the palette.
    virtual void followPalette(QSyntaxHighlighter *highlighter, const QPalette &palette) = 0;
};

} // namespace sdstudy::widgets

// Change the number with the interface: a plugin built for another is refused.
#define SDSTUDY_SYNTAX_HIGHLIGHTING_IID "io.github.sdstudy.SystemDesignStudy.SyntaxHighlighting/1"
Q_DECLARE_INTERFACE(sdstudy::widgets::SyntaxHighlighting, SDSTUDY_SYNTAX_HIGHLIGHTING_IID)
