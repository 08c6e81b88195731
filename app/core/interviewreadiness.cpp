#include "core/interviewreadiness.h"

#include "core/studylibrary.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace sdstudy::core {

namespace {

// Each concept leader's topic, and the topics in tree order.
struct TopicMap
{
    QHash<QString, QString> topicOf;
    QStringList order;
};

TopicMap topicMap(StudyLibrary &library)
{
    TopicMap map;
    for (const OutlineEntry &entry : library.questions().outline()) {
        if (!entry.leadsConcept())
            continue;
        map.topicOf.insert(entry.id, entry.topic);
        if (map.order.isEmpty() || map.order.last() != entry.topic) {
            if (!map.order.contains(entry.topic))
                map.order.append(entry.topic);
        }
    }
    return map;
}

} // namespace

int InterviewReadiness::pace(int unstarted, int daysLeft)
{
    const int startingDays = std::max({1, daysLeft - kLeadDays, daysLeft / 2});
    return std::min(9999, (std::max(0, unstarted) + startingDays - 1) / startingDays);
}

QStringList InterviewReadiness::freshInOrder(StudyLibrary &library, const QStringList &topics)
{
    return library.reviews().fresh(std::numeric_limits<int>::max(), topics);
}

std::optional<InterviewReadiness::Forecast> InterviewReadiness::forecast(StudyLibrary &library,
                                                                         const Interview &interview, const QDate &today,
                                                                         int newPerDay, const QTimeZone &zone)
{
    if (!interview.date.isValid() || interview.date <= today || today.daysTo(interview.date) > kMostDaysAhead)
        return std::nullopt;
    const TopicMap map = topicMap(library);
    const WorkloadSimulator::Start start = WorkloadSimulator::startFrom(library);
    const QStringList fresh = freshInOrder(library, interview.topics);
    const auto inScope
        = [&](const QString &topic) { return interview.topics.isEmpty() || interview.topics.contains(topic); };

    Forecast forecast;
    forecast.date = interview.date;
    forecast.daysLeft = int(today.daysTo(interview.date));
    forecast.newPerDay = newPerDay;
    for (const QString &id : fresh)
        forecast.neverSeenNow += inScope(map.topicOf.value(id));

    // The pace that starts every chosen concept in time, as Study Now keeps it.
    forecast.neededNewPerDay = pace(forecast.neverSeenNow, forecast.daysLeft);

    WorkloadSimulator::Plan plan;
    plan.start = today;
    plan.days = forecast.daysLeft;
    plan.zone = zone;
    const WorkloadSimulator simulator(library.scheduler(), start.habits);
    const QDateTime morning(interview.date, QTime(9, 0), zone);
    // Who is in the chosen topics among the cards a run gives back: the studied
    // ones, then the new ones as started.
    const auto conceptAt = [&](qsizetype i) {
        return i < start.concepts.size() ? start.concepts.at(i) : fresh.value(i - start.concepts.size());
    };
    const auto startedInScope = [&](const WorkloadSimulator::Outcome &outcome) {
        int count = 0;
        for (qsizetype i = 0; i < outcome.cards.size(); ++i)
            count += map.topicOf.contains(conceptAt(i)) && inScope(map.topicOf.value(conceptAt(i)));
        return count;
    };

    plan.newPerDay = newPerDay;
    const WorkloadSimulator::Outcome own = simulator.run(start.studied, int(fresh.size()), plan);
    forecast.minutesPerDay = own.totalMinutes / std::max(1, plan.days);
    forecast.seenAtOwnPace = startedInScope(own);
    plan.newPerDay = forecast.studyNowPerDay();
    const WorkloadSimulator::Outcome outcome
        = plan.newPerDay == newPerDay ? own : simulator.run(start.studied, int(fresh.size()), plan);
    forecast.neededMinutesPerDay = outcome.totalMinutes / std::max(1, plan.days);

    // Recall on the morning of the day, per topic.
    QHash<QString, Topic> byTopic;
    for (const QString &topic : map.order)
        byTopic.insert(topic, Topic {topic, inScope(topic) && !interview.topics.isEmpty()});
    for (auto it = map.topicOf.cbegin(); it != map.topicOf.cend(); ++it)
        ++byTopic[it.value()].concepts;
    for (qsizetype i = 0; i < outcome.cards.size(); ++i) {
        const auto topic = map.topicOf.constFind(conceptAt(i));
        if (topic == map.topicOf.cend())
            continue; // a schedule of a concept no bank holds now
        Topic &entry = byTopic[*topic];
        ++entry.seenByDate;
        entry.recallOnDate += simulator.recallAt(outcome.cards.at(i), morning);
    }
    double recallSum = 0;
    for (const QString &topic : map.order) {
        Topic entry = byTopic.value(topic);
        if (inScope(topic)) {
            forecast.concepts += entry.concepts;
            forecast.seenByDate += entry.seenByDate;
            recallSum += entry.recallOnDate;
        }
        entry.recallOnDate = entry.concepts > 0 ? entry.recallOnDate / entry.concepts : 0;
        forecast.topics.append(entry);
    }
    forecast.recallOnDate = forecast.concepts > 0 ? recallSum / forecast.concepts : 0;
    return forecast;
}

} // namespace sdstudy::core
