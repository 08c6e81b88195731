#pragma once

#include "core/fsrsoptimizer.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace sdstudy::core {

class Database;

// The scheduler fitted to the person's own reviews: the parameters, how they and
// the defaults predicted answers they were not fitted on, and when.
struct FsrsFit
{
    FsrsOptimizer::Weights parameters = FsrsOptimizer::defaults();
    FsrsOptimizer::Comparison comparison;
    int reviews = 0; // rows in the review log when it was fitted
    QDateTime fittedAt;

    // Fitted parameters are used only when they predicted better than the defaults.
    bool isBetter() const { return comparison.fittedIsBetter(); }

    // Fits to `history`, read from `logRows` rows of a review log, and scores the fit;
    // nullopt if `progress` stopped it.
    static std::optional<FsrsFit> compute(const FsrsHistory &history, int logRows, const QDateTime &now,
                                          const FsrsOptimizer::Progress &progress = {});

    QJsonObject toJson() const;
    // Nullopt unless every field is there and every parameter is a legal number.
    static std::optional<FsrsFit> fromJson(const QJsonObject &json);
};

// Keeps the last fit in the database (its meta table), with the person's choice to
// use the defaults instead, and says when the log has grown enough to fit again.
class FsrsFitStore final
{
public:
    // Fitting starts at this many answers: below it, held-out scores on simulated
    // learners favour the defaults as often as not (see README, "Fitting FSRS").
    static constexpr int kFirstFitReviews = 400;
    // And runs again after this many new answers, or a week.
    static constexpr int kRefitReviews = 500;
    static constexpr int kRefitDays = 7;

    explicit FsrsFitStore(Database &database);

    std::optional<FsrsFit> last() const;
    bool save(const FsrsFit &fit, QString *error);

    // "Use the defaults": kept until the person asks for a fit again.
    bool defaultsChosen() const;
    bool chooseDefaults(bool useDefaults, QString *error);

    // The parameters the scheduler should use: the last fit if it predicted better
    // and the person has not chosen the defaults, else the defaults.
    FsrsOptimizer::Weights weightsInUse() const;
    bool fittedInUse() const;

    // Whether an automatic fit is due, with `reviews` answers in the log now.
    bool fitDue(int reviews, const QDateTime &now) const;

private:
    std::optional<FsrsFit> fitInUse() const;

    Database &m_database;
};

} // namespace sdstudy::core
