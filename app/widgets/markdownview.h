#pragma once

#include <QTextBrowser>

class QSyntaxHighlighter;

#include <functional>
#include <optional>

namespace sdstudy::sheets {
class SafeTextDocument;
} // namespace sdstudy::sheets

namespace sdstudy::widgets {

// Shows Markdown from a bank or a person's note as text and nothing else: raw HTML
// is shown as written, never interpreted, and nothing is ever read from outside
// (no pictures from files, data: URLs or the network; see SafeTextDocument).
// Fenced code blocks are coloured in their language.
class MarkdownView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void showMarkdown(const QString &markdown);

    // Shows the person's own pictures (attachment:ID) from this source; none without one.
    void setAttachmentSource(std::function<std::optional<QByteArray>(const QString &id)> source);

    // QTextBrowser reads files here; this view never does.
    QVariant loadResource(int type, const QUrl &name) override;

    // How many pictures of the Markdown on show were replaced by their alt text.
    int picturesNotShown() const;
    // How many times the document asked for an outside resource and was refused.
    int refusedResources() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void attachHighlighter();

    sheets::SafeTextDocument *m_document;
    QSyntaxHighlighter *m_highlighter = nullptr; // made on the first code block
    bool m_waitingForSyntax = false;
};

} // namespace sdstudy::widgets
