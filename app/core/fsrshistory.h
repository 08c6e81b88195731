#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sdstudy::core {

// A review log in the shape the FSRS optimizer learns from, built the way the
// reference tools (fsrs-rs, Anki) build it:
// - each card's answers from the start of its last run of learning answers on
//   (a card that was reset starts again);
// - the days between two answers counted on the person's calendar, with the day
//   turning at 4 am local time, so a late-night session belongs to the day before;
// - every answer given a day or more after the one before is a "target": a
//   prediction of recall the model is scored on. Same-day answers only shape the
//   memory state (short-term stability).
class FsrsHistory final
{
public:
    // One answer as the FSRS tools' review-log CSV gives it
    // (card_id, review_time, review_rating, review_state, review_duration).
    struct LogRow
    {
        QString card;
        qint64 timeMs = 0; // since the epoch
        int rating = 0;    // 1 again .. 4 easy
        int state = 0;     // 0 new, 1 learning, 2 review, 3 relearning
        qint64 durationMs = 0;
    };

    struct Review
    {
        int rating = 0;
        int elapsedDays = 0; // since the answer before; 0 for the first
    };

    struct Card
    {
        QList<Review> reviews;
        int firstTarget = -1; // the first answer a day or more after the one before; -1: none
    };

    struct Target
    {
        int card = 0;   // index into cards()
        int review = 0; // index into that card's reviews, at least 1
        qint64 timeMs = 0;
    };

    static constexpr int kDayStartHour = 4;

    FsrsHistory() = default;
    static FsrsHistory fromLog(QList<LogRow> rows, const QTimeZone &zone = QTimeZone::systemTimeZone());

    // The review log of this app's database, read on `db` (a worker thread's own connection).
    static std::optional<QList<LogRow>> readDatabase(const QSqlDatabase &db, QString *error);
    // A review-log CSV as the FSRS tools write it. Any row that does not fit stops the
    // reading with the file, line and what is wrong.
    static std::optional<QList<LogRow>> readCsv(const QString &path, QString *error);

    const QList<Card> &cards() const { return m_cards; }
    // Oldest first: the order held-out evaluation splits in and recency weights follow.
    const QList<Target> &targets() const { return m_targets; }
    // Answers kept (every answer of every card kept, targets or not).
    int reviewCount() const { return m_reviewCount; }

private:
    QList<Card> m_cards;
    QList<Target> m_targets;
    int m_reviewCount = 0;
};

} // namespace sdstudy::core
