#include "widgets/markdownview.h"

#include "sheets/safetextdocument.h"
#include "widgets/syntaxhighlighting.h"
#include "widgets/syntaxloader.h"

#include <QEvent>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QUrl>

namespace sdstudy::widgets {

namespace {

// Whether the document has a fenced code block that names its language.
bool hasCode(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.stringProperty(QTextFormat::BlockCodeLanguage).isEmpty())
            return true;
    }
    return false;
}

} // namespace

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
    // Syntax highlighting loads on the first code block, not before, and beside
    // the window: the code is coloured once it is ready.
    if (!m_highlighter && !m_waitingForSyntax && hasCode(m_document)) {
        m_waitingForSyntax = true;
        SyntaxLoader::preload();
        SyntaxLoader::whenLoaded(this, [this] { attachHighlighter(); });
    }
}

void MarkdownView::attachHighlighter()
{
    m_waitingForSyntax = false;
    SyntaxHighlighting *syntax = SyntaxLoader::highlighting();
    if (!syntax)
        return;
    m_highlighter = syntax->highlightCodeBlocks(m_document, palette());
    m_highlighter->rehighlight();
    viewport()->update();
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
        SyntaxLoader::highlighting()->followPalette(m_highlighter, palette());
    QTextBrowser::changeEvent(event);
}

} // namespace sdstudy::widgets
