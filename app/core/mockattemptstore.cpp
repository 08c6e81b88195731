#include "core/mockattemptstore.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct MockAttemptStoreText
{
    Q_DECLARE_TR_FUNCTIONS(MockAttemptStore)
};

// Stages as stored: their indexes, "0,2,3".
QString stagesText(const QList<int> &stages)
{
    QString text = QStringLiteral(""); // never null: the column is NOT NULL
    for (int stage : stages)
        text += (text.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(stage);
    return text;
}

QList<int> stagesFrom(const QString &text)
{
    QList<int> stages;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int stage = part.toInt(&ok);
        if (ok && stage >= 0)
            stages.append(stage);
    }
    return stages;
}

bool runAttemptQuery(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// An update that must find its row: one gone (removed elsewhere) is an error,
// never a silent loss of what was typed.
bool update(QSqlQuery &query, QString *error)
{
    if (!runAttemptQuery(query, error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = MockAttemptStoreText::tr("the attempt is no longer in the database");
    return false;
}

const QString kColumns
    = QStringLiteral("id, question_id, concept_id, started_at, seconds_used, minutes_allowed, stages, scratch, rating,"
                     " sketch");

// The sketch column: '' for none. One that does not read (written by hand) shows as none.
QString sketchText(const Sketch &sketch)
{
    return sketch.isEmpty() ? QStringLiteral("") : QString::fromUtf8(sketch.toJsonText()); // never NULL
}

Sketch sketchFrom(const QString &text)
{
    QString ignored;
    return text.isEmpty() ? Sketch() : Sketch::fromJson(text.toUtf8(), &ignored).value_or(Sketch());
}

MockAttempt read(const QSqlQuery &query)
{
    MockAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.questionId = query.value(1).toString();
    attempt.conceptId = query.value(2).toString();
    attempt.startedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    attempt.secondsUsed = query.value(4).toInt();
    attempt.minutesAllowed = query.value(5).toInt();
    attempt.stagesDone = stagesFrom(query.value(6).toString());
    attempt.scratch = query.value(7).toString();
    if (!query.value(8).isNull())
        attempt.rating = query.value(8).toInt();
    attempt.sketch = sketchFrom(query.value(9).toString());
    return attempt;
}

} // namespace

MockAttemptStore::MockAttemptStore(Database &database)
    : m_database(database)
{ }

std::optional<qint64> MockAttemptStore::start(const QString &questionId, const QString &conceptId,
                                              const QDateTime &startedAt, int minutesAllowed, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO mock_attempts"
                       " (question_id, concept_id, started_at, seconds_used, minutes_allowed, stages, scratch)"
                       " VALUES (?, ?, ?, 0, ?, '', '')"));
    query.addBindValue(questionId);
    query.addBindValue(conceptId);
    query.addBindValue(startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(minutesAllowed);
    if (!runAttemptQuery(query, error))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool MockAttemptStore::saveScratch(qint64 id, const QString &scratch, QString *error)
{
    if (scratch.size() > kMostCharacters) {
        *error = MockAttemptStoreText::tr("a scratch pad can hold up to %1 characters; this one has %2")
                     .arg(kMostCharacters)
                     .arg(scratch.size());
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE mock_attempts SET scratch = ? WHERE id = ?"));
    query.addBindValue(scratch);
    query.addBindValue(id);
    return update(query, error);
}

bool MockAttemptStore::saveSketch(qint64 id, const Sketch &sketch, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE mock_attempts SET sketch = ? WHERE id = ?"));
    query.addBindValue(sketchText(sketch));
    query.addBindValue(id);
    return update(query, error);
}

bool MockAttemptStore::saveProgress(qint64 id, int secondsUsed, const QList<int> &stagesDone, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE mock_attempts SET seconds_used = ?, stages = ? WHERE id = ?"));
    query.addBindValue(std::clamp(secondsUsed, 0, MockAttempt::kMostSeconds));
    query.addBindValue(stagesText(stagesDone));
    query.addBindValue(id);
    return update(query, error);
}

bool MockAttemptStore::saveRating(qint64 id, std::optional<int> rating, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE mock_attempts SET rating = ? WHERE id = ?"));
    query.addBindValue(rating ? QVariant(*rating) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(id);
    return update(query, error);
}

bool MockAttemptStore::removeIfEmpty(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM mock_attempts"
                       " WHERE id = ? AND trim(scratch) = '' AND sketch = '' AND stages = '' AND rating IS NULL"));
    query.addBindValue(id);
    return runAttemptQuery(query, error);
}

std::optional<MockAttempt> MockAttemptStore::get(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM mock_attempts WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return read(query);
}

QList<MockAttempt> MockAttemptStore::latestFor(const QString &conceptId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, question_id, concept_id, started_at, seconds_used, minutes_allowed,"
                                 " stages, '', rating, '' FROM mock_attempts WHERE concept_id = ?"
                                 " ORDER BY started_at DESC, id DESC LIMIT ?"));
    query.addBindValue(conceptId);
    query.addBindValue(limit);
    QList<MockAttempt> attempts;
    if (!query.exec()) {
        qWarning("mock attempts could not be read: %s", qPrintable(query.lastError().text()));
        return attempts;
    }
    while (query.next())
        attempts.append(read(query));
    return attempts;
}

QList<MockAttempt> MockAttemptStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<MockAttempt> attempts;
    if (!query.exec(QStringLiteral("SELECT %1 FROM mock_attempts ORDER BY started_at, id").arg(kColumns))) {
        qWarning("mock attempts could not be read: %s", qPrintable(query.lastError().text()));
        return attempts;
    }
    while (query.next())
        attempts.append(read(query));
    return attempts;
}

MergeOutcome MockAttemptStore::merge(const MockAttempt &attempt, QString *error)
{
    // The same attempt (question and start) is kept once: the unique index decides.
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO mock_attempts (question_id, concept_id, started_at, seconds_used,"
                       " minutes_allowed, stages, scratch, rating, sketch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (question_id, started_at) DO NOTHING"));
    insert.addBindValue(attempt.questionId);
    insert.addBindValue(attempt.conceptId);
    insert.addBindValue(attempt.startedAt.toUTC().toString(Qt::ISODateWithMs));
    insert.addBindValue(std::clamp(attempt.secondsUsed, 0, MockAttempt::kMostSeconds));
    insert.addBindValue(attempt.minutesAllowed);
    insert.addBindValue(stagesText(attempt.stagesDone));
    insert.addBindValue(attempt.scratch);
    insert.addBindValue(attempt.rating ? QVariant(*attempt.rating) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(sketchText(attempt.sketch));
    if (!runAttemptQuery(insert, error))
        return MergeOutcome::Failed;
    return insert.numRowsAffected() > 0 ? MergeOutcome::Added : MergeOutcome::Unchanged;
}

} // namespace sdstudy::core
