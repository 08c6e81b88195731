#pragma once

#include "questionsummary.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

struct Note
{
    QuestionSummary question; // empty fields if the question has left its bank
    QString questionId;
    QString text;             // Markdown
    QString updated;          // ISO 8601, UTC, with milliseconds
};

// The person's notes, one per question. Each save is one transaction; a
// successful return means the text is on disk.
class NoteStore final
{
public:
    // A note is for a person's words: beyond this it is a paste gone wrong.
    static constexpr qsizetype kMostCharacters = 1'000'000;

    explicit NoteStore(Database &database);

    // Saves the note; text that is only white space deletes it. On failure (a
    // note over kMostCharacters included) sets *error and leaves the stored note as it was.
    bool save(const QString &questionId, const QString &text, QString *error);

    std::optional<Note> get(const QString &questionId) const;
    // Every note, in tree order; notes of questions no longer in a bank come last.
    QList<Note> all() const;

    // All notes as one Markdown document grouped by topic and subtopic.
    static QString exportMarkdown(const QList<Note> &notes);

private:
    Database &m_database;
};
