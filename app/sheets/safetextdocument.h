#pragma once

#include <QHash>
#include <QImage>
#include <QTextDocument>

#include <functional>
#include <optional>

namespace sdstudy::sheets {

// A text document for content the app did not write (a bank's answers, a person's
// note, an Anki card): it never reads anything from outside. QTextDocument reads a
// picture's file itself when nothing else supplies it (`![x](/etc/passwd)`, a
// `data:` URL, a FIFO that hangs, `/dev/zero` that exhausts memory), and its HTML
// parser fetches `<link rel=stylesheet>` and `@import`. Here only pictures the app
// adds with addResource() are shown; any other picture becomes its alt text and a
// marker, and a style sheet from outside is empty. The one exception is a picture
// the person keeps in the database (![alt](attachment:ID), see AttachmentStore),
// shown when an attachment source is set and its bytes decode within bounds.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // Where attachment:ID pictures come from: their bytes, or nullopt if unknown.
    using AttachmentSource = std::function<std::optional<QByteArray>(const QString &id)>;
    void setAttachmentSource(AttachmentSource source) { m_attachments = std::move(source); }

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
    // The attachment's picture, decoded once per document; a null image if it cannot be had.
    QImage attachment(const QUrl &name);

    AttachmentSource m_attachments;
    QHash<QString, QImage> m_decoded; // attachment id -> picture, for the text on show
    qint64 m_decodedPixels = 0;
    int m_picturesNotShown = 0;
    int m_refusedResources = 0;
};

} // namespace sdstudy::sheets
