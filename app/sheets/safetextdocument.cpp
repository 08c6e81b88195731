#include "safetextdocument.h"

#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{
}

void SafeTextDocument::setUntrustedMarkdown(const QString &markdown)
{
    // MarkdownNoHTML: "<script>" and "<img src=...>" stay literal text.
    setMarkdown(markdown, MarkdownFeatures(MarkdownDialectGitHub | MarkdownNoHTML));
    replacePictures();
}

void SafeTextDocument::setUntrustedHtml(const QString &html)
{
    setHtml(html);
    replacePictures();
}

QString SafeTextDocument::pictureNotShownText(const QString &altText)
{
    const QString marker = tr("[image not shown]");
    const QString alt = altText.simplified();
    return alt.isEmpty() ? marker : alt + QLatin1Char(' ') + marker;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    // Never QTextDocument::loadResource: it would read the file or decode the data:
    // URL. What the app supplies comes from addResource() and is found before this
    // is asked. A picture gets an empty one, not nothing: given nothing, Qt's image
    // handler reads the file itself while laying out (before replacePictures()).
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
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            QTextCharFormat text = format;
            text.setObjectType(QTextFormat::NoObject);
            text.clearProperty(QTextFormat::ImageName);
            text.setFontItalic(true);
            pictures.append({fragment.position(), fragment.length(),
                             format.toImageFormat().stringProperty(QTextFormat::ImageAltText), text});
        }
    }
    m_picturesNotShown = int(pictures.size());
    // From the end, so the positions of the ones before stay right.
    QTextCursor cursor(this);
    for (auto it = pictures.crbegin(); it != pictures.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(pictureNotShownText(it->alt), it->around);
    }
}
