#pragma once

#include "core/fsrsscheduler.h"
#include "core/mergeoutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

class Database;

// Schedules and review history. A card belongs to a concept, so every phrasing of
// it shares one schedule; each answer is one transaction that updates the card and
// appends to the log, and the last answer can be taken back.
class ReviewStore final
{
public:
    // Diagram cards ("name the hidden component") are scheduled here too, under ids
    // that start with this; the question lists and counts leave them out.
    static constexpr QLatin1StringView kDiagramCardPrefix {"diagram:"};
    static bool isDiagramCard(const QString &conceptId) { return conceptId.startsWith(kDiagramCardPrefix); }

    ReviewStore(Database &database, const FsrsScheduler &scheduler);

    // A time as the cards and the log store it (ISO 8601 in UTC, with
    // milliseconds), so text comparisons in SQL order times rightly.
    static QString storedTime(const QDateTime &time);

    std::optional<FsrsScheduler::Card> card(const QString &conceptId) const;
    // A schedule read, put in place or dropped as it is, not answered: for concepts
    // regrouped (ConceptAssignment) and an undo of that.
    static std::optional<FsrsScheduler::Card> storedCard(Database &database, const QString &conceptId);
    static bool storeCard(Database &database, const QString &conceptId, const FsrsScheduler::Card &card,
                          QString *error);
    static bool dropCard(Database &database, const QString &conceptId, QString *error);
    // A card as JSON ("state", "stability", ... "last_review"), as the log keeps the
    // card before an answer and a progress file carries schedules.
    static QJsonObject cardJson(const FsrsScheduler::Card &card);

    struct Answer
    {
        QString conceptId;
        QString questionId; // the phrasing shown
        FsrsScheduler::Rating rating = FsrsScheduler::Rating::Good;
        QString mode; // recall, choice, typed, mock, command
        qint64 durationMs = 0;
        QDateTime at;
        int session = 0; // the sitting it was given in; 0: none
    };

    // Records an answer and returns the card as now scheduled; on failure sets
    // *error and changes nothing.
    std::optional<FsrsScheduler::Card> answer(const Answer &answer, QString *error);
    // Takes back the most recent answer: the card is as it was, the log row gone.
    // Returns the concept it was about, or nullopt if there was none.
    std::optional<QString> undoLast(QString *error);

    // One row of the review log, as a progress file carries it.
    struct LogEntry
    {
        QString conceptId;
        QString questionId;
        QDateTime reviewedAt;
        int rating = 0;
        QString mode;
        int stateBefore = 0;
        QString cardBefore; // JSON of the card before, empty if it was new
        int elapsedDays = 0;
        int scheduledDays = 0;
        double stability = 0;
        double difficulty = 0;
        qint64 durationMs = 0;
    };

    // Every card and every log row, for a progress file.
    QList<QPair<QString, FsrsScheduler::Card>> allCards() const;
    // Cards in review that next come after `time`.
    QList<QPair<QString, FsrsScheduler::Card>> reviewCardsDueAfter(const QDateTime &time) const;
    QList<LogEntry> allLogEntries() const;
    // A review from another computer: added unless the log has this concept
    // answered at the same moment.
    MergeOutcome mergeLogEntry(const LogEntry &entry, QString *error);
    // A schedule from another computer: the one reviewed last wins.
    MergeOutcome mergeCard(const QString &conceptId, const FsrsScheduler::Card &card, QString *error);

    // Concepts due at `now`, most overdue first (no diagram cards).
    QStringList due(const QDateTime &now, int limit) const;
    // Diagram cards due at `now`, most overdue first, and every one ever answered.
    QStringList dueDiagramCards(const QDateTime &now, int limit) const;
    QStringList diagramCardsSeen() const;
    // When the next question comes due after `now`, if any is scheduled.
    std::optional<QDateTime> nextDue(const QDateTime &now) const;
    // Concepts never studied, in tree order (concept leaders only); those in
    // `firstTopics` come first.
    QStringList fresh(int limit, const QStringList &firstTopics = {}) const;
    // How many concepts in `topics` (all, when empty) were never studied.
    int freshCount(const QStringList &topics = {}) const;
    // New concepts (or, with `diagramCards`, new diagram cards) first studied on
    // the local calendar day of `now`.
    int freshStudiedOn(const QDateTime &now, bool diagramCards = false) const;

    // A number for a new sitting, above every one in the log.
    int nextSession() const;
    // The last sitting with answers in it, or 0 if there was none.
    int lastSession() const;

private:
    Database &m_database;
    const FsrsScheduler &m_scheduler;
};

} // namespace sdstudy::core
