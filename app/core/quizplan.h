#pragma once

#include "core/interviewreadiness.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace sdstudy::core {

class Database;
class ReviewStore;

// Which questions a sitting draws from. Written on the command line as
// `--scope` KEY: study-now, all, due, new, weak, misses, bookmarked, flag:NAME,
// topic:NAME (several topics separated by semicolons).
struct QuizScope
{
    enum class Kind {
        StudyNow,   // due ones, then new ones up to the daily limit
        All,        // the whole bank
        Topics,     // the named topics
        Bookmarked, // questions with a bookmark of any kind
        Flag,       // bookmarked with one flag
        Due,        // due now
        New,        // never studied
        Weak,       // forgotten at least twice
        Misses,     // answered Again in the last sitting
    };
    static constexpr int kWeakLapses = 2;

    Kind kind = Kind::StudyNow;
    QStringList topics;      // Kind::Topics
    QString flag;            // Kind::Flag: its key
    int size = 0;            // most questions; 0: as many as the scope holds (Study now: its own limits)
    bool designOnly = false; // "Design X" questions only, for mock interviews

    // Reads a KEY as above; on a mistake sets *error to what is wrong.
    static std::optional<QuizScope> parse(const QString &key, QString *error);
    QString key() const;
    QString describe() const; // for people, translated
};

// What a sitting would ask, in order: due questions first (most overdue first),
// then new ones in tree order, then the rest soonest due first. One entry per
// concept: the phrasing that leads it.
struct QuizPlan
{
    QStringList concepts;
    int due = 0;
    int fresh = 0;
    int ahead = 0; // scheduled for later, practised early
};

class QuizPlanner final
{
public:
    static constexpr int kMostDue = 500;

    QuizPlanner(Database &database, const ReviewStore &reviews);

    QuizPlan plan(const QuizScope &scope, const QDateTime &now, int newPerDay) const;

    // An interview to prepare for: Study Now then starts the chosen topics' new
    // concepts first, at least at the pace that starts all of them in time, and
    // brings forward cards whose predicted recall on the day falls below the target.
    void prepareFor(const Interview &interview, const FsrsScheduler &scheduler);

    // A question that asks for a whole system ("Design a chat system", "How do
    // you design a leaderboard?"): the ones a mock interview asks.
    static bool isDesignQuestion(const QString &title);

private:
    QuizPlan studyNow(const QuizScope &scope, const QDateTime &now, int newPerDay) const;

    // Cards that would next come after the interview day with recall on its morning
    // below the target, least recalled first.
    QStringList broughtForward(const QDateTime &now) const;

    struct Leader
    {
        QString id; // of a concept's first phrasing
        QString title;
    };
    // Concept leaders: "SELECT q.id, q.title " + fromWhereOrder, %1 in it taking
    // the conditions joined; at most `limit` (none when negative), and only
    // design questions when designOnly.
    QList<Leader> leaders(const QString &fromWhereOrder, const QStringList &conditions, const QVariantMap &values,
                          bool designOnly, int limit) const;

    Database &m_database;
    const ReviewStore &m_reviews;
    std::optional<Interview> m_interview;
    const FsrsScheduler *m_scheduler = nullptr;
};

} // namespace sdstudy::core
