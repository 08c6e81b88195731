#pragma once

#include "core/workloadsimulator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace sdstudy::core {

class StudyLibrary;

// An interview the person prepares for: its day, the topics that matter (none:
// all), and the recall they want on the day.
struct Interview
{
    QDate date;
    QStringList topics;
    double target = 0.9;
};

// How ready the person will be on the interview day if they follow Study Now: their
// cards run forward to the day (WorkloadSimulator), new concepts started in the
// chosen topics first at the pace Study Now keeps (their own number a day, or more
// when that is what starts every chosen concept early enough to be reviewed a few
// times before the day); predicted recall per topic on the day; and how far their
// own pace alone would get.
class InterviewReadiness final
{
public:
    // New concepts should be started this many days before the interview, so that
    // they come back a few times (after about 1, 3 and 7 days) before it.
    static constexpr int kLeadDays = 7;
    // Forecasts reach this far: two years.
    static constexpr int kMostDaysAhead = 730;
    // New concepts a day that start `unstarted` ones kLeadDays before a day `daysLeft`
    // ahead, or in the first half of the time when that is later; at most 9999.
    static int pace(int unstarted, int daysLeft);

    struct Topic
    {
        QString topic;
        bool chosen = false;
        int concepts = 0;
        int seenByDate = 0;      // started by the interview day
        double recallOnDate = 0; // mean predicted recall on the day; never seen counts as 0
    };

    struct Forecast
    {
        QDate date;
        int daysLeft = 0;
        QList<Topic> topics; // tree order
        // Over the chosen topics (all when none are chosen):
        int concepts = 0;
        int neverSeenNow = 0;
        int seenByDate = 0;
        double recallOnDate = 0;
        int newPerDay = 0;              // the person's own pace
        int seenAtOwnPace = 0;          // started by the day at that pace
        double minutesPerDay = 0;       // at that pace, until the day
        int neededNewPerDay = 0;        // the pace that starts every chosen concept kLeadDays before the day
        double neededMinutesPerDay = 0; // at Study Now's pace, the larger of the two
        // The person's own pace starts every chosen concept in time (kLeadDays before).
        bool onTrack() const { return neededNewPerDay <= newPerDay; }
        int studyNowPerDay() const { return std::max(newPerDay, neededNewPerDay); }
    };

    // Nullopt if the date is not after `today`, or more than kMostDaysAhead after it.
    static std::optional<Forecast> forecast(StudyLibrary &library, const Interview &interview, const QDate &today,
                                            int newPerDay, const QTimeZone &zone = QTimeZone::systemTimeZone());

    // The concepts never studied, in the order a plan for `interview` starts them:
    // the chosen topics first, each part in tree order.
    static QStringList freshInOrder(StudyLibrary &library, const QStringList &topics);
};

} // namespace sdstudy::core
