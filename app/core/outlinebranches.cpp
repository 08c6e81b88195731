#include "core/outlinebranches.h"

#include "core/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

OutlineBranches::OutlineBranches(Database &database)
    : m_database(database)
{ }

QString OutlineBranches::condition(const OutlineFilter &filter)
{
    QString sql = filter.everyPhrasing ? QStringLiteral("1") : QStringLiteral("q.concept = q.id");
    if (filter.bookmarkedOnly) {
        // Read from the bookmarks, which are few, once per query.
        sql += filter.everyPhrasing ? QStringLiteral(" AND q.id IN (SELECT question_id FROM bookmarks)")
                                    : QStringLiteral(" AND q.concept IN (SELECT p.concept FROM bookmarks bm"
                                                     " JOIN questions p ON p.id = bm.question_id)");
    }
    return sql;
}

QList<OutlineBranch> OutlineBranches::branches(const OutlineFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The questions_by_topic index holds a branch's rows together; a topic or
    // subtopic has one rank within its bank, so the ranks name the branch.
    if (!query.exec(QStringLiteral("SELECT b.id, b.key, b.name, MIN(q.topic), MIN(q.subtopic), q.topic_rank,"
                                   " q.subtopic_rank, COUNT(*) FROM questions q JOIN banks b ON b.id = q.bank_id"
                                   " WHERE %1 GROUP BY b.position, q.topic_rank, q.subtopic_rank"
                                   " ORDER BY b.position, q.topic_rank, q.subtopic_rank")
                        .arg(condition(filter))))
        qWarning("the topic tree could not be read: %s", qPrintable(query.lastError().text()));
    QList<OutlineBranch> branches;
    while (query.next()) {
        branches.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toInt(),
                         query.value(6).toInt(), query.value(7).toInt()});
    }
    return branches;
}

QList<OutlineBranchEntry> OutlineBranches::entries(const OutlineBranch &branch, const OutlineFilter &filter) const
{
    // NULL without a bookmark, '' for one without a flag (stored as NULL). Folded,
    // an entry carries the bookmark of its concept's first bookmarked phrasing.
    const QString flag = filter.everyPhrasing
        ? QStringLiteral("(SELECT COALESCE(flag, '') FROM bookmarks WHERE question_id = q.id)")
        : QStringLiteral("(SELECT COALESCE(bm.flag, '') FROM questions p JOIN bookmarks bm ON bm.question_id = p.id"
                         " JOIN banks pb ON pb.id = p.bank_id WHERE p.concept = q.id"
                         " ORDER BY pb.position, p.topic_rank, p.subtopic_rank, p.number LIMIT 1)");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2 FROM questions q JOIN banks b ON b.id = q.bank_id"
                                 " WHERE q.bank_id = ? AND q.topic_rank = ? AND q.subtopic_rank = ? AND %3"
                                 " ORDER BY q.number")
                      .arg(QuestionSummary::columns(), flag, condition(filter)));
    query.addBindValue(branch.bankId);
    query.addBindValue(branch.topicRank);
    query.addBindValue(branch.subtopicRank);
    if (!query.exec())
        qWarning("the topic tree could not be read: %s", qPrintable(query.lastError().text()));
    QList<OutlineBranchEntry> entries;
    while (query.next()) {
        OutlineBranchEntry entry {QuestionSummary::read(query), std::nullopt};
        if (const QVariant value = query.value(QuestionSummary::kColumnCount); !value.isNull())
            entry.flag = value.toString();
        entries.append(entry);
    }
    return entries;
}

std::optional<OutlineBranches::Place> OutlineBranches::placeOf(const QString &questionId,
                                                               const OutlineFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT q.id, q.bank_id, q.topic_rank, q.subtopic_rank FROM questions q"
                                 " WHERE q.id = (SELECT %1 FROM questions WHERE id = ?) AND %2")
                      .arg(filter.everyPhrasing ? QStringLiteral("id") : QStringLiteral("concept"), condition(filter)));
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Place {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt(),
                  query.value(3).toInt()};
}

} // namespace sdstudy::core
