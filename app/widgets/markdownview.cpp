#include "widgets/markdownview.h"

#include "sheets/safetextdocument.h"
#include "widgets/codeblockhighlighter.h"

#include <QEvent>
#include <QUrl>

namespace sdstudy::widgets {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new sheets::SafeTextDocument(this))
{
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void MarkdownView::showMarkdown(const QString &markdown)
{
    m_document->setUntrustedMarkdown(markdown);
    // Syntax definitions load on the first code block, not before.
    if (!m_highlighter && CodeBlockHighlighter::hasCode(m_document))
        m_highlighter = new CodeBlockHighlighter(m_document);
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void MarkdownView::setAttachmentSource(std::function<std::optional<QByteArray>(const QString &id)> source)
{
    m_document->setAttachmentSource(std::move(source));
}

int MarkdownView::picturesNotShown() const
{
    return m_document->picturesNotShown();
}

int MarkdownView::refusedResources() const
{
    return m_document->refusedResources();
}

void MarkdownView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->followPalette();
    QTextBrowser::changeEvent(event);
}

} // namespace sdstudy::widgets
