#include "core/studysession.h"

#include "core/bookmarkstore.h"
#include "core/reviewstore.h"

namespace sdstudy::core {

namespace {
// A learning step ending within this long is waited for, not left to another day.
constexpr qint64 kLearnAheadSeconds = qint64(20) * 60;
} // namespace

StudySession::StudySession(ReviewStore &reviews, BookmarkStore &bookmarks, const FsrsScheduler &scheduler,
                           QStringList plan, Relearn relearn)
    : m_reviews(reviews)
    , m_bookmarks(bookmarks)
    , m_scheduler(scheduler)
    , m_relearn(relearn)
    , m_queue(std::move(plan))
{ }

std::optional<QString> StudySession::current() const
{
    if (!m_queue.isEmpty())
        return m_queue.first();
    if (!m_learning.isEmpty())
        return m_learning.first().conceptId; // the soonest; the person need not wait out the minutes
    return std::nullopt;
}

FsrsScheduler::Card StudySession::preview(FsrsScheduler::Rating rating, const QDateTime &now) const
{
    const auto conceptId = current();
    const auto card = conceptId ? m_reviews.card(*conceptId) : std::nullopt;
    return m_scheduler.next(card.value_or(FsrsScheduler::Card()), now, rating);
}

bool StudySession::answer(const QString &questionId, FsrsScheduler::Rating rating, const QString &mode,
                          qint64 durationMs, const QDateTime &now, QString *error)
{
    const auto conceptId = current();
    if (!conceptId)
        return false;
    if (m_number == 0)
        m_number = m_reviews.nextSession();
    const auto card = m_reviews.answer({*conceptId, questionId, rating, mode, durationMs, now, m_number}, error);
    if (!card)
        return false;
    // The lapse that reaches the limit flags the concept's entry Hard, once.
    m_madeLeech = rating == FsrsScheduler::Rating::Again && card->lapses == kLeechLapses
        && m_bookmarks.flagOf(*conceptId) != QStringLiteral("hard");
    if (m_madeLeech && !m_bookmarks.set(*conceptId, QStringLiteral("hard"), error))
        return false;
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    else
        m_learning.removeFirst();
    m_answeredOrder.append(*conceptId);
    ++m_answered;
    if (m_relearn == Relearn::InThisSitting && card->due.secsTo(now) > -kLearnAheadSeconds) {
        const Pending pending {*conceptId, card->due};
        const auto at
            = std::find_if(m_learning.begin(), m_learning.end(), [&](const Pending &p) { return p.due > pending.due; });
        m_learning.insert(at, pending);
    }
    return true;
}

bool StudySession::undo(QString *error)
{
    if (m_answeredOrder.isEmpty())
        return false;
    const auto conceptId = m_reviews.undoLast(error);
    if (!conceptId)
        return false;
    m_answeredOrder.removeLast();
    --m_answered;
    m_learning.removeIf([&](const Pending &p) { return p.conceptId == *conceptId; });
    m_queue.prepend(*conceptId);
    return true;
}

} // namespace sdstudy::core
