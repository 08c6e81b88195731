#pragma once

#include "core/fsrsscheduler.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

class BookmarkStore;
class ReviewStore;

// One sitting: asks the concepts of a plan in order. A card still in its
// learning steps comes back in the same sitting once its step has passed, as in
// Anki. Every answer is logged under the sitting's number, taken when the first
// answer is saved (a sitting with no answers leaves no trace).
class StudySession final
{
public:
    static constexpr int kDefaultNewPerDay = 20;
    // Forgotten this often, a question is a leech: flagged Hard so the person sees it.
    static constexpr int kLeechLapses = 8;

    enum class Relearn {
        InThisSitting, // a card in its learning steps comes back before the sitting ends
        Later,         // it waits for another sitting (a mock interview asks each design once)
    };

    StudySession(ReviewStore &reviews, BookmarkStore &bookmarks, const FsrsScheduler &scheduler, QStringList plan,
                 Relearn relearn = Relearn::InThisSitting);

    // The concept to ask next, or nullopt when the sitting is done. Learning cards
    // whose step ends within a few minutes wait for it rather than end the sitting.
    std::optional<QString> current() const;
    int remaining() const { return int(m_queue.size() + m_learning.size()); }
    // Of those: the ones not asked yet, and the ones coming back in their learning steps.
    int unseen() const { return int(m_queue.size()); }
    int comingBack() const { return int(m_learning.size()); }
    // The concepts not asked yet in this sitting, the one on show excluded.
    QStringList toCome() const { return m_queue.mid(1); }
    int answered() const { return m_answered; }
    int number() const { return m_number; }

    // The card as it would be after each rating, for the buttons' labels.
    FsrsScheduler::Card preview(FsrsScheduler::Rating rating, const QDateTime &now) const;

    // Records the answer for current(); false with *error if it could not be saved.
    bool answer(const QString &questionId, FsrsScheduler::Rating rating, const QString &mode, qint64 durationMs,
                const QDateTime &now, QString *error);
    // True when the last answer made the question a leech (and flagged it Hard).
    bool lastAnswerMadeALeech() const { return m_madeLeech; }
    // Takes back the last answer of this sitting, which is asked again.
    bool undo(QString *error);

private:
    struct Pending
    {
        QString conceptId;
        QDateTime due;
    };

    ReviewStore &m_reviews;
    BookmarkStore &m_bookmarks;
    const FsrsScheduler &m_scheduler;
    Relearn m_relearn;
    bool m_madeLeech = false;
    QStringList m_queue;       // concepts to ask, in order
    QList<Pending> m_learning; // concepts back later in this sitting
    QStringList m_answeredOrder;
    int m_answered = 0;
    int m_number = 0; // the sitting's number in the log; 0 until the first answer
};

} // namespace sdstudy::core
