// The workload simulator: the person's cards run forward day by day, in their time
// zone (one with a half-hour offset here), with their own answer times.

#include "core/workloadsimulator.h"

#include <QTest>
#include <QTimeZone>

using namespace sdstudy::core;
using Row = FsrsHistory::LogRow;

namespace {

const QTimeZone kIndia("Asia/Kolkata"); // UTC+5:30

WorkloadSimulator::Plan plan(int days, int newPerDay)
{
    WorkloadSimulator::Plan p;
    p.start = QDate(2026, 3, 1);
    p.days = days;
    p.newPerDay = newPerDay;
    p.zone = kIndia;
    return p;
}

// A card in review, last seen at `last`, due at `due`.
FsrsScheduler::Card reviewCard(const QDateTime &last, const QDateTime &due, double stability)
{
    FsrsScheduler::Card card;
    card.state = FsrsScheduler::State::Review;
    card.stability = stability;
    card.difficulty = 5;
    card.reps = 3;
    card.lastReview = last;
    card.due = due;
    card.scheduledDays = int(last.daysTo(due));
    return card;
}

} // namespace

class TestWorkload : public QObject
{
    Q_OBJECT

private slots:
    void habitsComeFromTheLog()
    {
        QList<Row> rows;
        for (int i = 0; i < 40; ++i) {
            rows.append({QString::number(i), 0, i < 10 ? 1 : 3, 0, 40000 + i}); // first answers: 40 s
            rows.append({QString::number(i), 0, i < 4 ? 1 : 3, 1, 8000});       // steps: 10% Again
            rows.append({QString::number(i), 0, i < 8 ? 2 : 4, 2, 12000});      // reviews: 12 s
        }
        const WorkloadSimulator::Habits habits = WorkloadSimulator::Habits::fromLog(rows);
        QCOMPARE(habits.firstRatings, (std::array<double, 4> {0.25, 0, 0.75, 0}));
        QCOMPARE(habits.recalledRatings, (std::array<double, 3> {0.2, 0, 0.8}));
        QCOMPARE(habits.stepPassRate, 0.9);
        QCOMPARE(habits.secondsNew, 40.02);
        QCOMPARE(habits.secondsStep, 8.0);
        QCOMPARE(habits.secondsReview, 12.0);
        // Too few answers of a kind: the typical values stay.
        const WorkloadSimulator::Habits few = WorkloadSimulator::Habits::fromLog(rows.mid(0, 6));
        QCOMPARE(few.secondsNew, WorkloadSimulator::Habits().secondsNew);
    }

    void aCardComesOnItsLocalDay()
    {
        // Due at 20:00 UTC on 3 March: 01:30 on 4 March in India, so reviewed on the 4th.
        FsrsScheduler::Parameters parameters;
        parameters.fuzz = false;
        const FsrsScheduler scheduler(parameters);
        WorkloadSimulator::Habits habits;
        habits.secondsReview = 30;
        const QDateTime last(QDate(2026, 2, 20), QTime(10, 0), QTimeZone::UTC);
        const QDateTime due(QDate(2026, 3, 3), QTime(20, 0), QTimeZone::UTC);
        const auto outcome = WorkloadSimulator(scheduler, habits).run({reviewCard(last, due, 40)}, 0, plan(6, 0));
        QCOMPARE(outcome.days.size(), 6);
        QList<int> reviews;
        for (const auto &day : outcome.days)
            reviews.append(day.reviews);
        // Recalled (R is about 0.97 after 12 days at stability 40 in most draws) or, if
        // not, relearnt the same day: either way nothing before the 4th.
        QCOMPARE(reviews.mid(0, 3), QList<int>({0, 0, 0}));
        QVERIFY(reviews.at(3) >= 1);
        QCOMPARE(outcome.days.at(3).date, QDate(2026, 3, 4));
        QCOMPARE(outcome.days.at(3).minutes >= 0.5, true);
        QCOMPARE(outcome.started, 0);
    }

    void newCardsComeAtTheirPace()
    {
        const FsrsScheduler scheduler;
        WorkloadSimulator::Habits habits;
        const auto outcome = WorkloadSimulator(scheduler, habits).run({}, 12, plan(5, 5));
        QList<int> fresh;
        for (const auto &day : outcome.days)
            fresh.append(day.fresh);
        QCOMPARE(fresh, QList<int>({5, 5, 2, 0, 0}));
        QCOMPARE(outcome.started, 12);
        QCOMPARE(outcome.cards.size(), 12);
        // The first day is only new cards and their learning steps: its minutes are theirs.
        const auto &first = outcome.days.first();
        QVERIFY(first.reviews >= 5); // each new card at least one step more
        QVERIFY(qAbs(first.minutes - (first.fresh * habits.secondsNew + first.reviews * habits.secondsStep) / 60)
                < 1e-9);
        // Every card studied, none left new; most are remembered at the end.
        for (const auto &card : outcome.cards)
            QVERIFY(card.state != FsrsScheduler::State::New);
        QVERIFY(outcome.remembered > 6 && outcome.remembered <= 12);
        // The same seed, the same run.
        const auto again = WorkloadSimulator(scheduler, habits).run({}, 12, plan(5, 5));
        QCOMPARE(again.totalMinutes, outcome.totalMinutes);
    }

    void aReviewLimitHolds()
    {
        const FsrsScheduler scheduler;
        const QDateTime last(QDate(2026, 2, 1), QTime(10, 0), QTimeZone::UTC);
        QList<FsrsScheduler::Card> cards;
        for (int i = 0; i < 30; ++i)
            cards.append(reviewCard(last, last.addDays(10), 10));
        WorkloadSimulator::Plan limited = plan(3, 0);
        limited.maxReviewsPerDay = 10;
        const auto outcome = WorkloadSimulator(scheduler, {}).run(cards, 0, limited);
        // Ten reviews a day (and the relearning steps of those forgotten).
        for (const auto &day : outcome.days)
            QVERIFY2(day.reviews >= 10 && day.reviews <= 20, qPrintable(QString::number(day.reviews)));
    }

    void aBigBankIsSampled()
    {
        // 4,000 cards alike are simulated as every second one, at half the pace of new
        // cards, and scaled back: exactly twice what 2,000 of them give.
        const QDateTime last(QDate(2026, 2, 25), QTime(10, 0), QTimeZone::UTC);
        const FsrsScheduler::Card card = reviewCard(last, last.addDays(8), 8);
        WorkloadSimulator::Plan big = plan(20, 10);
        WorkloadSimulator::Plan small = plan(20, 5);
        const auto many = WorkloadSimulator::byRetention({}, {}, QList<FsrsScheduler::Card>(3600, card), 400, big);
        const auto half = WorkloadSimulator::byRetention({}, {}, QList<FsrsScheduler::Card>(1800, card), 200, small);
        QCOMPARE(many.size(), half.size());
        for (qsizetype i = 0; i < many.size(); ++i) {
            QVERIFY(qFuzzyCompare(many.at(i).minutesPerDay, 2 * half.at(i).minutesPerDay));
            QVERIFY(qFuzzyCompare(many.at(i).remembered, 2 * half.at(i).remembered));
        }
    }

    void retentionTradesWorkForMemory()
    {
        FsrsScheduler::Parameters parameters;
        const auto points = WorkloadSimulator::byRetention(parameters, {}, {}, 300, plan(120, 10));
        QCOMPARE(points.size(), 26);
        QCOMPARE(points.first().retention, 0.70);
        QCOMPARE(points.last().retention, 0.95);
        // Higher retention: more minutes a day, more remembered.
        QVERIFY(points.last().minutesPerDay > points.first().minutesPerDay * 1.3);
        QVERIFY(points.last().remembered > points.first().remembered);
        const double best = WorkloadSimulator::leastWorkRetention(points);
        QVERIFY(best >= 0.70 && best <= 0.95);

        // The least work per card remembered, chosen by hand.
        const QList<WorkloadSimulator::RetentionPoint> made = {{0.8, 10, 100}, {0.85, 12, 150}, {0.9, 20, 160}};
        QCOMPARE(WorkloadSimulator::leastWorkRetention(made), 0.85);
    }
};

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
