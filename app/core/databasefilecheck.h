#pragma once

#include <QString>

namespace sdstudy::core {

// What a file on the disk is, before the app opens it as its study database or
// restores from it. Recovery acts only on a file this tells is a study database of
// this app that SQLite cannot read whole; anything else (a text file given by
// mistake, another program's SQLite file, a file the disk will not let us read) is
// reported as what it is and left exactly as it was.
class DatabaseFileCheck final
{
public:
    enum class Verdict {
        Missing,     // no file: a new database will be made
        New,         // empty, or SQLite with no tables yet: nothing in it to lose
        Healthy,     // this app's database, readable whole (when checked)
        Damaged,     // this app's database, failing quick_check or unreadable inside
        NotSQLite,   // some other kind of file
        OtherSQLite, // an SQLite database of another program
        Unreadable,  // the disk or the permissions would not let us look
        Busy,        // another process holds it locked
    };

    enum class Depth {
        Owner,     // the header and the tables: cheap, for every open
        Integrity, // also quick_check, which reads the whole file
    };

    struct Result
    {
        Verdict verdict = Verdict::Missing;
        QString detail;     // for the person: what is wrong, when something is
        QString databaseId; // the file's own id (schema 7 on), when it could be read
    };

    static Result examine(const QString &path, Depth depth);
    // The schema version (PRAGMA user_version) the file's header holds, read
    // without opening it; -1 for no file or no SQLite header.
    static int schemaVersion(const QString &path);

    // A message for the person naming the file, for a verdict the app refuses to
    // open; empty for a file it can open.
    static QString refusal(const QString &path, const Result &result);
};

} // namespace sdstudy::core
