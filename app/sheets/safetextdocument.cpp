#include "sheets/safetextdocument.h"

#include "core/attachmentstore.h"

#include <QBuffer>
#include <QImageReader>
#include <QRegularExpression>
#include <QUrl>

#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>

namespace sdstudy::sheets {

namespace {
// 8000 x 6000: more than any screenshot, far less than a picture made to exhaust memory;
// and a text shows no more pixels than a few such pictures, however many it names.
constexpr qint64 kMostAttachmentPixels = 48'000'000;
constexpr qint64 kMostPixelsPerText = 64'000'000;
} // namespace

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{ }

void SafeTextDocument::setUntrustedMarkdown(const QString &markdown)
{
    m_decoded.clear();
    m_decodedPixels = 0;
    // MarkdownNoHTML: "<script>" and "<img src=...>" stay literal text.
    setMarkdown(markdown, MarkdownFeatures(MarkdownDialectGitHub | MarkdownNoHTML));
    replacePictures();
}

void SafeTextDocument::setUntrustedHtml(const QString &html)
{
    m_decoded.clear();
    m_decodedPixels = 0;
    setHtml(html);
    replacePictures();
}

QString SafeTextDocument::pictureNotShownText(const QString &altText)
{
    const QString marker = tr("[image not shown]");
    const QString alt = altText.simplified();
    return alt.isEmpty() ? marker : alt + QLatin1Char(' ') + marker;
}

QImage SafeTextDocument::attachment(const QUrl &name)
{
    static const QRegularExpression id(QStringLiteral("^[0-9a-f]{64}$"));
    if (!m_attachments || name.scheme() != core::AttachmentStore::kScheme || !id.match(name.path()).hasMatch())
        return {};
    const QString key = name.path();
    if (const auto known = m_decoded.constFind(key); known != m_decoded.cend())
        return *known;
    QImage image;
    if (const auto bytes = m_attachments(key); bytes && core::AttachmentStore::idOf(*bytes) == key) {
        QBuffer buffer;
        buffer.setData(*bytes);
        QImageReader reader(&buffer);
        // A picture that claims to be huge is not decoded (a decompression bomb).
        const QSize size = reader.size();
        const qint64 pixels = size.isValid() ? qint64(size.width()) * size.height() : kMostAttachmentPixels + 1;
        if (pixels <= kMostAttachmentPixels && m_decodedPixels + pixels <= kMostPixelsPerText) {
            image = reader.read();
            m_decodedPixels += image.isNull() ? 0 : pixels;
        }
    }
    m_decoded.insert(key, image);
    return image;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    // Never QTextDocument::loadResource: it would read the file or decode the data:
    // URL. What the app supplies comes from addResource() and is found before this
    // is asked. A picture gets an empty one, not nothing: given nothing, Qt's image
    // handler reads the file itself while laying out (before replacePictures()).
    if (type == ImageResource) {
        if (const QImage picture = attachment(name); !picture.isNull())
            return picture;
    }
    ++m_refusedResources;
    if (type == ImageResource) {
        QImage transparent(1, 1, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        return transparent;
    }
    return QString();
}

void SafeTextDocument::replacePictures()
{
    struct Picture
    {
        int position;
        int length;
        QString alt;
        QTextCharFormat around; // the text's format, without the picture
    };
    QList<Picture> pictures;
    struct Kept
    {
        int position;
        int length;
    };
    QList<Kept> kept;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            if (const QImage picture = attachment(QUrl(format.toImageFormat().name())); !picture.isNull()) {
                kept.append({fragment.position(), fragment.length()});
                continue;
            }
            QTextCharFormat text = format;
            text.setObjectType(QTextFormat::NoObject);
            text.clearProperty(QTextFormat::ImageName);
            text.setFontItalic(true);
            text.setToolTip(tr("Pictures named by a file or a web address are never loaded. "
                               "Paste the picture into your note to keep it."));
            pictures.append({fragment.position(), fragment.length(),
                             format.toImageFormat().stringProperty(QTextFormat::ImageAltText), text});
        }
    }
    m_picturesNotShown = int(pictures.size());
    // A kept picture is never wider than the text: a screenshot in a narrow pane
    // or a printed column shrinks to fit, keeping its proportions.
    QTextCursor sizing(this);
    for (const Kept &picture : std::as_const(kept)) {
        sizing.setPosition(picture.position);
        sizing.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
        QTextImageFormat format = sizing.charFormat().toImageFormat();
        format.setMaximumWidth(QTextLength(QTextLength::PercentageLength, 100));
        sizing.setCharFormat(format);
    }
    // From the end, so the positions of the ones before stay right.
    QTextCursor cursor(this);
    for (auto it = pictures.crbegin(); it != pictures.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(pictureNotShownText(it->alt), it->around);
    }
}

} // namespace sdstudy::sheets
