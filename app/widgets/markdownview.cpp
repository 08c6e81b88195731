#include "markdownview.h"

#include "codeblockhighlighter.h"

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
    if (!m_highlighting && CodeBlockHighlighter::hasCode(document())) {
        new CodeBlockHighlighter(document());
        m_highlighting = true;
    }
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    ++m_refusedResources;
    return {};
}
