#pragma once

#include <QPlainTextEdit>

#include <optional>

namespace sdstudy::core {
class AttachmentStore;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// The note's editor: plain Markdown text, except that a pasted or dropped picture
// (a screenshot, an image file) is kept in the database as an attachment and the
// note gets ![alt](attachment:ID) in its place. A path on the disk never goes
// into a note.
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    // A picture wider than this is scaled down before it is kept.
    static constexpr int kWidestKept = 1920;

    explicit NoteEditor(core::AttachmentStore &attachments, QWidget *parent = nullptr);

    // The bytes kept for a picture: PNG, or JPEG when PNG would be over the limit.
    static std::optional<QByteArray> encode(const QImage &picture, QString *error);

Q_SIGNALS:
    // A picture could not be kept (too large, not a picture, the disk); the note is unchanged.
    void pictureRefused(const QString &reason);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    // The Markdown for each picture the data holds, or nullopt if it holds none.
    std::optional<QStringList> keepPictures(const QMimeData *source);

    core::AttachmentStore &m_attachments;
};

} // namespace sdstudy::widgets
