#pragma once

#include <QTextDocument>

// A text document for content the app did not write (a bank's answers, a person's
// note, an Anki card): it never reads anything from outside. QTextDocument reads a
// picture's file itself when nothing else supplies it (`![x](/etc/passwd)`, a
// `data:` URL, a FIFO that hangs, `/dev/zero` that exhausts memory), and its HTML
// parser fetches `<link rel=stylesheet>` and `@import`. Here only pictures the app
// adds with addResource() are shown; any other picture becomes its alt text and a
// marker, and a style sheet from outside is empty.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // GitHub Markdown with HTML shown as written, outside pictures replaced.
    void setUntrustedMarkdown(const QString &markdown);
    // HTML (an Anki card's), with outside pictures replaced and nothing loaded.
    void setUntrustedHtml(const QString &html);

    // How many pictures were replaced by the last setUntrusted...() call.
    int picturesNotShown() const { return m_picturesNotShown; }
    // How many times layout or parsing asked for a resource that was not supplied.
    int refusedResources() const { return m_refusedResources; }

    // What a picture that is not shown becomes: "alt text [image not shown]".
    static QString pictureNotShownText(const QString &altText);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void replacePictures();

    int m_picturesNotShown = 0;
    int m_refusedResources = 0;
};
