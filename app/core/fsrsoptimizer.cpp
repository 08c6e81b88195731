#include "core/fsrsoptimizer.h"

#include "core/fsrsscheduler.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sdstudy::core {

namespace {

constexpr int kParameterCount = 21;
constexpr double kFittedMinStability = 0.001;
constexpr double kFittedMaxStability = 36500;
constexpr double kMaxInitialStability = 100;
constexpr double kMinProbability = 1e-7;

// The training settings of the reference optimizer.
constexpr int kEpochs = 5;
constexpr int kBatchSize = 512;
constexpr double kLearningRate = 4e-2;
constexpr int kMaxSequence = 256;
constexpr quint32 kSeed = 2023;
// How far each parameter usually lies from the default across many people: the
// pull towards the starting values is scaled by it.
constexpr std::array<double, kParameterCount> kParameterSpread
    = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,  0.12, 0.39, 0.18, 0.33,
       0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

// A number with its derivative by each of the 21 parameters.
struct Dual
{
    double v = 0;
    std::array<double, kParameterCount> d {};

    Dual() = default;
    Dual(double value) // a constant
        : v(value)
    { }
    static Dual variable(double value, int index)
    {
        Dual x(value);
        x.d[index] = 1;
        return x;
    }
};

// The result of a one-argument function with value f(a) and slope f'(a).
Dual chain(const Dual &a, double value, double slope)
{
    Dual r(value);
    for (int i = 0; i < kParameterCount; ++i)
        r.d[i] = a.d[i] * slope;
    return r;
}

Dual operator+(const Dual &a, const Dual &b)
{
    Dual r(a.v + b.v);
    for (int i = 0; i < kParameterCount; ++i)
        r.d[i] = a.d[i] + b.d[i];
    return r;
}
Dual operator-(const Dual &a, const Dual &b)
{
    Dual r(a.v - b.v);
    for (int i = 0; i < kParameterCount; ++i)
        r.d[i] = a.d[i] - b.d[i];
    return r;
}
Dual operator*(const Dual &a, const Dual &b)
{
    Dual r(a.v * b.v);
    for (int i = 0; i < kParameterCount; ++i)
        r.d[i] = a.d[i] * b.v + b.d[i] * a.v;
    return r;
}
Dual operator/(const Dual &a, const Dual &b)
{
    Dual r(a.v / b.v);
    for (int i = 0; i < kParameterCount; ++i)
        r.d[i] = (a.d[i] - r.v * b.d[i]) / b.v;
    return r;
}
Dual operator-(const Dual &a)
{
    return chain(a, -a.v, -1);
}
Dual operator+(const Dual &a, double b)
{
    Dual r = a;
    r.v += b;
    return r;
}
Dual operator+(double a, const Dual &b)
{
    return b + a;
}
Dual operator-(const Dual &a, double b)
{
    return a + -b;
}
Dual operator-(double a, const Dual &b)
{
    return chain(b, a - b.v, -1);
}
Dual operator*(const Dual &a, double b)
{
    return chain(a, a.v * b, b);
}
Dual operator/(const Dual &a, double b)
{
    return a * (1 / b);
}
Dual exp(const Dual &a)
{
    const double e = std::exp(a.v);
    return chain(a, e, e);
}
Dual log(const Dual &a)
{
    return chain(a, std::log(a.v), 1 / a.v);
}
Dual pow(const Dual &base, const Dual &exponent)
{
    return exp(exponent * log(base));
}

double valueOf(double x)
{
    return x;
}
double valueOf(const Dual &x)
{
    return x.v;
}
using std::exp;
using std::log;
using std::pow;

// As the reference clamps: the derivative passes inside the range, edges included.
template <typename T>
T clamped(const T &x, double low, double high)
{
    if (valueOf(x) < low)
        return T(low);
    if (valueOf(x) > high)
        return T(high);
    return x;
}

// FSRS-6 as the reference optimizer trains it: the scheduler's formulas without
// its rounding, on numbers of type T (double to predict, Dual to learn).
template <typename T>
class Model
{
public:
    struct Memory
    {
        T stability;
        T difficulty;
    };

    explicit Model(const std::array<T, kParameterCount> &w)
        : m_w(w)
        , m_decay(-w[20])
        , m_factor(exp(std::log(0.9) / m_decay) - 1.0)
        , m_easyDifficulty(initialDifficulty(4))
        , m_failureFloor(exp(w[17] * w[18]))
    { }

    T recall(double days, const T &stability) const { return pow(1.0 + days / stability * m_factor, m_decay); }

    Memory first(int rating) const
    {
        return {clamped(m_w[rating - 1], kFittedMinStability, kFittedMaxStability),
                clamped(initialDifficulty(rating), 1.0, 10.0)};
    }

    Memory next(const Memory &memory, int elapsedDays, int rating) const
    {
        const auto &w = m_w;
        const T s = clamped(memory.stability, kFittedMinStability, kFittedMaxStability);
        const T d = clamped(memory.difficulty, 1.0, 10.0);
        T stability;
        if (elapsedDays == 0) {
            T increase = exp(w[17] * (rating - 3.0 + w[18])) * pow(s, -w[19]);
            if (rating >= 2 && valueOf(increase) < 1)
                increase = T(1.0);
            stability = s * increase;
        } else {
            const T r = recall(elapsedDays, s);
            if (rating == 1) {
                const T raw = w[11] * pow(d, -w[12]) * (pow(s + 1.0, w[13]) - 1.0) * exp((1.0 - r) * w[14]);
                const T floor = s / m_failureFloor;
                stability = valueOf(floor) < valueOf(raw) ? floor : raw;
            } else {
                T growth = exp(w[8]) * (11.0 - d) * pow(s, -w[9]) * (exp((1.0 - r) * w[10]) - 1.0);
                if (rating == 2)
                    growth = growth * w[15];
                if (rating == 4)
                    growth = growth * w[16];
                stability = s * (growth + 1.0);
            }
        }
        const T damped = d + (10.0 - d) * (-w[6] * (rating - 3.0)) / 9.0;
        const T reverted = w[7] * (m_easyDifficulty - damped) + damped;
        return {clamped(stability, kFittedMinStability, kFittedMaxStability), clamped(reverted, 1.0, 10.0)};
    }

private:
    T initialDifficulty(int rating) const { return m_w[4] - exp(m_w[5] * double(rating - 1)) + 1.0; }

    std::array<T, kParameterCount> m_w;
    T m_decay;
    T m_factor;
    T m_easyDifficulty;
    T m_failureFloor;
};

// The model with each parameter a variable, to learn from.
Model<Dual> learningModel(const FsrsOptimizer::Weights &weights)
{
    std::array<Dual, kParameterCount> w;
    for (int i = 0; i < kParameterCount; ++i)
        w[i] = Dual::variable(weights[i], i);
    return Model<Dual>(w);
}

// One prediction to score: a card's answer at `review`, with its weight in the loss.
struct Prediction
{
    int review = 0;
    double weight = 1;
};

// Runs a card's answers through the model and adds, for each prediction, its
// weighted log loss and (with Dual) its gradient. Predictions in answer order.
template <typename T>
double cardLoss(const Model<T> &model, const FsrsHistory::Card &card, const QList<Prediction> &predictions,
                FsrsOptimizer::Weights *gradient)
{
    double loss = 0;
    typename Model<T>::Memory memory = model.first(card.reviews.first().rating);
    int reviewIndex = 1;
    for (const Prediction &prediction : predictions) {
        for (; reviewIndex < prediction.review; ++reviewIndex) {
            const FsrsHistory::Review &review = card.reviews.at(reviewIndex);
            memory = model.next(memory, review.elapsedDays, review.rating);
        }
        const FsrsHistory::Review &target = card.reviews.at(prediction.review);
        const T r
            = model.recall(target.elapsedDays, clamped(memory.stability, kFittedMinStability, kFittedMaxStability));
        const double p = std::clamp(valueOf(r), kMinProbability, 1 - kMinProbability);
        const bool recalled = target.rating > 1;
        loss -= prediction.weight * (recalled ? std::log(p) : std::log(1 - p));
        if constexpr (std::is_same_v<T, Dual>) {
            if (gradient && valueOf(r) > kMinProbability && valueOf(r) < 1 - kMinProbability) {
                const double slope = -prediction.weight * (recalled ? 1 / p : -1 / (1 - p));
                for (int i = 0; i < kParameterCount; ++i)
                    (*gradient)[i] += slope * r.d[i];
            }
        }
    }
    return loss;
}

// Initial stability per first rating (1..4), fitted to how often cards were recalled
// at their first review a day or more later, as the reference does it.
class InitialStability
{
public:
    struct Group
    {
        double days = 0;
        double recall = 0;
        double count = 0;
    };

    // Best stability for one first rating, by ternary search on the log loss of
    // the grouped recalls with a small pull to the default.
    static double search(const QList<Group> &groups, double averageRecall, double defaultStability)
    {
        const double decay = -FsrsOptimizer::defaults()[20];
        const double factor = std::pow(0.9, 1 / decay) - 1;
        const auto loss = [&](double stability) {
            double sum = 0;
            for (const Group &g : groups) {
                const double smoothed = (g.recall * g.count + averageRecall) / (g.count + 1);
                const double p = std::pow(1 + g.days / stability * factor, decay);
                sum -= (smoothed * std::log(p) + (1 - smoothed) * std::log(1 - p)) * g.count;
            }
            return sum + std::abs(stability - defaultStability) / 16;
        };
        double low = kFittedMinStability;
        double high = kMaxInitialStability;
        double best = defaultStability;
        for (int i = 0; i < 1000 && high - low > 1e-12; ++i) {
            const double third1 = low + (high - low) / 3;
            const double third2 = high - (high - low) / 3;
            if (loss(third1) < loss(third2))
                high = third2;
            else
                low = third1;
            best = (low + high) / 2;
        }
        return best;
    }

    // Keeps the four in order (a better first answer never gives a less stable card)
    // and fills the ratings never given from those that were, in the reference's
    // proportions. `fitted[r]` is empty for a rating without data.
    static std::optional<std::array<double, 4>> smoothAndFill(std::array<std::optional<double>, 5> fitted,
                                                              const std::array<int, 5> &counts)
    {
        for (int r = 1; r <= 4; ++r) {
            if (counts[r] == 0)
                fitted[r].reset();
        }
        static constexpr std::pair<int, int> kPairs[] = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (const auto &[small, big] : kPairs) {
            if (fitted[small] && fitted[big] && *fitted[small] > *fitted[big]) {
                if (counts[small] > counts[big])
                    fitted[big] = fitted[small];
                else
                    fitted[small] = fitted[big];
            }
        }
        constexpr double w1 = 0.41;
        constexpr double w2 = 0.54;
        auto &s = fitted;
        const int known = int(std::count_if(s.begin() + 1, s.end(), [](const auto &x) { return x.has_value(); }));
        const auto has = [&s](bool a, bool b, bool c, bool d) {
            return s[1].has_value() == a && s[2].has_value() == b && s[3].has_value() == c && s[4].has_value() == d;
        };
        if (known == 0)
            return std::nullopt;
        if (known == 1) {
            const int r
                = int(std::find_if(s.begin() + 1, s.end(), [](const auto &x) { return x.has_value(); }) - s.begin());
            const double factor = *s[r] / FsrsOptimizer::defaults()[r - 1];
            std::array<double, 4> scaled;
            for (int i = 0; i < 4; ++i)
                scaled[i] = FsrsOptimizer::defaults()[i] * factor;
            std::sort(scaled.begin(), scaled.end());
            for (double &x : scaled)
                x = std::clamp(x, kFittedMinStability, kMaxInitialStability);
            return scaled;
        }
        using std::pow;
        if (known == 2) {
            if (has(false, false, true, true)) {
                s[2] = pow(*s[3], 1 / (1 - w2)) * pow(*s[4], 1 - 1 / (1 - w2));
                s[1] = pow(*s[2], 1 / w1) * pow(*s[3], 1 - 1 / w1);
            } else if (has(false, true, false, true)) {
                s[3] = pow(*s[2], 1 - w2) * pow(*s[4], w2);
                s[1] = pow(*s[2], 1 / w1) * pow(*s[3], 1 - 1 / w1);
            } else if (has(false, true, true, false)) {
                s[4] = pow(*s[2], 1 - 1 / w2) * pow(*s[3], 1 / w2);
                s[1] = pow(*s[2], 1 / w1) * pow(*s[3], 1 - 1 / w1);
            } else if (has(true, false, false, true)) {
                const double a = w1 / (w1 + w2 - w1 * w2);
                const double b = w2 / (w1 + w2 - w1 * w2);
                s[2] = pow(*s[1], a) * pow(*s[4], 1 - a);
                s[3] = pow(*s[1], 1 - b) * pow(*s[4], b);
            } else if (has(true, false, true, false)) {
                s[2] = pow(*s[1], w1) * pow(*s[3], 1 - w1);
                s[4] = pow(*s[2], 1 - 1 / w2) * pow(*s[3], 1 / w2);
            } else if (has(true, true, false, false)) {
                s[3] = pow(*s[1], 1 - 1 / (1 - w1)) * pow(*s[2], 1 / (1 - w1));
                s[4] = pow(*s[2], 1 - 1 / w2) * pow(*s[3], 1 / w2);
            }
        } else if (known == 3) {
            if (!s[1])
                s[1] = pow(*s[2], 1 / w1) * pow(*s[3], 1 - 1 / w1);
            else if (!s[2])
                s[2] = pow(*s[1], w1) * pow(*s[3], 1 - w1);
            else if (!s[3])
                s[3] = pow(*s[2], 1 - w2) * pow(*s[4], w2);
            else if (!s[4])
                s[4] = pow(*s[2], 1 - 1 / w2) * pow(*s[3], 1 / w2);
        }
        std::array<double, 4> result;
        for (int r = 1; r <= 4; ++r)
            result[r - 1] = std::clamp(s[r].value_or(FsrsOptimizer::defaults()[r - 1]), kFittedMinStability,
                                       kMaxInitialStability);
        return result;
    }
};

// The reference's bins for RMSE: by days since the last answer, by the number of
// answers a day or more apart (the one scored included) and by lapses before it,
// each on a log scale.
quint64 binOf(int days, int longTermAnswers, int lapses)
{
    const auto bin = [](double x, double base, double scale) {
        return quint64(std::llround(scale * std::pow(base, std::floor(std::log(x) / std::log(base)))));
    };
    const quint64 daysBin = bin(days, 3.62, 248);
    const quint64 lengthBin = bin(longTermAnswers + 1, 1.89, 1.99);
    const quint64 lapseBin = lapses == 0 ? 0 : bin(lapses, 1.73, 1.65);
    return (daysBin << 32) | (lengthBin << 16) | lapseBin;
}

// The targets [from, to) as each card's predictions, weighted alike, in answer order.
QMap<int, QList<Prediction>> predictionsByCard(const FsrsHistory &history, int from, int to)
{
    const QList<FsrsHistory::Target> &targets = history.targets();
    QMap<int, QList<Prediction>> byCard;
    for (int t = from; t < std::min(to, int(targets.size())); ++t)
        byCard[targets.at(t).card].append({targets.at(t).review, 1});
    for (QList<Prediction> &predictions : byCard)
        std::sort(predictions.begin(), predictions.end(),
                  [](const Prediction &a, const Prediction &b) { return a.review < b.review; });
    return byCard;
}

// Scores predictions of recall against what happened: log loss, and RMSE over bins.
class Scorer
{
public:
    void add(const FsrsHistory &history, const FsrsOptimizer::Weights &weights, int from, int to)
    {
        const QMap<int, QList<Prediction>> byCard = predictionsByCard(history, from, to);
        const Model<double> model(weights);
        for (auto it = byCard.cbegin(); it != byCard.cend(); ++it) {
            const FsrsHistory::Card &card = history.cards().at(it.key());
            Model<double>::Memory memory = model.first(card.reviews.first().rating);
            int reviewIndex = 1;
            int longTerm = 0; // answers a day or more apart so far, and lapses among them
            int lapses = 0;
            for (const Prediction &prediction : std::as_const(*it)) {
                for (; reviewIndex < prediction.review; ++reviewIndex) {
                    const FsrsHistory::Review &review = card.reviews.at(reviewIndex);
                    memory = model.next(memory, review.elapsedDays, review.rating);
                    if (review.elapsedDays > 0) {
                        ++longTerm;
                        lapses += review.rating == 1;
                    }
                }
                const FsrsHistory::Review &target = card.reviews.at(prediction.review);
                const double stability = std::clamp(memory.stability, kFittedMinStability, kFittedMaxStability);
                const double p
                    = std::clamp(model.recall(target.elapsedDays, stability), kMinProbability, 1 - kMinProbability);
                const bool recalled = target.rating > 1;
                m_loss -= recalled ? std::log(p) : std::log(1 - p);
                Bin &bin = m_bins[binOf(target.elapsedDays, longTerm + 1, lapses)];
                bin.predicted += p;
                bin.actual += recalled;
                bin.count += 1;
                ++m_predictions;
            }
        }
    }

    FsrsOptimizer::Evaluation evaluation() const
    {
        FsrsOptimizer::Evaluation evaluation;
        evaluation.predictions = m_predictions;
        if (m_predictions == 0)
            return evaluation;
        evaluation.logLoss = m_loss / m_predictions;
        double squares = 0;
        for (const Bin &bin : m_bins)
            squares += std::pow(bin.predicted / bin.count - bin.actual / bin.count, 2) * bin.count;
        evaluation.rmseBins = std::sqrt(squares / m_predictions);
        return evaluation;
    }

private:
    struct Bin
    {
        double predicted = 0;
        double actual = 0;
        double count = 0;
    };
    QHash<quint64, Bin> m_bins;
    double m_loss = 0;
    int m_predictions = 0;
};

} // namespace

// The predictions one fit learns from, grouped by card into mini-batches.
struct FsrsOptimizer::TrainingSet
{
    enum class Outcome { Defaults, InitialOnly, Train };
    Outcome outcome = Outcome::Defaults;
    Weights start = FsrsOptimizer::defaults();
    std::array<int, 5> firstRatingCounts {}; // by first rating 1..4, of the initial-stability data
    struct CardPredictions
    {
        int card = 0;
        QList<Prediction> predictions;
    };
    QList<QList<CardPredictions>> batches;
    int predictions = 0;
};

const FsrsOptimizer::Weights &FsrsOptimizer::defaults()
{
    static const Weights weights = FsrsScheduler::Parameters().w;
    return weights;
}

FsrsOptimizer::FsrsOptimizer(const FsrsHistory &history)
    : m_history(history)
{ }

void FsrsOptimizer::clamp(Weights &w)
{
    static constexpr std::pair<double, double> kRanges[kParameterCount] = {
        {kFittedMinStability, kMaxInitialStability},
        {kFittedMinStability, kMaxInitialStability},
        {kFittedMinStability, kMaxInitialStability},
        {kFittedMinStability, kMaxInitialStability},
        {1, 10},
        {0.001, 4},
        {0.001, 4},
        {0.001, 0.75},
        {0, 4.5},
        {0, 0.8},
        {0.001, 3.5},
        {0.001, 5},
        {0.001, 0.25},
        {0.001, 0.9},
        {0, 4},
        {0, 1},
        {1, 6},
        {0, 2}, // with one relearning step
        {0, 2},
        {0.01, 0.8},
        {0.1, 0.8},
    };
    for (int i = 0; i < kParameterCount; ++i)
        w[i] = std::clamp(w[i], kRanges[i].first, kRanges[i].second);
}

FsrsOptimizer::TrainingSet FsrsOptimizer::trainingSet(int targetCount) const
{
    const QList<FsrsHistory::Target> &targets = m_history.targets();
    const QList<FsrsHistory::Card> &cards = m_history.cards();
    const int n = targetCount < 0 ? int(targets.size()) : std::min(targetCount, int(targets.size()));
    TrainingSet set;

    // A card's first review a day or more later says how stable its first answer left
    // it. Grouped by first rating and days elapsed; rare and far-out groups are left
    // out, and so are the cards in them.
    QMap<int, QMap<int, QList<int>>> firstReviews; // rating -> days -> targets
    for (int t = 0; t < n; ++t) {
        const FsrsHistory::Card &card = cards.at(targets.at(t).card);
        const int review = targets.at(t).review;
        if (review == card.firstTarget)
            firstReviews[card.reviews.first().rating][card.reviews.at(review).elapsedDays].append(t);
    }
    QHash<QPair<int, int>, bool> removed;
    QMap<int, QList<InitialStability::Group>> initialGroups;
    for (auto rating = firstReviews.cbegin(); rating != firstReviews.cend(); ++rating) {
        QList<QPair<int, QList<int>>> groups; // largest first, then the longer wait first
        qsizetype total = 0;
        for (auto days = rating->cbegin(); days != rating->cend(); ++days) {
            groups.append({days.key(), days.value()});
            total += days->size();
        }
        std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
            return a.second.size() != b.second.size() ? a.second.size() > b.second.size() : a.first > b.first;
        });
        qsizetype removedSoFar = 0;
        for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
            const auto &[days, members] = *group;
            if (removedSoFar + members.size() >= std::max<qsizetype>(20, total / 20)) {
                if (members.size() >= 6 && days <= (rating.key() != 4 ? 100 : 365)) {
                    int recalled = 0;
                    for (int t : members)
                        recalled += cards.at(targets.at(t).card).reviews.at(targets.at(t).review).rating > 1;
                    initialGroups[rating.key()].append(
                        {double(days), double(recalled) / members.size(), double(members.size())});
                    set.firstRatingCounts[rating.key()] += int(members.size());
                } else {
                    removed.insert({rating.key(), days}, true);
                }
            } else {
                removedSoFar += members.size();
                removed.insert({rating.key(), days}, true);
            }
        }
    }

    // Every kept prediction, weighted up to four times more as it gets newer.
    QList<int> kept;
    int recalled = 0;
    for (int t = 0; t < n; ++t) {
        const FsrsHistory::Card &card = cards.at(targets.at(t).card);
        if (removed.contains({card.reviews.first().rating, card.reviews.at(card.firstTarget).elapsedDays}))
            continue;
        kept.append(t);
        recalled += card.reviews.at(targets.at(t).review).rating > 1;
    }
    int initialCount = 0;
    for (int r = 1; r <= 4; ++r)
        initialCount += set.firstRatingCounts[r];
    if (kept.size() < 8 || initialCount == 0)
        return set;

    const double averageRecall = double(recalled) / kept.size();
    std::array<std::optional<double>, 5> initial;
    for (auto groups = initialGroups.cbegin(); groups != initialGroups.cend(); ++groups) {
        QList<InitialStability::Group> sorted = groups.value();
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.days < b.days; });
        initial[groups.key()] = InitialStability::search(sorted, averageRecall, defaults()[groups.key() - 1]);
    }
    const std::optional<std::array<double, 4>> stabilities
        = InitialStability::smoothAndFill(initial, set.firstRatingCounts);
    if (!stabilities)
        return set;
    std::copy(stabilities->begin(), stabilities->end(), set.start.begin());
    set.outcome = kept.size() == initialCount || kept.size() < 64 ? TrainingSet::Outcome::InitialOnly
                                                                  : TrainingSet::Outcome::Train;
    if (set.outcome != TrainingSet::Outcome::Train)
        return set;

    QMap<int, QList<Prediction>> byCard;
    const double last = std::max<double>(kept.size() - 1, 1);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const FsrsHistory::Target &target = targets.at(kept.at(i));
        if (target.review + 1 > kMaxSequence)
            continue;
        byCard[target.card].append({target.review, 0.25 + 0.75 * std::pow(i / last, 3)});
        ++set.predictions;
    }
    QList<TrainingSet::CardPredictions> ordered;
    for (auto it = byCard.begin(); it != byCard.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Prediction &a, const Prediction &b) { return a.review < b.review; });
        ordered.append({it.key(), it.value()});
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.predictions.last().review < b.predictions.last().review;
    });
    int inBatch = 0;
    for (const TrainingSet::CardPredictions &card : std::as_const(ordered)) {
        if (set.batches.isEmpty() || inBatch + card.predictions.size() > kBatchSize) {
            if (set.batches.isEmpty() || inBatch > 0)
                set.batches.append(QList<TrainingSet::CardPredictions>());
            inBatch = 0;
        }
        set.batches.last().append(card);
        inBatch += int(card.predictions.size());
    }
    return set;
}

std::optional<FsrsOptimizer::Weights> FsrsOptimizer::train(const TrainingSet &set, const Weights &start,
                                                           const Progress &progress, int progressBase,
                                                           int progressTotal) const
{
    const int iterations = (set.predictions / kBatchSize + 1) * kEpochs;
    Weights w = start;
    Weights m {};
    Weights v {};
    int step = 0;
    QRandomGenerator random(kSeed);
    QList<int> order(set.batches.size());
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        std::iota(order.begin(), order.end(), 0);
        for (qsizetype i = order.size() - 1; i > 0; --i) // Fisher-Yates, the same on every machine
            std::swap(order[i], order[qsizetype(random.bounded(quint32(i + 1)))]);
        int done = 0;
        for (int b : std::as_const(order)) {
            // Cosine annealing of the step size over the whole training.
            const double rate = kLearningRate * (1 + std::cos(M_PI * step / iterations)) / 2;
            ++step;
            const Model<Dual> model = learningModel(w);
            Weights gradient {};
            int predictions = 0;
            for (const TrainingSet::CardPredictions &card : set.batches.at(b)) {
                cardLoss(model, m_history.cards().at(card.card), card.predictions, &gradient);
                predictions += int(card.predictions.size());
            }
            const double pull = double(predictions) / set.predictions;
            for (int i = 0; i < kParameterCount; ++i)
                gradient[i] += 2 * (w[i] - start[i]) / (kParameterSpread[i] * kParameterSpread[i]) * pull;
            // Adam.
            const double bias1 = 1 - std::pow(0.9, step);
            const double bias2 = 1 - std::pow(0.999, step);
            for (int i = 0; i < kParameterCount; ++i) {
                m[i] = 0.9 * m[i] + 0.1 * gradient[i];
                v[i] = 0.999 * v[i] + 0.001 * gradient[i] * gradient[i];
                w[i] -= rate * (m[i] / bias1) / (std::sqrt(v[i] / bias2) + 1e-8);
            }
            clamp(w);
            done += predictions;
            if (progress && !progress(progressBase + epoch * set.predictions + done, progressTotal))
                return std::nullopt;
        }
    }
    return w;
}

std::optional<FsrsOptimizer::Weights> FsrsOptimizer::fit(int targets, const Progress &progress) const
{
    const TrainingSet set = trainingSet(targets);
    if (set.outcome != TrainingSet::Outcome::Train)
        return set.start;
    std::optional<Weights> w = train(set, set.start, progress, 0, set.predictions * kEpochs);
    if (!w)
        return std::nullopt;
    // The trained initial stabilities, put back in order and range.
    std::array<std::optional<double>, 5> initial;
    for (int r = 1; r <= 4; ++r)
        initial[r] = (*w)[r - 1];
    const std::optional<std::array<double, 4>> stabilities
        = InitialStability::smoothAndFill(initial, set.firstRatingCounts);
    std::copy(stabilities->begin(), stabilities->end(), w->begin());
    return w;
}

FsrsOptimizer::Evaluation FsrsOptimizer::evaluate(const Weights &weights, int from, int to) const
{
    Scorer scorer;
    scorer.add(m_history, weights, from, to);
    return scorer.evaluation();
}

std::optional<FsrsOptimizer::Comparison> FsrsOptimizer::compare(const Progress &progress) const
{
    constexpr int kSplits = 5;
    const int n = int(m_history.targets().size());
    const int segment = n / (kSplits + 1);
    if (segment == 0)
        return Comparison();
    // Every split's held-out predictions are pooled, bins too, as the reference pools them.
    Scorer fitted;
    Scorer standard;
    for (int split = 0; split < kSplits; ++split) {
        const int testStart = (split + 1) * segment;
        const int testEnd = split == kSplits - 1 ? n : testStart + segment;
        Progress partial;
        if (progress)
            partial = [&](int done, int total) { return progress(split * total + done, kSplits * total); };
        const std::optional<Weights> weights = fit(testStart, partial);
        if (!weights)
            return std::nullopt;
        fitted.add(m_history, *weights, testStart, testEnd);
        standard.add(m_history, defaults(), testStart, testEnd);
    }
    return Comparison {fitted.evaluation(), standard.evaluation()};
}

double FsrsOptimizer::lossAndGradient(const Weights &weights, int from, int to, Weights *gradient) const
{
    const Model<Dual> model = learningModel(weights);
    double loss = 0;
    if (gradient)
        gradient->fill(0);
    const QMap<int, QList<Prediction>> byCard = predictionsByCard(m_history, from, to);
    for (auto it = byCard.cbegin(); it != byCard.cend(); ++it)
        loss += cardLoss(model, m_history.cards().at(it.key()), *it, gradient);
    return loss;
}

} // namespace sdstudy::core
