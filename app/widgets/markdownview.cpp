#include "markdownview.h"

#include "codeblockhighlighter.h"

#include <QEvent>
#include <QUrl>

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void MarkdownView::showMarkdown(const QString &markdown)
{
    // MarkdownNoHTML: "<script>" and "<img src=http://...>" stay literal text.
    document()->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    // Syntax definitions load on the first code block, not before.
    if (!m_highlighter && CodeBlockHighlighter::hasCode(document()))
        m_highlighter = new CodeBlockHighlighter(document());
}

void MarkdownView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->followPalette();
    QTextBrowser::changeEvent(event);
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    ++m_refusedResources;
    return {};
}
