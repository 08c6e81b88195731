#include "simulatedlearner.h"

#include "core/fsrsoptimizer.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace sdstudy::testing {

using core::FsrsScheduler;

FsrsScheduler::Parameters SimulatedLearner::trueParameters(quint32 seed)
{
    QRandomGenerator random(seed);
    FsrsScheduler::Parameters parameters;
    core::FsrsOptimizer::Weights w = parameters.w;
    // Each parameter moved by up to a third of itself, as people differ.
    for (double &x : w)
        x *= 1 + (random.generateDouble() - 0.5) * 2 / 3;
    core::FsrsOptimizer::clamp(w);
    parameters.w = w;
    parameters.fuzz = false;
    return parameters;
}

QList<core::FsrsHistory::LogRow> SimulatedLearner::reviewLog(const FsrsScheduler::Parameters &truth, const Plan &plan)
{
    const FsrsScheduler scheduler(truth);
    QRandomGenerator random(plan.seed);
    const QDateTime start(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::UTC);
    const QDateTime end = start.addDays(plan.days);
    struct Card
    {
        QString id;
        FsrsScheduler::Card state;
    };
    QList<Card> cards;
    QList<core::FsrsHistory::LogRow> log;
    for (int day = 0; day < plan.days; ++day) {
        for (int i = 0; i < plan.newPerDay; ++i) {
            Card card {QString::number(cards.size() + 1), {}};
            card.state.due = start.addDays(day).addSecs(i);
            cards.append(card);
        }
    }
    for (Card &card : cards) {
        while (card.state.due < end) {
            const QDateTime now = card.state.due;
            const FsrsScheduler::Card &before = card.state;
            FsrsScheduler::Rating rating;
            if (before.state == FsrsScheduler::State::New) {
                const double roll = random.generateDouble();
                rating = roll < 0.2 ? FsrsScheduler::Rating::Again
                    : roll < 0.3    ? FsrsScheduler::Rating::Hard
                    : roll < 0.9    ? FsrsScheduler::Rating::Good
                                    : FsrsScheduler::Rating::Easy;
            } else {
                const double days = before.lastReview.secsTo(now) / 86400.0;
                const double recall = scheduler.retrievability(days, before.stability);
                if (random.generateDouble() >= recall) {
                    rating = FsrsScheduler::Rating::Again;
                } else {
                    const double roll = random.generateDouble();
                    rating = roll < 0.15 ? FsrsScheduler::Rating::Hard
                        : roll < 0.9     ? FsrsScheduler::Rating::Good
                                         : FsrsScheduler::Rating::Easy;
                }
            }
            log.append({card.id, now.toMSecsSinceEpoch(), int(rating), int(before.state),
                        qint64(5000 + random.bounded(20000))});
            card.state = scheduler.next(before, now, rating);
            // Answered at ten in the morning of the day it falls due, or minutes later
            // within a learning step. A third of the time the learner comes late, by up
            // to half the interval, as people do; that is what shows how fast they forget.
            if (card.state.due.date() != now.date()) {
                QDate day = card.state.due.date();
                if (random.bounded(3) == 0)
                    day = day.addDays(random.bounded(card.state.scheduledDays / 2 + 1));
                card.state.due = QDateTime(day, QTime(10, 0), QTimeZone::UTC).addSecs(card.id.toInt() % 600);
            }
        }
    }
    std::stable_sort(log.begin(), log.end(), [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });
    return log;
}

} // namespace sdstudy::testing
