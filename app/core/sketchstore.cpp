#include "core/sketchstore.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct SketchStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SketchStore)
};

QDateTime timeOf(const QVariant &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time : QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC); // unreadable: the oldest
}

} // namespace

SketchStore::SketchStore(Database &database)
    : m_database(database)
{ }

bool SketchStore::save(const QString &questionId, const Sketch &sketch, QString *error)
{
    if (!sketch.isEmpty())
        return write(questionId, sketch, QDateTime::currentDateTimeUtc(), error);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sketches WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0)
        m_database.announce(LibraryChanges::Kind::Sketches, {questionId});
    return true;
}

bool SketchStore::write(const QString &questionId, const Sketch &sketch, const QDateTime &updated, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sketches (question_id, content, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (question_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at"
        " WHERE sketches.content IS NOT excluded.content"));
    query.addBindValue(questionId);
    query.addBindValue(QString::fromUtf8(sketch.toJsonText()));
    query.addBindValue(updated.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0) // the same drawing again changes nothing
        m_database.announce(LibraryChanges::Kind::Sketches, {questionId});
    return true;
}

std::optional<StoredSketch> SketchStore::get(const QString &questionId, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content, updated_at FROM sketches WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QString problem;
    std::optional<Sketch> sketch = Sketch::fromJson(query.value(0).toString().toUtf8(), &problem);
    if (!sketch) {
        *error = SketchStoreText::tr("the sketch of %1 in the database does not read: %2").arg(questionId, problem);
        return std::nullopt;
    }
    return StoredSketch {questionId, std::move(*sketch), timeOf(query.value(1))};
}

QList<StoredSketch> SketchStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT question_id, content, updated_at FROM sketches ORDER BY question_id"));
    QList<StoredSketch> sketches;
    while (query.next()) {
        QString problem;
        if (std::optional<Sketch> sketch = Sketch::fromJson(query.value(1).toString().toUtf8(), &problem))
            sketches.append({query.value(0).toString(), std::move(*sketch), timeOf(query.value(2))});
    }
    return sketches;
}

MergeOutcome SketchStore::merge(const QString &questionId, const Sketch &sketch, const QDateTime &updated,
                                QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content, updated_at FROM sketches WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return MergeOutcome::Failed;
    }
    const bool ours = query.next();
    QString problem;
    if (ours && !Sketch::fromJson(query.value(0).toString().toUtf8(), &problem))
        return MergeOutcome::Unchanged; // ours does not read: left for the person, never replaced
    if (sketch.isEmpty()
        || (ours
            && (query.value(0).toString() == QString::fromUtf8(sketch.toJsonText())
                || timeOf(query.value(1)) >= updated)))
        return MergeOutcome::Unchanged;
    if (!write(questionId, sketch, updated, error))
        return MergeOutcome::Failed;
    return ours ? MergeOutcome::Updated : MergeOutcome::Added;
}

} // namespace sdstudy::core
