#pragma once

#include <QTextBrowser>

class CodeBlockHighlighter;

// Shows Markdown from a bank or a person's note as text and nothing else: raw HTML
// is shown as written, never interpreted, and no resource is ever fetched (no
// remote images, no scripts). Fenced code blocks are coloured in their language.
class MarkdownView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void showMarkdown(const QString &markdown);

    QVariant loadResource(int type, const QUrl &name) override;

    // How many times the document asked for an outside resource and was refused.
    int refusedResources() const { return m_refusedResources; }

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_refusedResources = 0;
    CodeBlockHighlighter *m_highlighter = nullptr; // made on the first code block
};
