#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace sdstudy::core {

class Database;

// The numbers the progress dashboard and `sdstudy stats` show, read from the
// review log (through its per-day totals) and the schedules. Days are local
// calendar days.
class ProgressStats final
{
public:
    // A review counts as "young" below this interval and "mature" from it, as in
    // Anki. The database's stage counts (schema 20) are kept with this number: a
    // change needs a migration that counts them again.
    static constexpr int kMatureDays = 21;

    struct Day
    {
        QDate date;
        std::array<int, 4> byRating {}; // Again, Hard, Good, Easy
        qint64 durationMs = 0;
        int total() const { return byRating[0] + byRating[1] + byRating[2] + byRating[3]; }
    };

    struct Topic
    {
        QString topic;
        // Mastery: concepts by how well they are known.
        int fresh = 0;    // never studied
        int learning = 0; // in learning or relearning steps
        int young = 0;    // in review, interval under kMatureDays
        int mature = 0;
        // Retention: reviews of cards in review state, and how many were recalled.
        int reviews = 0;
        int recalled = 0;
        // Every answer, in learning steps too, and how many were not Again: what a
        // beginner has before any question comes back for review.
        int answers = 0;
        int answersRecalled = 0;
        double retention() const { return reviews > 0 ? double(recalled) / reviews : -1; } // -1: no reviews
    };

    struct Today
    {
        int reviewed = 0;
        int fresh = 0; // new questions studied
        int again = 0;
        int dueNow = 0;
        int dueToday = 0; // by the end of the day, overdue included
        qint64 durationMs = 0;
        int diagramCardsSeen = 0; // "name the hidden component" cards ever answered
        int diagramCardsDue = 0;  // of those, due now
    };

    explicit ProgressStats(Database &database);

    // One entry per day from `from` to `to`, days without reviews included.
    QList<Day> days(const QDate &from, const QDate &to) const;
    // Reviews falling due on each of the next `count` days; overdue ones count today.
    QList<int> dueForecast(const QDateTime &now, int count) const;
    // Mastery per topic now, and retention over the last `retentionDays` days, in tree order.
    QList<Topic> topics(const QDateTime &now, int retentionDays) const;
    Today today(const QDateTime &now) const;
    // Every topic's figures added up: the whole bank's mastery and retention.
    static Topic total(const QList<Topic> &topics);
    // Days in a row with reviews, up to today (or yesterday, if none yet today).
    int streak(const QDate &today) const;
    qint64 totalReviews() const;

private:
    Database &m_database;
};

} // namespace sdstudy::core
