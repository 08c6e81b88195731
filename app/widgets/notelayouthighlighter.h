#pragma once

#include <QSyntaxHighlighter>

namespace sdstudy::widgets {

// Sets a note's code, fenced blocks and `inline` spans, in the monospace font
// the full highlighting (SyntaxHighlighting) gives it, until that is loaded: the
// note on show at start then keeps its layout when its colours arrive, instead
// of reflowing from proportional to monospace text.
class NoteLayoutHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteLayoutHighlighter)

public:
    explicit NoteLayoutHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_code; // the system's monospace font, looked up once, not per line
};

} // namespace sdstudy::widgets
