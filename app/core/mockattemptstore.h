#pragma once

#include "core/mergeoutcome.h"
#include "core/sketch.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

class Database;

// One go at a question in a mock interview, kept on its own: what the person
// wrote, which stages they covered, how long it took and how they graded it.
struct MockAttempt
{
    static constexpr int kMostMinutes = 24 * 60;
    // An interview clock left running (a laptop asleep) stops counting here.
    static constexpr int kMostSeconds = 10 * kMostMinutes * 60;

    qint64 id = 0;
    QString questionId; // the phrasing asked
    QString conceptId;
    QDateTime startedAt; // UTC
    int secondsUsed = 0;
    int minutesAllowed = 0;
    QList<int> stagesDone;     // indexes into QuizEngine::mockStages()
    QString scratch;           // Markdown
    Sketch sketch;             // the whiteboard of this go
    std::optional<int> rating; // 1 (again) .. 4 (easy), once graded
};

// The mock interview's record. Each write is one transaction; a successful
// return means it is on disk, so a pad saved as the person types survives a kill.
class MockAttemptStore final
{
public:
    // As much as a note may hold (NoteStore::kMostCharacters).
    static constexpr qsizetype kMostCharacters = 1'000'000;

    explicit MockAttemptStore(Database &database);

    // A new attempt at a question, made when there is first something to keep;
    // its id, or nullopt.
    std::optional<qint64> start(const QString &questionId, const QString &conceptId, const QDateTime &startedAt,
                                int minutesAllowed, QString *error);
    // Each fails (with *error set) if the attempt is no longer there.
    bool saveScratch(qint64 id, const QString &scratch, QString *error);
    bool saveSketch(qint64 id, const Sketch &sketch, QString *error);
    bool saveProgress(qint64 id, int secondsUsed, const QList<int> &stagesDone, QString *error);
    // nullopt takes a grade back (Ctrl+Z in the sitting).
    bool saveRating(qint64 id, std::optional<int> rating, QString *error);
    // An attempt the person left without writing, drawing, covering or grading anything.
    bool removeIfEmpty(qint64 id, QString *error);

    std::optional<MockAttempt> get(qint64 id) const;
    // The latest attempts at any phrasing of a concept, newest first, without
    // their scratch pads (get() reads one): for a list to choose from.
    QList<MockAttempt> latestFor(const QString &conceptId, int limit) const;
    // Every attempt, oldest first, for the progress file.
    QList<MockAttempt> all() const;
    // An attempt from a progress file: added unless one at the same question and
    // start time is here already (then ours stays, as the same attempt). Its id is not used.
    MergeOutcome merge(const MockAttempt &attempt, QString *error);

private:
    Database &m_database;
};

} // namespace sdstudy::core
