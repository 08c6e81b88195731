#include "reviewstore.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString iso(const QDateTime &time)
{
    return ReviewStore::storedTime(time);
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject toJson(const FsrsScheduler::Card &c)
{
    return {{QStringLiteral("state"), int(c.state)},           {QStringLiteral("stability"), c.stability},
            {QStringLiteral("difficulty"), c.difficulty},      {QStringLiteral("learning_step"), c.learningStep},
            {QStringLiteral("reps"), c.reps},                  {QStringLiteral("lapses"), c.lapses},
            {QStringLiteral("scheduled_days"), c.scheduledDays}, {QStringLiteral("due"), iso(c.due)},
            {QStringLiteral("last_review"), iso(c.lastReview)}};
}

FsrsScheduler::Card fromJson(const QJsonObject &o)
{
    FsrsScheduler::Card c;
    c.state = FsrsScheduler::State(o.value(QStringLiteral("state")).toInt());
    c.stability = o.value(QStringLiteral("stability")).toDouble();
    c.difficulty = o.value(QStringLiteral("difficulty")).toDouble();
    c.learningStep = o.value(QStringLiteral("learning_step")).toInt();
    c.reps = o.value(QStringLiteral("reps")).toInt();
    c.lapses = o.value(QStringLiteral("lapses")).toInt();
    c.scheduledDays = o.value(QStringLiteral("scheduled_days")).toInt();
    c.due = fromIso(o.value(QStringLiteral("due")).toString());
    c.lastReview = fromIso(o.value(QStringLiteral("last_review")).toString());
    return c;
}

bool writeCard(QSqlDatabase db, const QString &conceptId, const FsrsScheduler::Card &c, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO cards (concept_id, state, stability, difficulty, learning_step, reps, lapses, scheduled_days, due, last_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (concept_id) DO UPDATE SET state = excluded.state, stability = excluded.stability,"
        " difficulty = excluded.difficulty, learning_step = excluded.learning_step, reps = excluded.reps,"
        " lapses = excluded.lapses, scheduled_days = excluded.scheduled_days, due = excluded.due,"
        " last_review = excluded.last_review"));
    for (const QVariant &v : {QVariant(conceptId), QVariant(int(c.state)), QVariant(c.stability), QVariant(c.difficulty),
                              QVariant(c.learningStep), QVariant(c.reps), QVariant(c.lapses), QVariant(c.scheduledDays),
                              QVariant(iso(c.due)), QVariant(iso(c.lastReview))})
        query.addBindValue(v);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// The first column of every row a query gives, as text.
QStringList firstColumn(QSqlQuery &query)
{
    QStringList values;
    if (query.exec()) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

} // namespace

QString ReviewStore::storedTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

ReviewStore::ReviewStore(Database &database, const FsrsScheduler &scheduler)
    : m_database(database), m_scheduler(scheduler)
{
}

std::optional<FsrsScheduler::Card> ReviewStore::card(const QString &conceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, stability, difficulty, learning_step, reps, lapses, scheduled_days, due,"
                                 " last_review FROM cards WHERE concept_id = ?"));
    query.addBindValue(conceptId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    FsrsScheduler::Card c;
    c.state = FsrsScheduler::State(query.value(0).toInt());
    c.stability = query.value(1).toDouble();
    c.difficulty = query.value(2).toDouble();
    c.learningStep = query.value(3).toInt();
    c.reps = query.value(4).toInt();
    c.lapses = query.value(5).toInt();
    c.scheduledDays = query.value(6).toInt();
    c.due = fromIso(query.value(7).toString());
    c.lastReview = fromIso(query.value(8).toString());
    return c;
}

std::optional<FsrsScheduler::Card> ReviewStore::answer(const Answer &answer, QString *error)
{
    const auto before = card(answer.conceptId);
    const FsrsScheduler::Card start = before.value_or(FsrsScheduler::Card());
    FsrsScheduler::Card after = m_scheduler.next(start, answer.at, answer.rating);
    const int elapsedDays = before && before->lastReview.isValid()
                                ? int(before->lastReview.toUTC().date().daysTo(answer.at.toUTC().date()))
                                : 0;
    const bool saved = m_database.inTransaction([&](QString *failure) {
        QSqlQuery log(m_database.connection());
        log.prepare(QStringLiteral(
            "INSERT INTO review_log (concept_id, question_id, reviewed_at, rating, mode, state_before, card_before,"
            " elapsed_days, scheduled_days, stability, difficulty, duration_ms, session)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(answer.conceptId), QVariant(answer.questionId), QVariant(iso(answer.at)),
                                  QVariant(int(answer.rating)), QVariant(answer.mode), QVariant(int(start.state)),
                                  before ? QVariant(QString::fromUtf8(QJsonDocument(toJson(*before)).toJson(QJsonDocument::Compact)))
                                         : QVariant(),
                                  QVariant(elapsedDays), QVariant(after.scheduledDays), QVariant(after.stability),
                                  QVariant(after.difficulty), QVariant(answer.durationMs),
                                  answer.session > 0 ? QVariant(answer.session) : QVariant()})
            log.addBindValue(v);
        if (!log.exec()) {
            *failure = log.lastError().text();
            return false;
        }
        return writeCard(m_database.connection(), answer.conceptId, after, failure);
    }, error);
    if (!saved)
        return std::nullopt;
    return after;
}

std::optional<QString> ReviewStore::undoLast(QString *error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, concept_id, card_before FROM review_log ORDER BY id DESC LIMIT 1")) || !last.next())
        return std::nullopt;
    const qlonglong id = last.value(0).toLongLong();
    QString conceptId = last.value(1).toString();
    const QString before = last.value(2).toString();
    last.finish();
    const bool undone = m_database.inTransaction([&](QString *failure) {
        if (before.isEmpty()) { // it was new: no card before
            QSqlQuery forget(db);
            forget.prepare(QStringLiteral("DELETE FROM cards WHERE concept_id = ?"));
            forget.addBindValue(conceptId);
            if (!forget.exec()) {
                *failure = forget.lastError().text();
                return false;
            }
        } else if (!writeCard(db, conceptId, fromJson(QJsonDocument::fromJson(before.toUtf8()).object()), failure)) {
            return false;
        }
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM review_log WHERE id = ?"));
        remove.addBindValue(id);
        if (!remove.exec()) {
            *failure = remove.lastError().text();
            return false;
        }
        return true;
    }, error);
    if (!undone)
        return std::nullopt;
    return conceptId;
}

QStringList ReviewStore::due(const QDateTime &now, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT concept_id FROM cards WHERE due <= ? ORDER BY due LIMIT ?"));
    query.addBindValue(iso(now));
    query.addBindValue(limit);
    return firstColumn(query);
}

QStringList ReviewStore::fresh(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id"
        " WHERE q.concept = q.id AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.concept_id = q.id)"
        " ORDER BY b.position, q.topic_rank, q.subtopic_rank, q.number LIMIT ?"));
    query.addBindValue(limit);
    return firstColumn(query);
}

int ReviewStore::freshStudiedOn(const QDateTime &now) const
{
    const QDateTime dayStart(now.toLocalTime().date(), QTime(0, 0));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM review_log WHERE state_before = 0 AND reviewed_at >= ? AND reviewed_at < ?"));
    query.addBindValue(iso(dayStart));
    query.addBindValue(iso(dayStart.addDays(1)));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int ReviewStore::nextSession() const
{
    return lastSession() + 1;
}

int ReviewStore::lastSession() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(MAX(session), 0) FROM review_log")) && query.next()
               ? query.value(0).toInt()
               : 0;
}
