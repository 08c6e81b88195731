#include "core/fsrsscheduler.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct FsrsSchedulerText
{
    Q_DECLARE_TR_FUNCTIONS(FsrsScheduler)
};

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500;

// The reference implementations round intermediate results to 8 decimals; doing
// the same keeps every step in agreement with them, not just close.
double round8(double value)
{
    return std::round(value * 1e8) / 1e8;
}

// Calendar days between two times, as the reference counts them (UTC dates).
int daysBetween(const QDateTime &from, const QDateTime &to)
{
    return int(from.toUTC().date().daysTo(to.toUTC().date()));
}

// Drawn from the card as it was, so the interval a button previews is the one
// the answer then gets.
quint64 fuzzSeed(const FsrsScheduler::Card &card)
{
    const qint64 last = card.lastReview.isValid() ? card.lastReview.toSecsSinceEpoch() : 0;
    return quint64(last) * 1000003u + quint64(card.reps) * 7919u + quint64(card.stability * 1000);
}

} // namespace

FsrsScheduler::FsrsScheduler()
    : FsrsScheduler(Parameters())
{ }

FsrsScheduler::FsrsScheduler(const Parameters &parameters)
    : m_parameters(parameters)
{
    m_decay = -m_parameters.w[20];
    m_factor = round8(std::exp(std::log(0.9) / m_decay) - 1);
    m_intervalModifier = round8((std::pow(m_parameters.desiredRetention, 1 / m_decay) - 1) / m_factor);
}

QString FsrsScheduler::problemWith(const Card &card)
{
    const int state = int(card.state);
    if (state < int(State::New) || state > int(State::Relearning))
        return FsrsSchedulerText::tr("state %1 is not one of 0 (new), 1 (learning), 2 (review), 3 (relearning)")
            .arg(state);
    const bool studied = card.state != State::New;
    if (!std::isfinite(card.stability) || card.stability < 0 || (studied && card.stability < kMinStability)
        || card.stability > kMaxStability)
        return FsrsSchedulerText::tr("stability %1 is outside %2..%3")
            .arg(card.stability)
            .arg(kMinStability)
            .arg(kMaxStability);
    if (!std::isfinite(card.difficulty) || (studied && (card.difficulty < 1 || card.difficulty > 10))
        || (!studied && card.difficulty != 0 && (card.difficulty < 1 || card.difficulty > 10)))
        return FsrsSchedulerText::tr("difficulty %1 is outside 1..10").arg(card.difficulty);
    if (card.learningStep < 0 || card.reps < 0 || card.lapses < 0 || card.scheduledDays < 0)
        return FsrsSchedulerText::tr("a negative count (learning_step, reps, lapses or scheduled_days)");
    if (!card.due.isValid())
        return FsrsSchedulerText::tr("it has no valid due time");
    if (studied && !card.lastReview.isValid())
        return FsrsSchedulerText::tr("it was studied but has no valid last review time");
    return {};
}

double FsrsScheduler::retrievability(double days, double stability) const
{
    return round8(std::pow(1 + m_factor * days / stability, m_decay));
}

double FsrsScheduler::initialDifficulty(int grade) const
{
    const auto &w = m_parameters.w;
    return round8(w[4] - std::exp((grade - 1) * w[5]) + 1);
}

double FsrsScheduler::nextDifficulty(double difficulty, int grade) const
{
    const auto &w = m_parameters.w;
    const double delta = -w[6] * (grade - 3);
    // Linear damping: the harder a card already is, the less it can get harder.
    const double damped = difficulty + round8(delta * (10 - difficulty) / 9);
    // Mean reversion towards the difficulty of an "easy" first answer.
    const double reverted = round8(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
    return std::clamp(reverted, 1.0, 10.0);
}

double FsrsScheduler::recallStability(double difficulty, double stability, double recall, int grade) const
{
    const auto &w = m_parameters.w;
    const double hardPenalty = grade == 2 ? w[15] : 1;
    const double easyBonus = grade == 4 ? w[16] : 1;
    const double grown = stability
        * (1
           + std::exp(w[8]) * (11 - difficulty) * std::pow(stability, -w[9]) * (std::exp((1 - recall) * w[10]) - 1)
               * hardPenalty * easyBonus);
    return round8(std::clamp(grown, kMinStability, kMaxStability));
}

double FsrsScheduler::forgetStability(double difficulty, double stability, double recall) const
{
    const auto &w = m_parameters.w;
    const double after
        = w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1, w[13]) - 1) * std::exp((1 - recall) * w[14]);
    return round8(std::clamp(after, kMinStability, kMaxStability));
}

double FsrsScheduler::shortTermStability(double stability, int grade) const
{
    const auto &w = m_parameters.w;
    double increase = std::pow(stability, -w[19]) * std::exp(w[17] * (grade - 3 + w[18]));
    if (grade >= 2) // a same-day success never lowers stability
        increase = std::max(increase, 1.0);
    return round8(std::clamp(stability * increase, kMinStability, kMaxStability));
}

FsrsScheduler::Memory FsrsScheduler::nextMemory(const Card &card, int elapsedDays, Rating rating, double recall) const
{
    const int grade = int(rating);
    const auto &w = m_parameters.w;
    if (card.difficulty == 0 && card.stability == 0) // a first answer
        return {std::clamp(initialDifficulty(grade), 1.0, 10.0), std::max(w[grade - 1], 0.1)};
    double stability;
    if (elapsedDays == 0) {
        stability = shortTermStability(card.stability, grade);
    } else if (rating == Rating::Again) {
        const double floor = round8(card.stability / std::exp(w[17] * w[18]));
        stability = std::clamp(floor, kMinStability, forgetStability(card.difficulty, card.stability, recall));
    } else {
        stability = recallStability(card.difficulty, card.stability, recall, grade);
    }
    return {nextDifficulty(card.difficulty, grade), stability};
}

int FsrsScheduler::nextInterval(double stability) const
{
    return std::min(std::max(1, int(std::round(stability * m_intervalModifier))), m_parameters.maximumIntervalDays);
}

int FsrsScheduler::fuzzed(int interval, int elapsedDays, quint64 seed) const
{
    if (!m_parameters.fuzz || interval < 3)
        return interval;
    // The ranges and factors of the reference implementations: about +-15% for
    // short intervals down to +-5% for long ones.
    struct Range
    {
        double start, end, factor;
    };
    static constexpr Range kRanges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, 1e9, 0.05}};
    double delta = 1.0;
    for (const Range &range : kRanges)
        delta += range.factor * std::max(std::min(double(interval), range.end) - range.start, 0.0);
    const int maximum = m_parameters.maximumIntervalDays;
    int lowest = std::max(2, int(std::round(interval - delta)));
    const int highest = std::min(int(std::round(interval + delta)), maximum);
    if (interval > elapsedDays)
        lowest = std::max(lowest, elapsedDays + 1);
    lowest = std::min(lowest, highest);
    return QRandomGenerator(seed).bounded(lowest, highest + 1);
}

FsrsScheduler::Step FsrsScheduler::learningStep(State state, int currentStep, Rating rating) const
{
    const bool relearning = state == State::Relearning || state == State::Review;
    const QList<int> &steps = relearning ? m_parameters.relearningStepsMinutes : m_parameters.learningStepsMinutes;
    if (steps.isEmpty() || currentStep >= steps.size())
        return {};
    if (state == State::Review) // a lapse: back to the first relearning step
        return rating == Rating::Again ? Step {steps.at(std::max(0, currentStep)), 0} : Step {};
    switch (rating) {
    case Rating::Again:
        return {steps.first(), 0};
    case Rating::Hard:
        // Halfway to the next step (or half again the only one), staying on this step.
        return {steps.size() == 1 ? int(std::round(steps.first() * 1.5))
                                  : int(std::round((steps.at(0) + steps.at(1)) / 2.0)),
                currentStep};
    case Rating::Good:
        return currentStep + 1 < steps.size() ? Step {steps.at(currentStep + 1), currentStep + 1} : Step {};
    case Rating::Easy:
        return {};
    }
    return {};
}

FsrsScheduler::Card FsrsScheduler::next(const Card &card, const QDateTime &now, Rating rating) const
{
    Card next = card;
    // A card reviewed "after" now (its last review came from a clock that ran ahead)
    // counts as reviewed just now: never a negative elapsed time, which would make
    // recall exceed 1 or turn into NaN.
    const int elapsedDays
        = card.state != State::New && card.lastReview.isValid() ? std::max(0, daysBetween(card.lastReview, now)) : 0;
    next.lastReview = now;
    next.reps = card.reps + 1;

    const double recall = card.stability > 0 ? retrievability(elapsedDays, card.stability) : 0;
    const Memory memory = nextMemory(card, elapsedDays, rating, recall);
    next.difficulty = memory.difficulty;
    next.stability = memory.stability;

    if (card.state == State::Review && rating != Rating::Again) {
        // Hard, Good and Easy each at least a day further than the one before.
        int hard = nextInterval(nextMemory(card, elapsedDays, Rating::Hard, recall).stability);
        int good = nextInterval(nextMemory(card, elapsedDays, Rating::Good, recall).stability);
        hard = std::min(hard, good);
        good = std::max(good, hard + 1);
        const int easy
            = std::max(nextInterval(nextMemory(card, elapsedDays, Rating::Easy, recall).stability), good + 1);
        next.scheduledDays = fuzzed(rating == Rating::Hard       ? hard
                                        : rating == Rating::Good ? good
                                                                 : easy,
                                    elapsedDays, fuzzSeed(card));
        next.state = State::Review;
        next.learningStep = 0;
        next.due = now.addDays(next.scheduledDays);
        return next;
    }

    const State stepState = card.state == State::Review ? State::Relearning
        : card.state == State::New                      ? State::Learning
                                                        : card.state;
    if (card.state == State::Review)
        next.lapses = card.lapses + 1;
    const Step step = learningStep(card.state, card.learningStep, rating);
    if (step.minutes > 0 && step.minutes < 24 * 60) {
        next.learningStep = step.nextStep;
        next.scheduledDays = 0;
        next.state = stepState;
        next.due = now.addSecs(qint64(step.minutes) * 60);
    } else if (step.minutes >= 24 * 60) { // a step of a day or more ends learning there
        next.state = State::Review;
        next.learningStep = step.nextStep;
        next.due = now.addSecs(qint64(step.minutes) * 60);
        next.scheduledDays = step.minutes / (24 * 60);
    } else {
        next.state = State::Review;
        next.learningStep = 0;
        next.scheduledDays = fuzzed(nextInterval(next.stability), elapsedDays, fuzzSeed(card));
        next.due = now.addDays(next.scheduledDays);
    }
    return next;
}

} // namespace sdstudy::core
