#pragma once

#include "core/fsrsscheduler.h"

namespace sdstudy::core {

// The person's choices for practice, kept with QSettings. Read by the window,
// the Preferences dialog and the commands alike.
struct StudySettings
{
    int newPerDay = 20;
    double desiredRetention = 0.9; // 0.70 .. 0.99
    int maximumIntervalDays = 36500;
    bool fuzz = true;
    int mockMinutes = 35;
    int sessionSize = 20; // for sittings other than Study now

    static StudySettings load();
    void save() const;
    FsrsScheduler::Parameters schedulerParameters() const;
};

} // namespace sdstudy::core
