#include "core/fsrsfitstore.h"

#include "core/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace sdstudy::core {

using namespace Qt::StringLiterals;

namespace {

const QString kFitKey = u"fsrs_fit"_s;
const QString kDefaultsKey = u"fsrs_use_defaults"_s;

QJsonObject evaluationJson(const FsrsOptimizer::Evaluation &evaluation)
{
    return {{u"log_loss"_s, evaluation.logLoss},
            {u"rmse_bins"_s, evaluation.rmseBins},
            {u"predictions"_s, evaluation.predictions}};
}

std::optional<FsrsOptimizer::Evaluation> evaluationFrom(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    FsrsOptimizer::Evaluation evaluation;
    evaluation.logLoss = json.value(u"log_loss"_s).toDouble(-1);
    evaluation.rmseBins = json.value(u"rmse_bins"_s).toDouble(-1);
    evaluation.predictions = json.value(u"predictions"_s).toInt(-1);
    if (!(evaluation.logLoss >= 0) || !(evaluation.rmseBins >= 0) || evaluation.predictions < 0)
        return std::nullopt;
    return evaluation;
}

} // namespace

std::optional<FsrsFit> FsrsFit::compute(const FsrsHistory &history, int logRows, const QDateTime &now,
                                        const FsrsOptimizer::Progress &progress)
{
    const FsrsOptimizer optimizer(history);
    // Scoring takes five fits on growing parts of the log; the last fit, on all of
    // it, about as long as the largest of those.
    FsrsOptimizer::Progress scoring, fitting;
    if (progress) {
        scoring = [&progress](int done, int total) { return progress(done * 5, total * 6); };
        fitting = [&progress](int done, int total) { return progress(5 * total + done, total * 6); };
    }
    const std::optional<FsrsOptimizer::Comparison> comparison = optimizer.compare(scoring);
    if (!comparison)
        return std::nullopt;
    const std::optional<FsrsOptimizer::Weights> weights = optimizer.fit(-1, fitting);
    if (!weights)
        return std::nullopt;
    FsrsFit fit;
    fit.parameters = *weights;
    fit.comparison = *comparison;
    // As fitDue counts: rows of the log, kept for learning or not.
    fit.reviews = logRows;
    fit.fittedAt = now;
    return fit;
}

QJsonObject FsrsFit::toJson() const
{
    QJsonArray weights;
    for (double w : parameters)
        weights.append(w);
    return {{u"parameters"_s, weights},
            {u"fitted"_s, evaluationJson(comparison.fitted)},
            {u"defaults"_s, evaluationJson(comparison.defaults)},
            {u"reviews"_s, reviews},
            {u"fitted_at"_s, fittedAt.toUTC().toString(Qt::ISODate)}};
}

std::optional<FsrsFit> FsrsFit::fromJson(const QJsonObject &json)
{
    FsrsFit fit;
    const QJsonArray weights = json.value(u"parameters"_s).toArray();
    if (weights.size() != qsizetype(fit.parameters.size()))
        return std::nullopt;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (!weights.at(i).isDouble() || !std::isfinite(weights.at(i).toDouble()))
            return std::nullopt;
        fit.parameters[i] = weights.at(i).toDouble();
    }
    FsrsOptimizer::Weights clamped = fit.parameters;
    FsrsOptimizer::clamp(clamped);
    if (clamped != fit.parameters)
        return std::nullopt;
    const auto fitted = evaluationFrom(json.value(u"fitted"_s));
    const auto defaults = evaluationFrom(json.value(u"defaults"_s));
    fit.reviews = json.value(u"reviews"_s).toInt(-1);
    fit.fittedAt = QDateTime::fromString(json.value(u"fitted_at"_s).toString(), Qt::ISODate);
    if (!fitted || !defaults || fit.reviews < 0 || !fit.fittedAt.isValid())
        return std::nullopt;
    fit.comparison = {*fitted, *defaults};
    return fit;
}

FsrsFitStore::FsrsFitStore(Database &database)
    : m_database(database)
{ }

std::optional<FsrsFit> FsrsFitStore::last() const
{
    const std::optional<QString> text = m_database.metaValue(kFitKey);
    if (!text)
        return std::nullopt;
    return FsrsFit::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

bool FsrsFitStore::save(const FsrsFit &fit, QString *error)
{
    return m_database.setMetaValue(
        kFitKey, QString::fromUtf8(QJsonDocument(fit.toJson()).toJson(QJsonDocument::Compact)), error);
}

bool FsrsFitStore::defaultsChosen() const
{
    return m_database.metaValue(kDefaultsKey) == u"1"_s;
}

bool FsrsFitStore::chooseDefaults(bool useDefaults, QString *error)
{
    return m_database.setMetaValue(kDefaultsKey, useDefaults ? u"1"_s : u"0"_s, error);
}

std::optional<FsrsFit> FsrsFitStore::fitInUse() const
{
    std::optional<FsrsFit> fit = last();
    return fit && fit->isBetter() && !defaultsChosen() ? fit : std::nullopt;
}

bool FsrsFitStore::fittedInUse() const
{
    return fitInUse().has_value();
}

FsrsOptimizer::Weights FsrsFitStore::weightsInUse() const
{
    const std::optional<FsrsFit> fit = fitInUse();
    return fit ? fit->parameters : FsrsOptimizer::defaults();
}

bool FsrsFitStore::fitDue(int reviews, const QDateTime &now) const
{
    if (reviews < kFirstFitReviews || defaultsChosen())
        return false;
    const std::optional<FsrsFit> fit = last();
    if (!fit)
        return true;
    return reviews >= fit->reviews + kRefitReviews
        || (reviews > fit->reviews && fit->fittedAt.daysTo(now) >= kRefitDays);
}

} // namespace sdstudy::core
