#include "core/studysettings.h"

#include <QSettings>

#include <algorithm>

namespace sdstudy::core {

namespace {
const QString kNewPerDay = QStringLiteral("study/newPerDay");
const QString kRetention = QStringLiteral("study/desiredRetention");
const QString kMaximumInterval = QStringLiteral("study/maximumIntervalDays");
const QString kFuzz = QStringLiteral("study/fuzz");
const QString kMockMinutes = QStringLiteral("study/mockMinutes");
const QString kSessionSize = QStringLiteral("study/sessionSize");
} // namespace

StudySettings StudySettings::load()
{
    const QSettings settings;
    const StudySettings defaults;
    StudySettings s;
    // Clamped: a hand-edited or damaged settings file cannot make the scheduler misbehave.
    s.newPerDay = std::clamp(settings.value(kNewPerDay, defaults.newPerDay).toInt(), 0, 9999);
    s.desiredRetention = std::clamp(settings.value(kRetention, defaults.desiredRetention).toDouble(), 0.70, 0.99);
    s.maximumIntervalDays
        = std::clamp(settings.value(kMaximumInterval, defaults.maximumIntervalDays).toInt(), 1, 36500);
    s.fuzz = settings.value(kFuzz, defaults.fuzz).toBool();
    s.mockMinutes = std::clamp(settings.value(kMockMinutes, defaults.mockMinutes).toInt(), 5, 180);
    s.sessionSize = std::clamp(settings.value(kSessionSize, defaults.sessionSize).toInt(), 1, 1000);
    return s;
}

void StudySettings::save() const
{
    QSettings settings;
    settings.setValue(kNewPerDay, newPerDay);
    settings.setValue(kRetention, desiredRetention);
    settings.setValue(kMaximumInterval, maximumIntervalDays);
    settings.setValue(kFuzz, fuzz);
    settings.setValue(kMockMinutes, mockMinutes);
    settings.setValue(kSessionSize, sessionSize);
}

FsrsScheduler::Parameters StudySettings::schedulerParameters() const
{
    FsrsScheduler::Parameters parameters;
    parameters.desiredRetention = desiredRetention;
    parameters.maximumIntervalDays = maximumIntervalDays;
    parameters.fuzz = fuzz;
    return parameters;
}

} // namespace sdstudy::core
