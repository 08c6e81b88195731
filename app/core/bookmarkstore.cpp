#include "core/bookmarkstore.h"

#include "core/database.h"
#include "core/flags.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace sdstudy::core {

BookmarkStore::BookmarkStore(Database &database)
    : m_database(database)
{ }

bool BookmarkStore::set(const QString &questionId, const QString &flag, QString *error)
{
    return write(questionId, flag, QDateTime::currentDateTimeUtc(), error);
}

bool BookmarkStore::write(const QString &questionId, const QString &flag, const QDateTime &updated, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO bookmarks (question_id, flag, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (question_id) DO UPDATE SET flag = excluded.flag, updated_at = excluded.updated_at"));
    query.addBindValue(questionId);
    query.addBindValue(flag.isEmpty() ? QVariant() : QVariant(flag));
    query.addBindValue(updated.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    m_database.announce(LibraryChanges::Kind::Bookmarks, {questionId});
    return true;
}

MergeOutcome BookmarkStore::merge(const QString &questionId, const QString &flag, const QDateTime &updated,
                                  QString *error)
{
    QSqlQuery mine(m_database.connection());
    mine.prepare(QStringLiteral("SELECT COALESCE(flag, ''), updated_at FROM bookmarks WHERE question_id = ?"));
    mine.addBindValue(questionId);
    if (!mine.exec()) {
        *error = mine.lastError().text();
        return MergeOutcome::Failed;
    }
    const bool have = mine.next();
    if (have) {
        const QDateTime ours = QDateTime::fromString(mine.value(1).toString(), Qt::ISODateWithMs);
        if (mine.value(0).toString() == flag || (ours.isValid() && ours >= updated))
            return MergeOutcome::Unchanged;
    }
    mine.finish();
    if (!write(questionId, flag, updated, error))
        return MergeOutcome::Failed;
    return have ? MergeOutcome::Updated : MergeOutcome::Added;
}

bool BookmarkStore::clear(const QString &questionId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM bookmarks WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0)
        m_database.announce(LibraryChanges::Kind::Bookmarks, {questionId});
    return true;
}

std::optional<QString> BookmarkStore::flagOf(const QString &questionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(flag, '') FROM bookmarks WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

QList<Bookmark> BookmarkStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
                   "SELECT %1, bm.question_id, COALESCE(bm.flag, ''), bm.updated_at FROM bookmarks bm"
                   " LEFT JOIN questions q ON q.id = bm.question_id LEFT JOIN banks b ON b.id = q.bank_id"
                   " ORDER BY b.position IS NULL, b.position, q.topic_rank, q.subtopic_rank, q.number, bm.question_id")
                   .arg(QuestionSummary::columns()));
    QList<Bookmark> bookmarks;
    const int c = QuestionSummary::kColumnCount;
    while (query.next())
        bookmarks.append({QuestionSummary::read(query), query.value(c).toString(), query.value(c + 1).toString(),
                          query.value(c + 2).toString()});
    // Flagged first in the flags' own order, plain bookmarks last; tree order within.
    auto rank = [](const QString &flag) {
        const auto &flags = Flags::all();
        const auto it = std::find_if(flags.cbegin(), flags.cend(), [&](const Flag &f) { return f.key == flag; });
        return int(it - flags.cbegin());
    };
    std::stable_sort(bookmarks.begin(), bookmarks.end(),
                     [&](const Bookmark &a, const Bookmark &b) { return rank(a.flag) < rank(b.flag); });
    return bookmarks;
}

QHash<QString, QString> BookmarkStore::flagsById() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT question_id, COALESCE(flag, '') FROM bookmarks"));
    QHash<QString, QString> flags;
    while (query.next())
        flags.insert(query.value(0).toString(), query.value(1).toString());
    return flags;
}

} // namespace sdstudy::core
