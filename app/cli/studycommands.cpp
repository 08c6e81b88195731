// The study commands of `sdstudy`: quiz-plan, review, schedule and stats.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/fsrsoptimizer.h"
#include "core/fsrsscheduler.h"
#include "core/progressstats.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::isoUtc;
using CliOutput::jsonText;
using CliOutput::kRatingNames;
using CliOutput::Text;

namespace {

QString stateName(core::FsrsScheduler::State state)
{
    switch (state) {
    case core::FsrsScheduler::State::New:
        return QStringLiteral("new");
    case core::FsrsScheduler::State::Learning:
        return QStringLiteral("learning");
    case core::FsrsScheduler::State::Review:
        return QStringLiteral("review");
    case core::FsrsScheduler::State::Relearning:
        return QStringLiteral("relearning");
    }
    return {};
}

std::optional<core::FsrsScheduler::Rating> ratingFrom(const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= 4)
        return core::FsrsScheduler::Rating(number);
    const auto named = kRatingNames.indexOf(text.trimmed().toLower());
    return named >= 0 ? std::optional(core::FsrsScheduler::Rating(named + 1)) : std::nullopt;
}

std::optional<QDateTime> timeFrom(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return time.isValid() ? std::optional(time.toUTC()) : std::nullopt;
}

QJsonObject cardJson(const core::FsrsScheduler::Card &card)
{
    return {{QStringLiteral("state"), stateName(card.state)},
            {QStringLiteral("stability"), card.stability},
            {QStringLiteral("difficulty"), card.difficulty},
            {QStringLiteral("due"), isoUtc(card.due)}};
}

QString cardLine(const core::FsrsScheduler::Card &card)
{
    return Text::tr("%1, stability %2 d, difficulty %3, due %4")
        .arg(stateName(card.state))
        .arg(card.stability, 0, 'g', 6)
        .arg(card.difficulty, 0, 'g', 6)
        .arg(card.due.toUTC().toString(Qt::ISODate));
}

} // namespace

int CommandLine::quizPlan(core::StudyLibrary &library, const Call &call)
{
    // The scope and the size were checked before the library opened.
    QString error;
    auto scope = core::QuizScope::parse(call.value("scope"_L1), &error);
    if (!scope)
        return usage(error);
    scope->size = call.value("size"_L1).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    library.setSchedulerParameters(core::StudySettings::load().schedulerParameters());
    const core::QuizPlan plan = library.planner().plan(*scope, now, core::StudySettings::load().newPerDay);
    if (call.json()) {
        QJsonArray questions;
        for (const QString &id : plan.concepts) {
            const auto question = library.questions().question(id);
            const auto card = library.reviews().card(id);
            questions.append(QJsonObject {
                {QStringLiteral("id"), id},
                {QStringLiteral("bank"), question ? question->bankKey : QString()},
                {QStringLiteral("number"), question ? question->number : 0},
                {QStringLiteral("title"), question ? question->title : QString()},
                {QStringLiteral("topic"), question ? question->topic : QString()},
                {QStringLiteral("state"), stateName(card ? card->state : core::FsrsScheduler::State::New)},
                {QStringLiteral("due"), card ? isoUtc(card->due) : QJsonValue()},
            });
        }
        m_out << jsonText(QJsonObject {{QStringLiteral("scope"), scope->key()},
                                       {QStringLiteral("description"), scope->describe()},
                                       {QStringLiteral("total"), int(plan.concepts.size())},
                                       {QStringLiteral("due"), plan.due},
                                       {QStringLiteral("new"), plan.fresh},
                                       {QStringLiteral("ahead"), plan.ahead},
                                       {QStringLiteral("questions"), questions}});
        return 0;
    }
    m_out << Text::tr("%1: %n question(s) (%2 due, %3 new, %4 ahead of time)", nullptr, int(plan.concepts.size()))
                 .arg(scope->describe())
                 .arg(plan.due)
                 .arg(plan.fresh)
                 .arg(plan.ahead)
          << '\n';
    for (const QString &id : plan.concepts) {
        const auto question = library.questions().question(id);
        if (question)
            m_out << question->reference().rightJustified(5) << "  " << question->title << "  [" << question->topic
                  << "]\n";
    }
    return 0;
}

int CommandLine::review(core::StudyLibrary &library, const Call &call)
{
    if (call.args.size() != 2)
        return usage(Text::tr("review takes a question ID and a rating (1-4 or again, hard, good, easy)"));
    const auto rating = ratingFrom(call.args.at(1));
    if (!rating)
        return usage(Text::tr("\"%1\" is not a rating; use 1-4 or again, hard, good, easy").arg(call.args.at(1)));
    const QString atText = call.value("at"_L1);
    const auto at = atText.isEmpty() ? std::optional(QDateTime::currentDateTimeUtc()) : timeFrom(atText);
    if (!at)
        return usage(Text::tr("--at takes a time in ISO 8601, such as 2026-01-05T09:30:00Z"));
    const auto question = questionRecord(library, call.args.first());
    if (!question)
        return 1;
    library.setSchedulerParameters(core::StudySettings::load().schedulerParameters());
    const auto before = library.reviews().card(question->conceptId);
    if (before && before->lastReview.isValid() && before->lastReview > *at)
        return usage(Text::tr("--at is before the question's last review (%1)")
                         .arg(before->lastReview.toUTC().toString(Qt::ISODate)));
    QString error;
    const auto card = library.reviews().answer(
        {question->conceptId, question->id, *rating, QStringLiteral("command"), 0, *at}, &error);
    if (!card)
        return fail(error);
    if (call.json()) {
        QJsonObject object = cardJson(*card);
        object.insert(QStringLiteral("id"), question->id);
        object.insert(QStringLiteral("concept"), question->conceptId);
        object.insert(QStringLiteral("rating"), int(*rating));
        object.insert(QStringLiteral("reviewed_at"), isoUtc(*at));
        object.insert(QStringLiteral("scheduled_days"), card->scheduledDays);
        object.insert(QStringLiteral("reps"), card->reps);
        object.insert(QStringLiteral("lapses"), card->lapses);
        m_out << jsonText(object);
        return 0;
    }
    m_out << Text::tr("%1 for %2: %3").arg(kRatingNames[int(*rating) - 1], question->reference(), cardLine(*card))
          << '\n';
    return 0;
}

int CommandLine::schedule(const Call &call)
{
    const QString history = call.value("history"_L1);
    if (history.trimmed().isEmpty())
        return usage(Text::tr("schedule takes --history \"TIME=RATING,...\", such as 2026-01-05T09:30:00Z=3"));
    core::FsrsScheduler::Parameters parameters;
    if (call.isSet("parameters"_L1)) {
        const QStringList values = call.value("parameters"_L1).split(QLatin1Char(','));
        QString problem;
        if (values.size() != 21)
            problem = Text::tr("--parameters takes the 21 numbers of FSRS-6, w0 to w20, separated by commas");
        for (qsizetype i = 0; problem.isEmpty() && i < values.size(); ++i) {
            bool ok = false;
            parameters.w[i] = values.at(i).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(parameters.w[i]))
                problem = Text::tr("--parameters: w%1 (\"%2\") is not a number").arg(i).arg(values.at(i));
        }
        core::FsrsOptimizer::Weights legal = parameters.w;
        core::FsrsOptimizer::clamp(legal);
        for (qsizetype i = 0; problem.isEmpty() && i < values.size(); ++i) {
            if (legal[i] != parameters.w[i])
                problem = Text::tr("--parameters: w%1 = %2 is outside its legal range").arg(i).arg(parameters.w[i]);
        }
        if (!problem.isEmpty())
            return usage(problem);
    }
    bool retentionOk = false;
    parameters.desiredRetention = call.value("retention"_L1).toDouble(&retentionOk);
    // Written so that "nan", which fails every comparison, fails this one too.
    if (!retentionOk || !(parameters.desiredRetention >= 0.7 && parameters.desiredRetention <= 0.99))
        return usage(Text::tr("--retention takes a number from 0.70 to 0.99"));
    const core::FsrsScheduler scheduler(parameters);
    core::FsrsScheduler::Card card;
    QJsonArray steps;
    QStringList lines;
    const QStringList items = history.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items[i].trimmed();
        const auto where = [&](const QString &what) {
            return Text::tr("--history item %1 (\"%2\"): %3").arg(i + 1).arg(item, what);
        };
        const qsizetype equals = item.lastIndexOf(QLatin1Char('='));
        if (equals < 0)
            return usage(where(Text::tr("expected TIME=RATING")));
        const auto time = timeFrom(item.left(equals));
        if (!time)
            return usage(where(Text::tr("the time is not ISO 8601, such as 2026-01-05T09:30:00Z")));
        const auto rating = ratingFrom(item.mid(equals + 1));
        if (!rating)
            return usage(where(Text::tr("the rating is not 1-4 or again, hard, good, easy")));
        if (card.lastReview.isValid() && *time < card.lastReview)
            return usage(where(Text::tr("earlier than the item before it")));
        card = scheduler.next(card, *time, *rating);
        steps.append(cardJson(card));
        lines.append(
            Text::tr("%1 %2: %3").arg(time->toString(Qt::ISODate), kRatingNames[int(*rating) - 1], cardLine(card)));
    }
    if (call.json())
        m_out << jsonText(steps);
    else
        m_out << lines.join(QLatin1Char('\n')) << '\n';
    return 0;
}

int CommandLine::stats(core::StudyLibrary &library, const Call &call)
{
    const core::ProgressStats stats(library.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toLocalTime().date();
    const auto numbers = stats.today(now);
    const auto topics = stats.topics(now, 30);
    const auto forecast = stats.dueForecast(now, 30);
    const auto days = stats.days(today.addDays(-29), today);
    const int streak = stats.streak(today);
    const core::ProgressStats::Topic all = core::ProgressStats::total(topics);
    const auto minutes = [](qint64 ms) { return qRound(ms / 60000.0); };
    if (call.json()) {
        QJsonArray topicArray;
        for (const auto &t : topics)
            topicArray.append(QJsonObject {
                {QStringLiteral("topic"), t.topic},
                {QStringLiteral("new"), t.fresh},
                {QStringLiteral("learning"), t.learning},
                {QStringLiteral("young"), t.young},
                {QStringLiteral("mature"), t.mature},
                {QStringLiteral("reviews_30d"), t.reviews},
                {QStringLiteral("retention_30d"), t.reviews > 0 ? QJsonValue(t.retention()) : QJsonValue()}});
        QJsonArray dayArray;
        for (const auto &d : days)
            dayArray.append(QJsonObject {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                         {QStringLiteral("again"), d.byRating[0]},
                                         {QStringLiteral("hard"), d.byRating[1]},
                                         {QStringLiteral("good"), d.byRating[2]},
                                         {QStringLiteral("easy"), d.byRating[3]},
                                         {QStringLiteral("minutes"), minutes(d.durationMs)}});
        QJsonArray forecastArray;
        for (int n : forecast)
            forecastArray.append(n);
        m_out << jsonText(QJsonObject {
            {QStringLiteral("today"),
             QJsonObject {{QStringLiteral("reviewed"), numbers.reviewed},
                          {QStringLiteral("new"), numbers.fresh},
                          {QStringLiteral("again"), numbers.again},
                          {QStringLiteral("due_now"), numbers.dueNow},
                          {QStringLiteral("due_today"), numbers.dueToday},
                          {QStringLiteral("diagram_cards_seen"), numbers.diagramCardsSeen},
                          {QStringLiteral("diagram_cards_due"), numbers.diagramCardsDue},
                          {QStringLiteral("minutes"), minutes(numbers.durationMs)}}},
            {QStringLiteral("streak_days"), streak},
            {QStringLiteral("total_reviews"), stats.totalReviews()},
            {QStringLiteral("retention_30d"), all.reviews > 0 ? QJsonValue(all.retention()) : QJsonValue()},
            {QStringLiteral("due_forecast"), forecastArray},
            {QStringLiteral("days"), dayArray},
            {QStringLiteral("topics"), topicArray},
        });
        return 0;
    }
    m_out << Text::tr("Today: %1 reviewed (%2 new, %3 forgotten) in %4 min; %5 due now, %6 due by the end of the day")
                 .arg(numbers.reviewed)
                 .arg(numbers.fresh)
                 .arg(numbers.again)
                 .arg(minutes(numbers.durationMs))
                 .arg(numbers.dueNow)
                 .arg(numbers.dueToday)
          << '\n'
          << Text::tr("Streak: %n day(s) · Reviews in all: %1 · Retention (30 days): %2", nullptr, streak)
                 .arg(stats.totalReviews())
                 .arg(all.reviews > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * all.retention()))
                                      : Text::tr("no reviews yet"))
          << "\n\n";
    for (const auto &t : topics)
        m_out << Text::tr("%1: %2 new, %3 learning, %4 young, %5 mature")
                     .arg(t.topic)
                     .arg(t.fresh)
                     .arg(t.learning)
                     .arg(t.young)
                     .arg(t.mature)
              << '\n';
    return 0;
}

} // namespace sdstudy::cli
