#include "core/notestore.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace sdstudy::core {

NoteStore::NoteStore(Database &database)
    : m_database(database)
{ }

namespace {
// The translation context of this file's texts, as lupdate reads it.
struct NoteStoreText
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
};
} // namespace

bool NoteStore::save(const QString &questionId, const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return remove(questionId, error);
    return write(questionId, text, QDateTime::currentDateTimeUtc(), error);
}

bool NoteStore::write(const QString &questionId, const QString &text, const QDateTime &updated, QString *error)
{
    if (text.size() > kMostCharacters) {
        *error = NoteStoreText::tr("a note can hold up to %1 characters; this one has %2")
                     .arg(kMostCharacters)
                     .arg(text.size());
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO notes (question_id, text, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (question_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"
                       " WHERE notes.text IS NOT excluded.text"));
    query.addBindValue(questionId);
    query.addBindValue(text);
    query.addBindValue(updated.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0) // the same text again changes nothing
        m_database.announce(LibraryChanges::Kind::Notes, {questionId});
    return true;
}

bool NoteStore::remove(const QString &questionId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM notes WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0)
        m_database.announce(LibraryChanges::Kind::Notes, {questionId});
    return true;
}

std::optional<QDateTime> NoteStore::changedAt(const QString &questionId, QString *text, QString *error,
                                              bool *failed) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT text, updated_at FROM notes WHERE question_id = ?"));
    query.addBindValue(questionId);
    *failed = !query.exec();
    if (*failed) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    *text = query.value(0).toString();
    const QDateTime time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    return time.isValid() ? time : QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC);
}

MergeOutcome NoteStore::merge(const QString &questionId, const QString &text, const QDateTime &updated, QString *error)
{
    QString ours;
    bool failed = false;
    const auto changed = changedAt(questionId, &ours, error, &failed);
    if (failed)
        return MergeOutcome::Failed;
    if (text.trimmed().isEmpty() || (changed && (ours == text || *changed >= updated)))
        return MergeOutcome::Unchanged;
    if (!write(questionId, text, updated, error))
        return MergeOutcome::Failed;
    return changed ? MergeOutcome::Updated : MergeOutcome::Added;
}

MergeOutcome NoteStore::mergeDeletion(const QString &questionId, const QDateTime &deleted, QString *error)
{
    QString ours;
    bool failed = false;
    const auto changed = changedAt(questionId, &ours, error, &failed);
    if (failed)
        return MergeOutcome::Failed;
    if (!changed || *changed >= deleted)
        return MergeOutcome::Unchanged;
    return remove(questionId, error) ? MergeOutcome::Deleted : MergeOutcome::Failed;
}

std::optional<Note> NoteStore::get(const QString &questionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, n.question_id, n.text, n.updated_at FROM notes n"
                                 " LEFT JOIN questions q ON q.id = n.question_id LEFT JOIN banks b ON b.id = q.bank_id"
                                 " WHERE n.question_id = ?")
                      .arg(QuestionSummary::columns()));
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const int c = QuestionSummary::kColumnCount;
    return Note {QuestionSummary::read(query), query.value(c).toString(), query.value(c + 1).toString(),
                 query.value(c + 2).toString()};
}

bool NoteStore::isEmpty() const
{
    QSqlQuery query(m_database.connection());
    return !(query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM notes)")) && query.next()
             && query.value(0).toBool());
}

QList<Note> NoteStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
                   "SELECT %1, n.question_id, n.text, n.updated_at FROM notes n"
                   " LEFT JOIN questions q ON q.id = n.question_id LEFT JOIN banks b ON b.id = q.bank_id"
                   " ORDER BY b.position IS NULL, b.position, q.topic_rank, q.subtopic_rank, q.number, n.question_id")
                   .arg(QuestionSummary::columns()));
    QList<Note> notes;
    const int c = QuestionSummary::kColumnCount;
    while (query.next())
        notes.append({QuestionSummary::read(query), query.value(c).toString(), query.value(c + 1).toString(),
                      query.value(c + 2).toString()});
    return notes;
}

QString NoteStore::exportMarkdown(const QList<Note> &notes)
{
    QString out = QStringLiteral("# %1\n\n").arg(NoteStoreText::tr("My notes"));
    out += NoteStoreText::tr("Exported from System Design Study on %1.").arg(QDate::currentDate().toString(Qt::ISODate))
        + QStringLiteral("\n");
    QString topic, subtopic;
    bool orphansStarted = false;
    for (const Note &note : notes) {
        const bool orphan = note.question.id.isEmpty();
        if (orphan && !orphansStarted) {
            out += QStringLiteral("\n## %1\n").arg(NoteStoreText::tr("Questions no longer in a bank"));
            orphansStarted = true;
        } else if (!orphan && note.question.topic != topic) {
            topic = note.question.topic;
            subtopic.clear();
            out += QStringLiteral("\n## %1\n").arg(topic);
        }
        if (!orphan && note.question.subtopic != subtopic) {
            subtopic = note.question.subtopic;
            out += QStringLiteral("\n### %1\n").arg(subtopic);
        }
        const QString heading
            = orphan ? note.questionId : QStringLiteral("#%1 %2").arg(note.question.number).arg(note.question.title);
        out += QStringLiteral("\n#### %1\n\n%2\n").arg(heading, note.text.trimmed());
    }
    return out;
}

} // namespace sdstudy::core
