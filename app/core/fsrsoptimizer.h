#pragma once

#include "core/fsrshistory.h"

#include <array>
#include <functional>
#include <optional>

namespace sdstudy::core {

// Fits FSRS-6's 21 parameters to one person's review log, as the reference
// optimizer (fsrs-rs) does:
// - initial stabilities first, one per first rating, from how often a card was
//   recalled at its first review a day or more later (with its outlier filter);
// - then every parameter by Adam on the log loss of predicted recall, mini-batches
//   of whole cards, newer answers weighted more, a pull towards the starting values,
//   parameters clamped to their legal ranges after every step;
// - a fixed seed, so the same log always gives the same parameters.
// Gradients are exact: the model runs on dual numbers that carry the derivative by
// each parameter along (forward-mode differentiation).
class FsrsOptimizer final
{
public:
    using Weights = std::array<double, 21>;

    static const Weights &defaults(); // FSRS-6's

    struct Evaluation
    {
        double logLoss = 0;
        double rmseBins = 0; // root mean square of predicted minus actual recall, in bins
        int predictions = 0;
    };

    // Fitted and default parameters scored on answers the fit never saw: the log is
    // cut in time order, each fit learns from the earlier part and predicts the next.
    struct Comparison
    {
        Evaluation fitted;
        Evaluation defaults;
        bool fittedIsBetter() const { return fitted.predictions > 0 && fitted.logLoss < defaults.logLoss; }
    };

    // Called now and then with the work done so far and in all; return false to stop.
    using Progress = std::function<bool(int done, int total)>;

    explicit FsrsOptimizer(const FsrsHistory &history);

    // Parameters fitted to the first `targets` predictions in time (all by default);
    // the defaults when there are too few to learn from, nullopt if stopped.
    std::optional<Weights> fit(int targets = -1, const Progress &progress = {}) const;
    // Scores `weights` on the predictions [from, to) in time order.
    Evaluation evaluate(const Weights &weights, int from, int to) const;
    // Fits and scores on held-out answers in five time-ordered splits.
    std::optional<Comparison> compare(const Progress &progress = {}) const;

    // The summed, weighted log loss of the predictions [from, to) and its gradient
    // by each parameter: what training descends. Public for the gradient test.
    double lossAndGradient(const Weights &weights, int from, int to, Weights *gradient) const;
    // Puts each parameter into its legal range, as every training step does.
    static void clamp(Weights &weights);

private:
    struct TrainingSet;
    TrainingSet trainingSet(int targets) const;
    std::optional<Weights> train(const TrainingSet &set, const Weights &start, const Progress &progress,
                                 int progressBase, int progressTotal) const;

    const FsrsHistory &m_history;
};

} // namespace sdstudy::core
