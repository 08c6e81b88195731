#pragma once

#include <QByteArray>
#include <QString>

class BookmarkStore;
class Database;
class NoteStore;

// A person's progress in one file, keyed by stable question id, for moving to
// another computer: bookmarks, notes, schedules and the review history.
// Importing merges: what is new is added, what is newer replaces the older, and
// nothing is ever duplicated or lost.
class ProgressFile final
{
public:
    static constexpr int kFormatVersion = 1;

    struct Report
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QString error; // empty on success; the import then changed nothing
    };

    static QByteArray write(Database &database, const BookmarkStore &bookmarks, const NoteStore &notes);
    // One transaction: all of it or none of it.
    static Report read(const QByteArray &json, const QString &fileName, Database &database, BookmarkStore &bookmarks,
                       NoteStore &notes);
};
