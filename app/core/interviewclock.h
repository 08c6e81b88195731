#pragma once

#include <QDateTime>

namespace sdstudy::core {

// The countdown of a mock interview: a time budget that can be paused and runs
// on past zero (the person sees how far over they went).
class InterviewClock final
{
public:
    static constexpr int kDefaultMinutes = 35;

    explicit InterviewClock(int minutes = kDefaultMinutes);

    void start(const QDateTime &now);
    void pause(const QDateTime &now);
    void resume(const QDateTime &now);
    bool isRunning() const { return m_runningSince.isValid(); }

    // Milliseconds left at `now`; negative once the budget is spent.
    qint64 remainingMs(const QDateTime &now) const;
    qint64 spentMs(const QDateTime &now) const;

private:
    qint64 m_budgetMs;
    qint64 m_spentBeforeMs = 0; // up to the last pause
    QDateTime m_runningSince;   // invalid while paused or not started
};

} // namespace sdstudy::core
