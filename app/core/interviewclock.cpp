#include "core/interviewclock.h"

namespace sdstudy::core {

InterviewClock::InterviewClock(int minutes)
    : m_budgetMs(qint64(minutes) * 60 * 1000)
{ }

void InterviewClock::start(const QDateTime &now)
{
    m_spentBeforeMs = 0;
    m_runningSince = now;
}

void InterviewClock::pause(const QDateTime &now)
{
    m_spentBeforeMs = spentMs(now);
    m_runningSince = QDateTime();
}

void InterviewClock::resume(const QDateTime &now)
{
    if (!isRunning())
        m_runningSince = now;
}

qint64 InterviewClock::spentMs(const QDateTime &now) const
{
    return m_spentBeforeMs + (isRunning() ? std::max<qint64>(0, m_runningSince.msecsTo(now)) : 0);
}

qint64 InterviewClock::remainingMs(const QDateTime &now) const
{
    return m_budgetMs - spentMs(now);
}

} // namespace sdstudy::core
