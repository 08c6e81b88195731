#include "core/progressstats.h"

#include "core/database.h"
#include "core/reviewstore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace sdstudy::core {

static_assert(ProgressStats::kMatureDays == 21,
              "schema 20's triggers count a card as young under 21 days: a change needs a migration");

namespace {

QDateTime startOfLocalDay(const QDate &day)
{
    return day.startOfDay();
}

} // namespace

ProgressStats::ProgressStats(Database &database)
    : m_database(database)
{ }

QList<ProgressStats::Day> ProgressStats::days(const QDate &from, const QDate &to) const
{
    QList<Day> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append(Day {d, {}, 0});
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT day, rating, reviews, duration_ms FROM review_days WHERE day >= ? AND day <= ?"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return days;
    while (query.next()) {
        const qint64 index = from.daysTo(QDate::fromString(query.value(0).toString(), Qt::ISODate));
        const int rating = query.value(1).toInt();
        if (index < 0 || index >= days.size() || rating < 1 || rating > 4)
            continue;
        days[index].byRating[rating - 1] += query.value(2).toInt();
        days[index].durationMs += query.value(3).toLongLong();
    }
    return days;
}

QList<int> ProgressStats::dueForecast(const QDateTime &now, int count) const
{
    // Day by local day, each a range of the due index counted without reading a
    // card: converting every card's time to local time cost more than the rest.
    QList<int> forecast(count, 0);
    const QDate today = now.toLocalTime().date();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cards WHERE due >= ? AND due < ?"));
    QString from = QStringLiteral(""); // before every time, not NULL: overdue ones count today
    for (int day = 0; day < count; ++day) {
        const QString until = ReviewStore::storedTime(startOfLocalDay(today.addDays(day + 1)));
        query.addBindValue(from);
        query.addBindValue(until);
        if (!query.exec() || !query.next())
            return forecast;
        forecast[day] = query.value(0).toInt();
        from = until;
    }
    return forecast;
}

QList<ProgressStats::Topic> ProgressStats::topics(const QDateTime &now, int retentionDays) const
{
    QList<Topic> topics;
    QHash<QString, qsizetype> at;                    // a topic's place in `topics`, by name across banks
    QHash<std::pair<qint64, int>, qsizetype> atRank; // and by bank and rank
    // Each topic's concepts as the tree counts them (new unless counted below),
    // then how many are at each stage, as the database keeps them (schema 20).
    QSqlQuery concepts(m_database.connection());
    concepts.setForwardOnly(true);
    if (concepts.exec(QStringLiteral("SELECT MIN(o.topic), o.bank_id, o.topic_rank, SUM(o.concepts)"
                                     " FROM outline_branches o JOIN banks b ON b.id = o.bank_id"
                                     " GROUP BY b.position, o.bank_id, o.topic_rank HAVING SUM(o.concepts) > 0"
                                     " ORDER BY b.position, o.topic_rank"))) {
        while (concepts.next()) {
            const QString name = concepts.value(0).toString();
            if (!at.contains(name)) {
                at.insert(name, topics.size());
                topics.append(Topic {name});
            }
            atRank.insert({concepts.value(1).toLongLong(), concepts.value(2).toInt()}, at.value(name));
            topics[at.value(name)].fresh += concepts.value(3).toInt();
        }
    }
    QSqlQuery stages(m_database.connection());
    stages.setForwardOnly(true);
    if (stages.exec(
            QStringLiteral("SELECT bank_id, topic_rank, stage, concepts FROM topic_stages WHERE concepts > 0"))) {
        while (stages.next()) {
            const qsizetype index = atRank.value({stages.value(0).toLongLong(), stages.value(1).toInt()}, -1);
            if (index < 0)
                continue;
            Topic &topic = topics[index];
            const int count = stages.value(3).toInt();
            topic.fresh = std::max(0, topic.fresh - count); // never below none, whatever a hand edit did
            switch (stages.value(2).toInt()) {
            case 1:
                topic.learning += count;
                break;
            case 2:
                topic.young += count;
                break;
            default:
                topic.mature += count;
                break;
            }
        }
    }
    QSqlQuery retention(m_database.connection());
    retention.setForwardOnly(true);
    retention.prepare(
        QStringLiteral("SELECT q.topic, SUM(r.state_before = 2), SUM(r.state_before = 2 AND r.rating > 1), COUNT(*),"
                       " SUM(r.rating > 1) FROM review_log r JOIN questions q ON q.id = r.concept_id"
                       " WHERE r.reviewed_at >= ? GROUP BY q.topic"));
    retention.addBindValue(ReviewStore::storedTime(now.addDays(-retentionDays)));
    if (retention.exec()) {
        while (retention.next()) {
            const auto index = at.value(retention.value(0).toString(), -1);
            if (index < 0)
                continue;
            topics[index].reviews = retention.value(1).toInt();
            topics[index].recalled = retention.value(2).toInt();
            topics[index].answers = retention.value(3).toInt();
            topics[index].answersRecalled = retention.value(4).toInt();
        }
    }
    return topics;
}

ProgressStats::Topic ProgressStats::total(const QList<Topic> &topics)
{
    Topic sum;
    for (const Topic &topic : topics) {
        sum.fresh += topic.fresh;
        sum.learning += topic.learning;
        sum.young += topic.young;
        sum.mature += topic.mature;
        sum.reviews += topic.reviews;
        sum.recalled += topic.recalled;
        sum.answers += topic.answers;
        sum.answersRecalled += topic.answersRecalled;
    }
    return sum;
}

ProgressStats::Today ProgressStats::today(const QDateTime &now) const
{
    Today today;
    const QDate date = now.toLocalTime().date();
    const Day day = days(date, date).constFirst();
    today.reviewed = day.total();
    today.again = day.byRating[0];
    today.durationMs = day.durationMs;
    QSqlQuery query(m_database.connection());
    // Questions only: diagram cards are counted apart (diagramCards()). Cards due
    // are counted on the due index alone, less the diagram cards, a range of ids.
    query.prepare(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM review_log WHERE state_before = 0"
                       " AND reviewed_at >= :dayStart AND reviewed_at < :dayEnd AND concept_id NOT LIKE :diagram),"
                       " (SELECT COUNT(*) FROM cards WHERE due <= :now),"
                       " (SELECT COUNT(*) FROM cards WHERE due < :dayEnd),"
                       " (SELECT COUNT(*) FROM cards WHERE concept_id >= :diagramFirst AND concept_id < :diagramEnd),"
                       " (SELECT COUNT(*) FROM cards WHERE concept_id >= :diagramFirst AND concept_id < :diagramEnd"
                       "  AND due <= :now),"
                       " (SELECT COUNT(*) FROM cards WHERE concept_id >= :diagramFirst AND concept_id < :diagramEnd"
                       "  AND due < :dayEnd)"));
    QString diagramEnd = ReviewStore::kDiagramCardPrefix;
    diagramEnd.back() = QChar(diagramEnd.back().unicode() + 1); // "diagram;": just past every "diagram:…"
    query.bindValue(QStringLiteral(":diagram"), ReviewStore::kDiagramCardPrefix + QStringLiteral("%"));
    query.bindValue(QStringLiteral(":diagramFirst"), QString(ReviewStore::kDiagramCardPrefix));
    query.bindValue(QStringLiteral(":diagramEnd"), diagramEnd);
    query.bindValue(QStringLiteral(":dayStart"), ReviewStore::storedTime(startOfLocalDay(date)));
    query.bindValue(QStringLiteral(":dayEnd"), ReviewStore::storedTime(startOfLocalDay(date.addDays(1))));
    query.bindValue(QStringLiteral(":now"), ReviewStore::storedTime(now));
    if (query.exec() && query.next()) {
        today.fresh = query.value(0).toInt();
        today.diagramCardsSeen = query.value(3).toInt();
        today.diagramCardsDue = query.value(4).toInt();
        today.dueNow = query.value(1).toInt() - today.diagramCardsDue;
        today.dueToday = query.value(2).toInt() - query.value(5).toInt();
    }
    return today;
}

int ProgressStats::streak(const QDate &today) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT day FROM review_days WHERE day <= ? GROUP BY day HAVING SUM(reviews) > 0"
                                 " ORDER BY day DESC"));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return 0;
    int streak = 0;
    QDate expected = today;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (streak == 0 && day == today.addDays(-1) && expected == today)
            expected = day; // nothing yet today: the streak still stands from yesterday
        if (day != expected)
            break;
        ++streak;
        expected = day.addDays(-1);
    }
    return streak;
}

qint64 ProgressStats::totalReviews() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(SUM(reviews), 0) FROM review_days")) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

} // namespace sdstudy::core
