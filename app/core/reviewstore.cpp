#include "core/reviewstore.h"

#include "core/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

// Binds as the LIKE pattern of every diagram card's id.
QString diagramPattern()
{
    return ReviewStore::kDiagramCardPrefix + QStringLiteral("%");
}

} // namespace

namespace {

QString iso(const QDateTime &time)
{
    return ReviewStore::storedTime(time);
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

const QString kCardColumns
    = QStringLiteral("state, stability, difficulty, learning_step, reps, lapses, scheduled_days, due, last_review");
const QString kLogColumns = QStringLiteral(
    "concept_id, question_id, reviewed_at, rating, mode, state_before, card_before, elapsed_days, scheduled_days,"
    " stability, difficulty, duration_ms");

// A card from kCardColumns, starting at column `first` of the query's row.
FsrsScheduler::Card cardFrom(const QSqlQuery &query, int first)
{
    FsrsScheduler::Card c;
    c.state = FsrsScheduler::State(query.value(first).toInt());
    c.stability = query.value(first + 1).toDouble();
    c.difficulty = query.value(first + 2).toDouble();
    c.learningStep = query.value(first + 3).toInt();
    c.reps = query.value(first + 4).toInt();
    c.lapses = query.value(first + 5).toInt();
    c.scheduledDays = query.value(first + 6).toInt();
    c.due = fromIso(query.value(first + 7).toString());
    c.lastReview = fromIso(query.value(first + 8).toString());
    return c;
}

} // namespace

QJsonObject ReviewStore::cardJson(const FsrsScheduler::Card &c)
{
    return {{QStringLiteral("state"), int(c.state)},
            {QStringLiteral("stability"), c.stability},
            {QStringLiteral("difficulty"), c.difficulty},
            {QStringLiteral("learning_step"), c.learningStep},
            {QStringLiteral("reps"), c.reps},
            {QStringLiteral("lapses"), c.lapses},
            {QStringLiteral("scheduled_days"), c.scheduledDays},
            {QStringLiteral("due"), iso(c.due)},
            {QStringLiteral("last_review"), iso(c.lastReview)}};
}

namespace {

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
        "INSERT INTO cards (concept_id, state, stability, difficulty, learning_step, reps, lapses, scheduled_days, "
        "due, last_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (concept_id) DO UPDATE SET state = excluded.state, stability = excluded.stability,"
        " difficulty = excluded.difficulty, learning_step = excluded.learning_step, reps = excluded.reps,"
        " lapses = excluded.lapses, scheduled_days = excluded.scheduled_days, due = excluded.due,"
        " last_review = excluded.last_review"));
    for (const QVariant &v : {QVariant(conceptId), QVariant(int(c.state)), QVariant(c.stability),
                              QVariant(c.difficulty), QVariant(c.learningStep), QVariant(c.reps), QVariant(c.lapses),
                              QVariant(c.scheduledDays), QVariant(iso(c.due)), QVariant(iso(c.lastReview))})
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
    : m_database(database)
    , m_scheduler(scheduler)
{ }

std::optional<FsrsScheduler::Card> ReviewStore::card(const QString &conceptId) const
{
    return storedCard(m_database, conceptId);
}

std::optional<FsrsScheduler::Card> ReviewStore::storedCard(Database &database, const QString &conceptId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM cards WHERE concept_id = ?").arg(kCardColumns));
    query.addBindValue(conceptId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return cardFrom(query, 0);
}

bool ReviewStore::storeCard(Database &database, const QString &conceptId, const FsrsScheduler::Card &card,
                            QString *error)
{
    return writeCard(database.connection(), conceptId, card, error);
}

bool ReviewStore::dropCard(Database &database, const QString &conceptId, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("DELETE FROM cards WHERE concept_id = ?"));
    query.addBindValue(conceptId);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QList<QPair<QString, FsrsScheduler::Card>> ReviewStore::allCards() const
{
    QList<QPair<QString, FsrsScheduler::Card>> cards;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT concept_id, %1 FROM cards ORDER BY rowid").arg(kCardColumns)))
        return cards;
    while (query.next())
        cards.append({query.value(0).toString(), cardFrom(query, 1)});
    return cards;
}

QList<QPair<QString, FsrsScheduler::Card>> ReviewStore::reviewCardsDueAfter(const QDateTime &time) const
{
    QList<QPair<QString, FsrsScheduler::Card>> cards;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT concept_id, %1 FROM cards WHERE state = ? AND due > ? AND concept_id NOT LIKE ?")
            .arg(kCardColumns));
    query.addBindValue(int(FsrsScheduler::State::Review));
    query.addBindValue(storedTime(time));
    query.addBindValue(diagramPattern());
    if (!query.exec())
        return cards;
    while (query.next())
        cards.append({query.value(0).toString(), cardFrom(query, 1)});
    return cards;
}

QList<ReviewStore::LogEntry> ReviewStore::allLogEntries() const
{
    QList<LogEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM review_log ORDER BY id").arg(kLogColumns)))
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(), fromIso(query.value(2).toString()),
                        query.value(3).toInt(), query.value(4).toString(), query.value(5).toInt(),
                        query.value(6).toString(), query.value(7).toInt(), query.value(8).toInt(),
                        query.value(9).toDouble(), query.value(10).toDouble(), query.value(11).toLongLong()});
    }
    return entries;
}

MergeOutcome ReviewStore::mergeLogEntry(const LogEntry &entry, QString *error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery exists(db);
    // Known by the phrasing it was given on: its concept may have another name here
    // (a split or a join on either computer) and must not bring it in twice.
    exists.prepare(QStringLiteral("SELECT 1 FROM review_log WHERE question_id = ? AND reviewed_at = ?"));
    exists.addBindValue(entry.questionId);
    exists.addBindValue(iso(entry.reviewedAt));
    if (!exists.exec()) {
        *error = exists.lastError().text();
        return MergeOutcome::Failed;
    }
    if (exists.next())
        return MergeOutcome::Unchanged;
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO review_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kLogColumns));
    for (const QVariant &v : {QVariant(entry.conceptId), QVariant(entry.questionId), QVariant(iso(entry.reviewedAt)),
                              QVariant(entry.rating), QVariant(entry.mode), QVariant(entry.stateBefore),
                              entry.cardBefore.isEmpty() ? QVariant() : QVariant(entry.cardBefore),
                              QVariant(entry.elapsedDays), QVariant(entry.scheduledDays), QVariant(entry.stability),
                              QVariant(entry.difficulty), QVariant(entry.durationMs)})
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return MergeOutcome::Failed;
    }
    m_database.announce(LibraryChanges::Kind::Reviews, {entry.conceptId});
    return MergeOutcome::Added;
}

MergeOutcome ReviewStore::mergeCard(const QString &conceptId, const FsrsScheduler::Card &incoming, QString *error)
{
    const auto mine = card(conceptId);
    if (mine && mine->lastReview.isValid()
        && (!incoming.lastReview.isValid() || mine->lastReview >= incoming.lastReview))
        return MergeOutcome::Unchanged;
    if (!writeCard(m_database.connection(), conceptId, incoming, error))
        return MergeOutcome::Failed;
    m_database.announce(LibraryChanges::Kind::Reviews, {conceptId});
    return mine ? MergeOutcome::Updated : MergeOutcome::Added;
}

std::optional<FsrsScheduler::Card> ReviewStore::answer(const Answer &answer, QString *error)
{
    const auto before = card(answer.conceptId);
    const FsrsScheduler::Card start = before.value_or(FsrsScheduler::Card());
    FsrsScheduler::Card after = m_scheduler.next(start, answer.at, answer.rating);
    const int elapsedDays = before && before->lastReview.isValid()
        ? int(before->lastReview.toUTC().date().daysTo(answer.at.toUTC().date()))
        : 0;
    const bool saved = m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery log(m_database.connection());
            log.prepare(QStringLiteral(
                "INSERT INTO review_log (concept_id, question_id, reviewed_at, rating, mode, state_before, card_before,"
                " elapsed_days, scheduled_days, stability, difficulty, duration_ms, session)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(answer.conceptId), QVariant(answer.questionId), QVariant(iso(answer.at)),
                  QVariant(int(answer.rating)), QVariant(answer.mode), QVariant(int(start.state)),
                  before ? QVariant(QString::fromUtf8(QJsonDocument(cardJson(*before)).toJson(QJsonDocument::Compact)))
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
        },
        error);
    if (!saved)
        return std::nullopt;
    m_database.announce(LibraryChanges::Kind::Reviews, {answer.conceptId});
    return after;
}

std::optional<QString> ReviewStore::undoLast(QString *error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, concept_id, card_before FROM review_log ORDER BY id DESC LIMIT 1"))
        || !last.next())
        return std::nullopt;
    const qlonglong id = last.value(0).toLongLong();
    QString conceptId = last.value(1).toString();
    const QString before = last.value(2).toString();
    last.finish();
    const bool undone = m_database.inTransaction(
        [&](QString *failure) {
            if (before.isEmpty()) { // it was new: no card before
                QSqlQuery forget(db);
                forget.prepare(QStringLiteral("DELETE FROM cards WHERE concept_id = ?"));
                forget.addBindValue(conceptId);
                if (!forget.exec()) {
                    *failure = forget.lastError().text();
                    return false;
                }
            } else if (!writeCard(db, conceptId, fromJson(QJsonDocument::fromJson(before.toUtf8()).object()),
                                  failure)) {
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
        },
        error);
    if (!undone)
        return std::nullopt;
    m_database.announce(LibraryChanges::Kind::Reviews, {conceptId});
    return conceptId;
}

QStringList ReviewStore::due(const QDateTime &now, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT concept_id FROM cards WHERE due <= ? AND concept_id NOT LIKE ?"
                                 " ORDER BY due LIMIT ?"));
    query.addBindValue(iso(now));
    query.addBindValue(diagramPattern());
    query.addBindValue(limit);
    return firstColumn(query);
}

QStringList ReviewStore::dueDiagramCards(const QDateTime &now, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT concept_id FROM cards WHERE due <= ? AND concept_id LIKE ?"
                                 " ORDER BY due LIMIT ?"));
    query.addBindValue(iso(now));
    query.addBindValue(diagramPattern());
    query.addBindValue(limit);
    return firstColumn(query);
}

QStringList ReviewStore::diagramCardsSeen() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT concept_id FROM cards WHERE concept_id LIKE ?"));
    query.addBindValue(diagramPattern());
    return firstColumn(query);
}

std::optional<QDateTime> ReviewStore::nextDue(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(due) FROM cards WHERE due > ? AND concept_id NOT LIKE ?"));
    query.addBindValue(iso(now));
    query.addBindValue(diagramPattern());
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QDateTime due = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return due.isValid() ? std::optional<QDateTime>(due) : std::nullopt;
}

namespace {

// "(?, ?, ?)" for a list bound value by value.
QString placeholders(const QStringList &values)
{
    QStringList marks(values.size(), QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

const QString kFreshConcepts
    = QStringLiteral(" FROM questions q JOIN banks b ON b.id = q.bank_id"
                     " WHERE q.concept = q.id AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.concept_id = q.id)");

} // namespace

QStringList ReviewStore::fresh(int limit, const QStringList &firstTopics) const
{
    // In tree order, the given topics' first: bank by bank, each read along its
    // questions_by_topic index until the limit. Sorting every bank's concepts
    // together by the banks' order cost 50 ms at 100,000 questions.
    QList<qint64> bankIds;
    QSqlQuery banks(m_database.connection());
    banks.setForwardOnly(true);
    banks.exec(QStringLiteral("SELECT id FROM banks ORDER BY position"));
    while (banks.next())
        bankIds.append(banks.value(0).toLongLong());
    const QStringList passes = firstTopics.isEmpty()
        ? QStringList {QString()}
        : QStringList {QStringLiteral(" AND q.topic IN %1").arg(placeholders(firstTopics)),
                       QStringLiteral(" AND q.topic NOT IN %1").arg(placeholders(firstTopics))};
    QStringList ids;
    QSqlQuery query(m_database.connection());
    for (const QString &pass : passes) {
        query.prepare(QStringLiteral("SELECT q.id FROM questions q WHERE q.bank_id = ? AND q.concept = q.id"
                                     " AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.concept_id = q.id)%1"
                                     " ORDER BY q.topic_rank, q.subtopic_rank, q.number LIMIT ?")
                          .arg(pass));
        for (const qint64 bank : std::as_const(bankIds)) {
            if (ids.size() >= limit)
                return ids;
            query.addBindValue(bank);
            for (const QString &topic : firstTopics)
                query.addBindValue(topic);
            query.addBindValue(limit - int(ids.size()));
            ids += firstColumn(query);
        }
    }
    return ids;
}

int ReviewStore::freshCount(const QStringList &topics) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*)") + kFreshConcepts
                  + (topics.isEmpty() ? QString() : QStringLiteral(" AND q.topic IN %1").arg(placeholders(topics))));
    for (const QString &topic : topics)
        query.addBindValue(topic);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int ReviewStore::freshStudiedOn(const QDateTime &now, bool diagramCards) const
{
    const QDateTime dayStart(now.toLocalTime().date(), QTime(0, 0));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM review_log WHERE state_before = 0 AND reviewed_at >= ?"
                                 " AND reviewed_at < ? AND concept_id %1 LIKE ?")
                      .arg(diagramCards ? QString() : QStringLiteral("NOT")));
    query.addBindValue(iso(dayStart));
    query.addBindValue(iso(dayStart.addDays(1)));
    query.addBindValue(diagramPattern());
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

} // namespace sdstudy::core
