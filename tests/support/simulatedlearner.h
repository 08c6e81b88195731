#pragma once

#include "core/fsrshistory.h"
#include "core/fsrsscheduler.h"

#include <QList>

namespace sdstudy::testing {

// A learner whose memory follows FSRS-6 with known parameters, studying with the
// app's own scheduler: new cards each day, every card answered when it is due,
// sometimes late, recalled with the probability the true model gives. Its review log is what the
// optimizer must learn the parameters back from. The same seed gives the same log.
class SimulatedLearner final
{
public:
    struct Plan
    {
        int days = 120;
        int newPerDay = 10;
        quint32 seed = 1;
    };

    // Parameters drawn near FSRS-6's defaults, kept inside their legal ranges.
    static core::FsrsScheduler::Parameters trueParameters(quint32 seed);

    // Answers in time order, all at 10:00 UTC or a few minutes after (learning steps).
    static QList<core::FsrsHistory::LogRow> reviewLog(const core::FsrsScheduler::Parameters &truth, const Plan &plan);
};

} // namespace sdstudy::testing
