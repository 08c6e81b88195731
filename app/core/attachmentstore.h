#pragma once

#include "core/mergeoutcome.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sdstudy::core {

class Database;

// Pictures in the person's notes, kept in the database so that a note never refers
// to a file on the disk: a note says ![alt](attachment:ID), where ID is the SHA-256
// of the picture's bytes, so the same picture is stored once and a note's
// reference cannot be pointed at anything else. Only PNG and JPEG are kept.
class AttachmentStore final
{
public:
    // A screenshot is some hundreds of kilobytes; beyond this it is not a note's picture.
    static constexpr qint64 kMostBytes = 4 * 1024 * 1024;
    static const QString kScheme; // "attachment"

    struct Attachment
    {
        QString id;
        QString mime;
        QByteArray data;
    };

    explicit AttachmentStore(Database &database);

    // Stores a picture (once) and returns its id; on failure (too large, not PNG or
    // JPEG, the disk) sets *error and stores nothing.
    std::optional<QString> add(const QByteArray &data, QString *error);
    // A picture from a progress file: added if new, unchanged if kept already.
    MergeOutcome merge(const QByteArray &data, QString *error);
    std::optional<Attachment> get(const QString &id) const;
    // get() as a function of the id, for the text documents that show notes.
    std::function<std::optional<QByteArray>(const QString &id)> reader() const;

    // The ids a Markdown text refers to, in order, each once.
    static QStringList referencedBy(const QString &markdown);
    // The Markdown that shows the picture.
    static QString markdownFor(const QString &id, const QString &altText);
    // The type of picture the bytes hold, or empty if not one that is kept.
    static QString mimeOf(const QByteArray &data);
    static QString idOf(const QByteArray &data);

private:
    Database &m_database;
};

} // namespace sdstudy::core
