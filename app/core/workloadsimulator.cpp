#include "core/workloadsimulator.h"

#include "core/studylibrary.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <queue>
#include <vector>

namespace sdstudy::core {

namespace {

// A kind of answer needs this many in the log before the person's own numbers
// replace the typical ones.
constexpr int kEnoughAnswers = 20;
// Habits are learnt from this many of the latest answers.
constexpr int kRecentAnswers = 20000;
// A learning step answered Again over and over ends here for the day.
constexpr int kMostAnswersPerCardADay = 30;

double medianSeconds(QList<qint64> durationsMs, double fallback)
{
    if (durationsMs.size() < kEnoughAnswers)
        return fallback;
    std::nth_element(durationsMs.begin(), durationsMs.begin() + durationsMs.size() / 2, durationsMs.end());
    // An answer left open over lunch is not how long answers take.
    return std::clamp(durationsMs.at(durationsMs.size() / 2) / 1000.0, 1.0, 600.0);
}

template <std::size_t N>
std::array<double, N> shares(const std::array<int, N> &counts, const std::array<double, N> &fallback)
{
    int total = 0;
    for (int c : counts)
        total += c;
    if (total < kEnoughAnswers)
        return fallback;
    std::array<double, N> result;
    for (std::size_t i = 0; i < N; ++i)
        result[i] = double(counts[i]) / total;
    return result;
}

template <std::size_t N>
int drawFrom(const std::array<double, N> &shares, QRandomGenerator &random)
{
    double roll = random.generateDouble();
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (roll < shares[i])
            return int(i);
        roll -= shares[i];
    }
    return int(N - 1);
}

} // namespace

WorkloadSimulator::Habits WorkloadSimulator::Habits::fromLog(const QList<FsrsHistory::LogRow> &rows)
{
    const Habits typical;
    std::array<int, 4> first {};
    std::array<int, 3> recalled {};
    int steps = 0;
    int stepsPassed = 0;
    QList<qint64> newMs, reviewMs, stepMs;
    for (const FsrsHistory::LogRow &row : rows) {
        if (row.rating < 1 || row.rating > 4)
            continue;
        switch (row.state) {
        case int(FsrsScheduler::State::New):
            ++first[row.rating - 1];
            newMs.append(row.durationMs);
            break;
        case int(FsrsScheduler::State::Learning):
        case int(FsrsScheduler::State::Relearning):
            ++steps;
            stepsPassed += row.rating > 1;
            stepMs.append(row.durationMs);
            break;
        case int(FsrsScheduler::State::Review):
            if (row.rating > 1)
                ++recalled[row.rating - 2];
            reviewMs.append(row.durationMs);
            break;
        default:
            break;
        }
    }
    Habits habits;
    habits.firstRatings = shares(first, typical.firstRatings);
    habits.recalledRatings = shares(recalled, typical.recalledRatings);
    habits.stepPassRate = steps >= kEnoughAnswers ? double(stepsPassed) / steps : typical.stepPassRate;
    habits.secondsNew = medianSeconds(newMs, typical.secondsNew);
    habits.secondsReview = medianSeconds(reviewMs, typical.secondsReview);
    habits.secondsStep = medianSeconds(stepMs, typical.secondsStep);
    return habits;
}

WorkloadSimulator::Start WorkloadSimulator::startFrom(StudyLibrary &library)
{
    Start start;
    for (const auto &[conceptId, card] : library.reviews().allCards()) {
        if (ReviewStore::isDiagramCard(conceptId))
            continue; // Study Now's work only
        start.concepts.append(conceptId);
        start.studied.append(card);
    }
    start.freshAvailable = library.reviews().freshCount();
    // Habits from the latest answers: how the person answers now, read without the
    // times (a million answers' dates would take seconds to read).
    QSqlQuery query(library.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT state_before, rating, duration_ms FROM review_log WHERE mode <> ?"
                                 " ORDER BY id DESC LIMIT ?"));
    query.addBindValue(QStringLiteral("diagram")); // Study Now's answers only
    query.addBindValue(kRecentAnswers);
    QList<FsrsHistory::LogRow> recent;
    if (query.exec()) {
        while (query.next())
            recent.append({QString(), 0, query.value(1).toInt(), query.value(0).toInt(), query.value(2).toLongLong()});
    }
    start.habits = Habits::fromLog(recent);
    return start;
}

WorkloadSimulator::WorkloadSimulator(const FsrsScheduler &scheduler, const Habits &habits)
    : m_scheduler(scheduler)
    , m_habits(habits)
{ }

double WorkloadSimulator::recallAt(const FsrsScheduler::Card &card, const QDateTime &moment) const
{
    if (card.state == FsrsScheduler::State::New || !card.lastReview.isValid() || card.stability <= 0)
        return 0;
    const double days = std::max<qint64>(0, card.lastReview.msecsTo(moment)) / 86400000.0;
    return m_scheduler.retrievability(days, card.stability);
}

WorkloadSimulator::Outcome WorkloadSimulator::run(const QList<FsrsScheduler::Card> &studied, int freshAvailable,
                                                  const Plan &plan) const
{
    using State = FsrsScheduler::State;
    using Rating = FsrsScheduler::Rating;
    QRandomGenerator random(plan.seed);
    Outcome outcome;
    outcome.cards = studied;
    int freshLeft = std::max(0, freshAvailable);
    // The cards due on each day (overdue ones on the first): a day's work is found
    // without looking at every card, so a big bank costs its reviews, not its size.
    std::vector<std::vector<qsizetype>> dueOn(std::max(0, plan.days));
    const auto file = [&](qsizetype index, int day) {
        if (day < plan.days)
            dueOn[std::max(0, day)].push_back(index);
    };
    // Where each local day ends, found once: time zone arithmetic per answer would
    // cost more than the answers.
    std::vector<qint64> dayEnds(std::max(0, plan.days));
    for (int d = 0; d < plan.days; ++d)
        dayEnds[d] = QDateTime(plan.start.addDays(d + 1), QTime(0, 0), plan.zone).toMSecsSinceEpoch();
    const auto dayOf = [&](const QDateTime &time) {
        return int(std::upper_bound(dayEnds.begin(), dayEnds.end(), time.toMSecsSinceEpoch()) - dayEnds.begin());
    };
    for (qsizetype i = 0; i < outcome.cards.size(); ++i) {
        if (outcome.cards.at(i).due.isValid())
            file(i, dayOf(outcome.cards.at(i).due));
    }
    double freshOwed = 0; // new cards due at the sample's pace, not yet whole
    for (int d = 0; d < plan.days; ++d) {
        if (plan.stop && plan.stop->load())
            break;
        const QDate date = plan.start.addDays(d);
        // Study starts at nine in the morning, local time; the day ends at midnight.
        const QDateTime dayStart(date, QTime(9, 0), plan.zone);
        const qint64 dayEnd = dayEnds[d];
        Day day;
        day.date = date;
        freshOwed += plan.newPerDay * plan.share;
        const int freshToday = int(freshOwed + 1e-9);
        freshOwed -= freshToday;
        day.fresh = std::min(freshToday, freshLeft);
        freshLeft -= day.fresh;
        outcome.started += day.fresh;
        for (int i = 0; i < day.fresh; ++i) {
            FsrsScheduler::Card card;
            card.due = dayStart;
            outcome.cards.append(card);
            dueOn[d].push_back(outcome.cards.size() - 1);
        }

        // Every card due before the day ends, soonest first; a learning step comes back
        // into the queue when it falls due again the same day.
        using Entry = std::pair<qint64, qsizetype>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        for (qsizetype i : dueOn[d])
            queue.push({std::max(outcome.cards.at(i).due, dayStart).toMSecsSinceEpoch(), i});
        dueOn[d] = {};
        QHash<qsizetype, int> answersToday;
        int reviewsToday = 0;
        while (!queue.empty()) {
            const auto [at, index] = queue.top();
            queue.pop();
            FsrsScheduler::Card &card = outcome.cards[index];
            if ((card.state == State::Review && plan.maxReviewsPerDay > 0 && reviewsToday >= plan.maxReviewsPerDay)
                || ++answersToday[index] > kMostAnswersPerCardADay) {
                file(index, d + 1); // stays due for tomorrow
                continue;
            }
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC);
            Rating rating = Rating::Good;
            double seconds = 0;
            switch (card.state) {
            case State::New:
                rating = Rating(drawFrom(m_habits.firstRatings, random) + 1);
                seconds = m_habits.secondsNew;
                break;
            case State::Learning:
            case State::Relearning:
                rating = random.generateDouble() < m_habits.stepPassRate ? Rating::Good : Rating::Again;
                seconds = m_habits.secondsStep;
                ++day.reviews;
                break;
            case State::Review:
                rating = random.generateDouble() < recallAt(card, now)
                    ? Rating(drawFrom(m_habits.recalledRatings, random) + 2)
                    : Rating::Again;
                seconds = m_habits.secondsReview;
                ++day.reviews;
                ++reviewsToday;
                break;
            }
            card = m_scheduler.next(card, now, rating);
            day.minutes += seconds / 60;
            if (card.due.toMSecsSinceEpoch() < dayEnd)
                queue.push({std::max(card.due, now.addSecs(1)).toMSecsSinceEpoch(), index});
            else
                file(index, dayOf(card.due));
        }
        outcome.totalMinutes += day.minutes;
        outcome.days.append(day);
    }
    const QDateTime end(plan.start.addDays(plan.days), QTime(0, 0), plan.zone);
    for (const FsrsScheduler::Card &card : std::as_const(outcome.cards))
        outcome.remembered += recallAt(card, end);
    return outcome;
}

QList<WorkloadSimulator::RetentionPoint> WorkloadSimulator::byRetention(FsrsScheduler::Parameters parameters,
                                                                        const Habits &habits,
                                                                        const QList<FsrsScheduler::Card> &studied,
                                                                        int freshAvailable, const Plan &plan)
{
    // An even sample of a big bank: every k-th studied card, and the same part of the
    // new ones and of the daily pace.
    const qsizetype total = studied.size() + std::max(0, freshAvailable);
    const int stride = total > kMostSimulated ? int((total + kMostSimulated - 1) / kMostSimulated) : 1;
    QList<FsrsScheduler::Card> sample;
    for (qsizetype i = 0; i < studied.size(); i += stride)
        sample.append(studied.at(i));
    Plan sampled = plan;
    sampled.share = 1.0 / stride;
    const int freshSample = std::max(0, freshAvailable) / stride;

    QList<RetentionPoint> points;
    for (int percent = 70; percent <= 95; ++percent) {
        if (plan.stop && plan.stop->load())
            return {};
        parameters.desiredRetention = percent / 100.0;
        const FsrsScheduler scheduler(parameters);
        // The same seeds for every retention, so the runs differ by the retention
        // alone; three of them, so one run's luck does not make the curve jagged.
        RetentionPoint point {parameters.desiredRetention, 0, 0};
        constexpr int kRuns = 3;
        for (int run = 0; run < kRuns; ++run) {
            Plan seeded = sampled;
            seeded.seed = plan.seed + quint32(run);
            const Outcome outcome = WorkloadSimulator(scheduler, habits).run(sample, freshSample, seeded);
            point.minutesPerDay += outcome.totalMinutes / std::max(1, plan.days) / kRuns * stride;
            point.remembered += outcome.remembered / kRuns * stride;
        }
        points.append(point);
    }
    return points;
}

double WorkloadSimulator::leastWorkRetention(const QList<RetentionPoint> &points)
{
    double best = 0.9;
    double least = -1;
    for (const RetentionPoint &point : points) {
        if (point.remembered <= 0)
            continue;
        if (least < 0 || point.minutesPerRemembered() <= least) {
            least = point.minutesPerRemembered();
            best = point.retention;
        }
    }
    return best;
}

} // namespace sdstudy::core
