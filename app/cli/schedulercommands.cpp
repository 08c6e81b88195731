// The scheduler fitted to the person and what it asks of them: `optimize`,
// `simulate`, and `plan` for an interview day.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/fsrsfitstore.h"
#include "core/fsrshistory.h"
#include "core/interviewreadiness.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"
#include "core/workloadsimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::Text;

int CommandLine::optimize(core::StudyLibrary &library, const Call &call)
{
    if (!call.args.isEmpty())
        return usage(Text::tr("optimize takes no arguments; a review-log CSV goes with --revlog FILE"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QString revlog = call.value("revlog"_L1);
    const auto rows = revlog.isEmpty() ? core::FsrsHistory::readDatabase(library.database().connection(), &error)
                                       : core::FsrsHistory::readCsv(revlog, &error);
    if (!rows)
        return fail(error);
    const core::FsrsHistory history = core::FsrsHistory::fromLog(*rows);
    const std::optional<core::FsrsFit> fit
        = core::FsrsFit::compute(history, int(rows->size()), QDateTime::currentDateTimeUtc());
    if (!fit)
        return fail(Text::tr("the fit was stopped"));

    core::FsrsFitStore store(library.database());
    const bool applied = !call.isSet("dry-run"_L1) && fit->isBetter();
    // Too few answers to score a fit say nothing against the last one: it stays.
    const bool keepLast = fit->comparison.fitted.predictions == 0 && store.last().has_value();
    if (!call.isSet("dry-run"_L1) && !keepLast) {
        // Asked for by name: the person wants a fit, so a choice of the defaults ends,
        // and the scores are kept either way to show why.
        if (!library.database().inTransaction(
                [&](QString *error) { return store.save(*fit, error) && store.chooseDefaults(false, error); }, &error))
            return fail(error);
    }
    const qint64 ms = timer.elapsed();

    const core::FsrsOptimizer::Comparison &scores = fit->comparison;
    if (call.json()) {
        QJsonArray parameters;
        for (double w : fit->parameters)
            parameters.append(w);
        m_out << jsonText(QJsonObject {{u"reviews"_s, history.reviewCount()},
                                       {u"predictions"_s, scores.fitted.predictions},
                                       {u"parameters"_s, parameters},
                                       {u"log_loss"_s, scores.fitted.logLoss},
                                       {u"rmse_bins"_s, scores.fitted.rmseBins},
                                       {u"default_log_loss"_s, scores.defaults.logLoss},
                                       {u"default_rmse_bins"_s, scores.defaults.rmseBins},
                                       {u"applied"_s, applied},
                                       {u"ms"_s, ms}});
        return 0;
    }
    const QLocale locale;
    m_out << Text::tr("Fitted FSRS-6 to %Ln answer(s) in %1 s.", nullptr, history.reviewCount())
                 .arg(locale.toString(ms / 1000.0, 'f', 1))
          << '\n';
    if (scores.fitted.predictions == 0) {
        m_out << (keepLast ? Text::tr("Too few answers a day or more apart to score a new fit; the last fit is kept.")
                           : Text::tr("Too few answers a day or more apart to tell whether a fit predicts better; "
                                      "the defaults stay in use."))
              << '\n';
        return 0;
    }
    m_out << Text::tr("On %Ln later answer(s) it was not fitted on:", nullptr, scores.fitted.predictions) << '\n'
          << Text::tr("  log loss    fitted %1, defaults %2 (lower is better)")
                 .arg(locale.toString(scores.fitted.logLoss, 'f', 4), locale.toString(scores.defaults.logLoss, 'f', 4))
          << '\n'
          << Text::tr("  RMSE (bins) fitted %1, defaults %2")
                 .arg(locale.toString(scores.fitted.rmseBins, 'f', 4),
                      locale.toString(scores.defaults.rmseBins, 'f', 4))
          << '\n';
    QStringList values;
    for (double w : fit->parameters)
        values.append(QString::number(w, 'f', 4));
    m_out << Text::tr("Parameters: %1").arg(values.join(u", "_s)) << '\n';
    if (call.isSet("dry-run"_L1))
        m_out << Text::tr("Nothing was changed (--dry-run).") << '\n';
    else if (applied)
        m_out << Text::tr("The fitted parameters predict better and are now in use.") << '\n';
    else
        m_out << Text::tr("The defaults predict as well or better; they stay in use.") << '\n';
    return 0;
}

int CommandLine::simulate(core::StudyLibrary &library, const Call &call)
{
    if (!call.args.isEmpty())
        return usage(Text::tr("simulate takes no arguments"));
    core::StudySettings settings = core::StudySettings::load();
    if (call.isSet("retention"_L1))
        settings.desiredRetention = call.value("retention"_L1).toDouble();
    if (call.isSet("new-per-day"_L1))
        settings.newPerDay = call.value("new-per-day"_L1).toInt();
    library.setSchedulerParameters(settings.schedulerParameters());
    const core::WorkloadSimulator::Start start = core::WorkloadSimulator::startFrom(library);
    core::WorkloadSimulator::Plan plan;
    plan.start = QDate::currentDate();
    plan.days = call.value("days"_L1).toInt();
    plan.newPerDay = settings.newPerDay;
    const core::WorkloadSimulator::Outcome outcome
        = core::WorkloadSimulator(library.scheduler(), start.habits).run(start.studied, start.freshAvailable, plan);

    if (call.json()) {
        QJsonArray days;
        for (const core::WorkloadSimulator::Day &day : outcome.days)
            days.append(QJsonObject {{u"date"_s, day.date.toString(Qt::ISODate)},
                                     {u"reviews"_s, day.reviews},
                                     {u"new"_s, day.fresh},
                                     {u"minutes"_s, qRound(day.minutes * 10) / 10.0}});
        m_out << jsonText(days);
        return 0;
    }
    const QLocale locale;
    m_out << Text::tr("Date        Reviews  New  Minutes") << '\n';
    for (const core::WorkloadSimulator::Day &day : outcome.days)
        m_out << QStringLiteral("%1 %2 %3 %4")
                     .arg(day.date.toString(Qt::ISODate))
                     .arg(day.reviews, 8)
                     .arg(day.fresh, 4)
                     .arg(locale.toString(day.minutes, 'f', 1), 8)
              << '\n';
    m_out << Text::tr("At %1% retention and %2 new a day: %3 minutes a day on average; about %4 of %5 "
                      "studied concepts remembered after the last day.")
                 .arg(qRound(settings.desiredRetention * 100))
                 .arg(settings.newPerDay)
                 .arg(locale.toString(outcome.totalMinutes / plan.days, 'f', 1))
                 .arg(qRound(outcome.remembered))
                 .arg(outcome.cards.size())
          << '\n';
    return 0;
}

int CommandLine::interviewPlan(core::StudyLibrary &library, const Call &call)
{
    if (!call.args.isEmpty())
        return usage(Text::tr("plan takes no arguments; the day goes with --interview DATE"));
    core::Interview interview;
    interview.date = QDate::fromString(call.value("interview"_L1), Qt::ISODate);
    // A topic is named by any part of its name, as `print --topic` takes it.
    QStringList topics;
    for (const core::TopicCount &count : library.questions().topicCounts())
        topics.append(count.topic);
    for (const QString &wanted : call.values("topic"_L1)) {
        const QStringList matches = topics.filter(wanted.trimmed(), Qt::CaseInsensitive);
        if (wanted.trimmed().isEmpty() || matches.isEmpty())
            return usage(
                Text::tr("--topic \"%1\" names no topic; the topics are: %2").arg(wanted, topics.join(u"; "_s)));
        for (const QString &topic : matches) {
            if (!interview.topics.contains(topic))
                interview.topics.append(topic);
        }
    }
    const core::StudySettings settings = core::StudySettings::load();
    library.setSchedulerParameters(settings.schedulerParameters());
    const auto forecast
        = core::InterviewReadiness::forecast(library, interview, QDate::currentDate(), settings.newPerDay);
    if (!forecast)
        return usage(Text::tr("--interview %1 is not after today").arg(interview.date.toString(Qt::ISODate)));

    if (call.json()) {
        QJsonArray topicArray;
        for (const auto &topic : forecast->topics)
            topicArray.append(QJsonObject {{u"topic"_s, topic.topic},
                                           {u"chosen"_s, topic.chosen},
                                           {u"concepts"_s, topic.concepts},
                                           {u"seen_by_date"_s, topic.seenByDate},
                                           {u"recall_on_date"_s, qRound(topic.recallOnDate * 1000) / 1000.0}});
        m_out << jsonText(QJsonObject {{u"date"_s, forecast->date.toString(Qt::ISODate)},
                                       {u"days_left"_s, forecast->daysLeft},
                                       {u"topics_chosen"_s, QJsonArray::fromStringList(interview.topics)},
                                       {u"concepts"_s, forecast->concepts},
                                       {u"never_seen_now"_s, forecast->neverSeenNow},
                                       {u"seen_by_date"_s, forecast->seenByDate},
                                       {u"seen_at_own_pace"_s, forecast->seenAtOwnPace},
                                       {u"study_now_per_day"_s, forecast->studyNowPerDay()},
                                       {u"recall_on_date"_s, qRound(forecast->recallOnDate * 1000) / 1000.0},
                                       {u"on_track"_s, forecast->onTrack()},
                                       {u"new_per_day"_s, forecast->newPerDay},
                                       {u"minutes_per_day"_s, qRound(forecast->minutesPerDay * 10) / 10.0},
                                       {u"needed_new_per_day"_s, forecast->neededNewPerDay},
                                       {u"needed_minutes_per_day"_s, qRound(forecast->neededMinutesPerDay * 10) / 10.0},
                                       {u"topics"_s, topicArray}});
        return 0;
    }
    const QLocale locale;
    const QString day = locale.toString(forecast->date, QLocale::LongFormat);
    m_out << Text::tr("Interview on %1, in %n day(s).", nullptr, forecast->daysLeft).arg(day) << '\n';
    if (!interview.topics.isEmpty())
        m_out << Text::tr("Topics that matter: %1").arg(interview.topics.join(u"; "_s)) << '\n';
    if (forecast->onTrack()) {
        m_out << Text::tr("Your %1 new a day start every one of the %2 concepts a week before the day: about %3 "
                          "minutes a day.")
                     .arg(forecast->newPerDay)
                     .arg(forecast->concepts)
                     .arg(locale.toString(forecast->minutesPerDay, 'f', 0))
              << '\n';
    } else {
        if (forecast->seenAtOwnPace < forecast->concepts)
            m_out << Text::tr("At %1 new a day you reach %2 of %3 concepts by %4.")
                         .arg(forecast->newPerDay)
                         .arg(forecast->seenAtOwnPace)
                         .arg(forecast->concepts)
                         .arg(day)
                  << '\n';
        m_out << Text::tr("Study Now starts %1 new a day instead of %2, so that every one starts a week before: "
                          "about %3 minutes a day instead of %4.")
                     .arg(forecast->studyNowPerDay())
                     .arg(forecast->newPerDay)
                     .arg(locale.toString(forecast->neededMinutesPerDay, 'f', 0),
                          locale.toString(forecast->minutesPerDay, 'f', 0))
              << '\n';
    }
    m_out
        << Text::tr("Predicted recall on the day, following Study Now: %1%.").arg(qRound(forecast->recallOnDate * 100))
        << '\n';
    for (const auto &topic : forecast->topics) {
        if (!interview.topics.isEmpty() && !topic.chosen)
            continue;
        m_out << Text::tr("  %1: %2 of %3 seen by then, recall %4%")
                     .arg(topic.topic)
                     .arg(topic.seenByDate)
                     .arg(topic.concepts)
                     .arg(qRound(topic.recallOnDate * 100))
              << '\n';
    }
    return 0;
}

} // namespace sdstudy::cli
