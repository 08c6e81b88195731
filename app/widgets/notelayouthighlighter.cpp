#include "widgets/notelayouthighlighter.h"

#include <QFontDatabase>

namespace sdstudy::widgets {

namespace {

enum BlockState { Text = 0, InFence = 1 };

} // namespace

NoteLayoutHighlighter::NoteLayoutHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code.setFontFixedPitch(true);
}

void NoteLayoutHighlighter::highlightBlock(const QString &text)
{
    const bool fence = text.trimmed().startsWith(QLatin1String("```"));
    const bool inFence = previousBlockState() == InFence;
    setCurrentBlockState(inFence != fence ? InFence : Text);
    if (fence || inFence) {
        setFormat(0, int(text.size()), m_code);
        return;
    }
    for (qsizetype open = text.indexOf(QLatin1Char('`')); open >= 0;) {
        const qsizetype close = text.indexOf(QLatin1Char('`'), open + 1);
        if (close < 0)
            break;
        setFormat(int(open), int(close - open + 1), m_code);
        open = text.indexOf(QLatin1Char('`'), close + 1);
    }
}

} // namespace sdstudy::widgets
