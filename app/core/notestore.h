#pragma once

#include "core/mergeoutcome.h"
#include "core/questionsummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

class Database;

struct Note
{
    QuestionSummary question; // empty fields if the question has left its bank
    QString questionId;
    QString text;    // Markdown
    QString updated; // ISO 8601, UTC, with milliseconds
};

// The person's notes, one per question. Each save is one transaction; a
// successful return means the text is on disk.
class NoteStore final
{
public:
    // A note is for a person's words: beyond this it is a paste gone wrong.
    static constexpr qsizetype kMostCharacters = 1'000'000;
    static constexpr qint64 kMostBytes = 4 * kMostCharacters; // of UTF-8, for reading a note from a file

    explicit NoteStore(Database &database);

    // Saves the note; text that is only white space deletes it. On failure (a
    // note over kMostCharacters included) sets *error and leaves the stored note as it was.
    bool save(const QString &questionId, const QString &text, QString *error);

    // A note from a progress file, changed at `updated` there: kept if it is new
    // here or newer than ours, with its own time. Text that is only white space is
    // never taken for a deletion (see mergeDeletion); the caller reports it.
    MergeOutcome merge(const QString &questionId, const QString &text, const QDateTime &updated, QString *error);
    // A note the file says was deleted at `deleted`: gone only if ours is older.
    MergeOutcome mergeDeletion(const QString &questionId, const QDateTime &deleted, QString *error);

    std::optional<Note> get(const QString &questionId) const;
    bool isEmpty() const;
    // Every note, in tree order; notes of questions no longer in a bank come last.
    QList<Note> all() const;

    // All notes as one Markdown document grouped by topic and subtopic.
    static QString exportMarkdown(const QList<Note> &notes);

private:
    bool write(const QString &questionId, const QString &text, const QDateTime &updated, QString *error);
    bool remove(const QString &questionId, QString *error);
    // Our note's last change, or nullopt if we have none (an unreadable time is the oldest).
    std::optional<QDateTime> changedAt(const QString &questionId, QString *text, QString *error, bool *failed) const;

    Database &m_database;
};

} // namespace sdstudy::core
