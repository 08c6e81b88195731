#pragma once

#include "fsrsscheduler.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Schedules and review history. A card belongs to a concept, so every phrasing of
// it shares one schedule; each answer is one transaction that updates the card and
// appends to the log, and the last answer can be taken back.
class ReviewStore final
{
public:
    ReviewStore(Database &database, const FsrsScheduler &scheduler);

    std::optional<FsrsScheduler::Card> card(const QString &conceptId) const;

    // Records an answer and returns the card as now scheduled; on failure sets
    // *error and changes nothing.
    std::optional<FsrsScheduler::Card> answer(const QString &conceptId, const QString &questionId,
                                              FsrsScheduler::Rating rating, const QString &mode, qint64 durationMs,
                                              const QDateTime &now, QString *error);
    // Takes back the most recent answer: the card is as it was, the log row gone.
    // Returns the concept it was about, or nullopt if there was none.
    std::optional<QString> undoLast(QString *error);

    // Concepts due at `now`, most overdue first.
    QStringList due(const QDateTime &now, int limit) const;
    // Concepts never studied, in tree order (concept leaders only).
    QStringList fresh(int limit) const;
    // New concepts first studied on the local calendar day of `now`.
    int freshStudiedOn(const QDateTime &now) const;

private:
    Database &m_database;
    const FsrsScheduler &m_scheduler;
};
