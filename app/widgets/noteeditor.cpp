#include "widgets/noteeditor.h"

#include "core/attachmentstore.h"
#include "core/inputfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QUrl>

namespace sdstudy::widgets {

namespace {

bool isPictureFile(const QUrl &url)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")};
    return url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower());
}

} // namespace

NoteEditor::NoteEditor(core::AttachmentStore &attachments, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_attachments(attachments)
{ }

std::optional<QByteArray> NoteEditor::encode(const QImage &picture, QString *error)
{
    const QImage kept
        = picture.width() > kWidestKept ? picture.scaledToWidth(kWidestKept, Qt::SmoothTransformation) : picture;
    for (const char *format : {"PNG", "JPEG"}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (kept.save(&buffer, format, format == QByteArrayView("JPEG") ? 85 : -1)
            && bytes.size() <= core::AttachmentStore::kMostBytes)
            return bytes;
    }
    *error = tr("the picture is too large to keep in a note, even as JPEG");
    return std::nullopt;
}

bool NoteEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (source->hasImage())
        return true;
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (std::any_of(urls.cbegin(), urls.cend(), isPictureFile))
            return true;
    }
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void NoteEditor::insertFromMimeData(const QMimeData *source)
{
    if (const auto pictures = keepPictures(source)) {
        if (!pictures->isEmpty())
            textCursor().insertText(pictures->join(QLatin1Char('\n')));
        return;
    }
    // Text only: a file's path or URL would be a reference to the disk, so plain text it is.
    QPlainTextEdit::insertFromMimeData(source);
}

std::optional<QStringList> NoteEditor::keepPictures(const QMimeData *source)
{
    QList<std::pair<QByteArray, QString>> pictures; // bytes, alt text
    QString error;
    if (source->hasImage()) {
        const auto bytes = encode(qvariant_cast<QImage>(source->imageData()), &error);
        if (!bytes) {
            Q_EMIT pictureRefused(error);
            return QStringList();
        }
        pictures.append({*bytes, tr("Pasted picture")});
    } else if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (!isPictureFile(url))
                continue;
            // The person chose this file: its bytes are kept, never its path.
            auto bytes = core::InputFile::read(url.toLocalFile(), core::AttachmentStore::kMostBytes * 4, &error);
            if (bytes && core::AttachmentStore::mimeOf(*bytes).isEmpty())
                bytes.reset(), error = tr("%1 is not a PNG or JPEG picture").arg(url.toLocalFile());
            if (bytes && bytes->size() > core::AttachmentStore::kMostBytes)
                bytes = encode(QImage::fromData(*bytes), &error);
            if (!bytes) {
                Q_EMIT pictureRefused(error);
                return QStringList();
            }
            pictures.append({*bytes, QFileInfo(url.toLocalFile()).completeBaseName()});
        }
    }
    if (pictures.isEmpty())
        return std::nullopt;
    QStringList markdown;
    for (const auto &[bytes, alt] : std::as_const(pictures)) {
        const auto id = m_attachments.add(bytes, &error);
        if (!id) {
            Q_EMIT pictureRefused(error);
            return QStringList();
        }
        markdown.append(core::AttachmentStore::markdownFor(*id, alt));
    }
    return markdown;
}

} // namespace sdstudy::widgets
