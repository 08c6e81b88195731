#pragma once

#include <QObject>
#include <QStringList>

namespace sdstudy::core {

// What changed in the study database, said once a write is committed, so that the
// window's views, the backup scheduler and the dashboard each subscribe once and no
// writer has to remember who shows what (as qBittorrent's Session and Zeal's
// DocsetRegistry announce their changes). The stores report through Database,
// which holds the announcements of a transaction until it commits and drops them
// if it rolls back: a view never shows what the disk does not hold.
class LibraryChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryChanges)

public:
    enum class Kind { Bookmarks, Notes, Reviews, Banks, Sketches, Concepts };

    LibraryChanges() = default;

    // Says that `ids` of one kind changed: one signal for them all.
    void emitChanged(Kind kind, const QStringList &ids);

Q_SIGNALS:
    // Bookmarks set, re-flagged or cleared, by question id.
    void bookmarksChanged(const QStringList &questionIds);
    // Notes written or deleted, by question id.
    void notesChanged(const QStringList &questionIds);
    // Answers recorded or taken back, and schedules merged, by concept id.
    void reviewsChanged(const QStringList &conceptIds);
    // Banks imported, updated or removed, by bank key: questions, topics, concepts.
    void banksChanged(const QStringList &bankKeys);
    // Whiteboard sketches saved or cleared, by question id.
    void sketchesChanged(const QStringList &questionIds);
    // Questions that moved to another concept (split, joined, or regrouped by an
    // import), by question id.
    void conceptsChanged(const QStringList &questionIds);
};

} // namespace sdstudy::core
