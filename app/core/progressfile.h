#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sdstudy::core {

class StudyLibrary;

// A person's progress in one file, keyed by stable question id, for moving to
// another computer: bookmarks, notes, schedules, the review history, the mock
// interview attempts, sketches, drills and the person's word on concepts.
// Importing merges: what is new is added, what is newer (by the time it was last
// changed, which the file carries) replaces the older, and nothing is ever
// duplicated or lost. The file may have been written by anyone: every value is
// checked before anything is written, and a bad one is refused with its place.
class ProgressFile final
{
public:
    static constexpr int kFormatVersion = 1;
    // A person's progress is a few megabytes; beyond this it is not one.
    static constexpr qint64 kMostBytes = 128 * 1024 * 1024;

    struct Report
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int deleted = 0;           // notes the file says were deleted after our last change
        int emptyNotesSkipped = 0; // notes with no text and no "deleted": true
        int futureTimesDated = 0;  // items dated after now (a clock ahead): taken only where none was here
        QString error;             // empty on success; the import then changed nothing
    };

    // What else the person should know of an import, one sentence each.
    static QStringList notices(const Report &report);

    static QByteArray write(StudyLibrary &library);
    // One transaction: all of it or none of it.
    static Report read(const QByteArray &json, const QString &fileName, StudyLibrary &library);
};

} // namespace sdstudy::core
