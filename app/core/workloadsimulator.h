#pragma once

#include "core/fsrshistory.h"
#include "core/fsrsscheduler.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <array>
#include <atomic>

namespace sdstudy::core {

class StudyLibrary;

// Runs the person's cards forward day by day, as they would study them: every card
// answered on the day it falls due, learning steps the same day, a number of new
// cards each day; recalled with the probability the memory model gives, rated and
// timed as the person's own log says they rate and take. What it reports is the
// expected work per day and how much is remembered at the end. The same seed
// gives the same run, so runs that differ in one setting differ only by it.
class WorkloadSimulator final
{
public:
    // How the person answers, learnt from their review log (typical values where
    // the log holds too few answers of a kind).
    struct Habits
    {
        std::array<double, 4> firstRatings = {0.2, 0.1, 0.6, 0.1};  // Again..Easy, a new card's first answer
        std::array<double, 3> recalledRatings = {0.15, 0.75, 0.10}; // Hard, Good, Easy when recalled
        double stepPassRate = 0.9;                                  // a learning step not answered Again
        double secondsNew = 30;
        double secondsReview = 15;
        double secondsStep = 10;

        static Habits fromLog(const QList<FsrsHistory::LogRow> &rows);
    };

    struct Plan
    {
        QDate start;
        int days = 30;
        int newPerDay = 20;
        int maxReviewsPerDay = 0; // 0: no limit
        QTimeZone zone = QTimeZone::systemTimeZone();
        quint32 seed = 1;
        const std::atomic<bool> *stop = nullptr; // looked at once a simulated day: true ends the run there
        // The part of the person's cards the run holds (a sample of a big bank): new
        // cards come at this part of newPerDay, a fraction carried from day to day.
        double share = 1;
    };

    struct Day
    {
        QDate date;
        int reviews = 0; // answers to cards studied before today, and to today's new ones after their first
        int fresh = 0;   // new cards started
        double minutes = 0;
    };

    struct Outcome
    {
        QList<Day> days;
        // The cards after the last day: the studied ones first, in the order given,
        // then the new ones started, in the order they came.
        QList<FsrsScheduler::Card> cards;
        int started = 0;       // new cards started
        double remembered = 0; // expected number of cards recalled at the end
        double totalMinutes = 0;
    };

    // What a simulation starts from in the person's database: the cards studied
    // (with their concepts, in the same order), how many concepts are still new,
    // and the person's habits.
    struct Start
    {
        QStringList concepts;
        QList<FsrsScheduler::Card> studied;
        int freshAvailable = 0;
        Habits habits;
    };
    static Start startFrom(StudyLibrary &library);

    WorkloadSimulator(const FsrsScheduler &scheduler, const Habits &habits);

    // `studied`: the cards with a schedule now; `freshAvailable`: how many concepts
    // have never been studied (started in order, up to plan.newPerDay a day).
    Outcome run(const QList<FsrsScheduler::Card> &studied, int freshAvailable, const Plan &plan) const;

    // The chance a card is recalled at `moment` if it is not reviewed before then;
    // 0 for a card never studied.
    double recallAt(const FsrsScheduler::Card &card, const QDateTime &moment) const;

    // Work against remembering, for each desired retention from 0.70 to 0.95. A bank
    // of more than kMostSimulated cards is simulated on an even sample of them, and
    // the figures scaled back up.
    static constexpr int kMostSimulated = 3000;
    struct RetentionPoint
    {
        double retention = 0;
        double minutesPerDay = 0;
        double remembered = 0;
        double minutesPerRemembered() const { return remembered > 0 ? minutesPerDay / remembered : 0; }
    };
    static QList<RetentionPoint> byRetention(FsrsScheduler::Parameters parameters, const Habits &habits,
                                             const QList<FsrsScheduler::Card> &studied, int freshAvailable,
                                             const Plan &plan);
    // The retention with the least work per card remembered, as Anki's "minimum
    // recommended retention" chooses it.
    static double leastWorkRetention(const QList<RetentionPoint> &points);

private:
    const FsrsScheduler &m_scheduler;
    Habits m_habits;
};

} // namespace sdstudy::core
