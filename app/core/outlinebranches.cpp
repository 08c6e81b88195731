#include "core/outlinebranches.h"

#include "core/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace sdstudy::core {

OutlineBranches::OutlineBranches(Database &database)
    : m_database(database)
{ }

QString OutlineBranches::condition(const OutlineFilter &filter, const QString &table)
{
    // `leads` (concept = id) sits in the questions_by_branch index with the branch
    // and the number: counting and paging a branch reads that index alone.
    QString sql = filter.everyPhrasing ? QStringLiteral("1") : QStringLiteral("%1.leads = 1");
    if (filter.bookmarkedOnly) {
        // Read from the bookmarks, which are few, once per query.
        sql += filter.everyPhrasing ? QStringLiteral(" AND %1.id IN (SELECT question_id FROM bookmarks)")
                                    : QStringLiteral(" AND %1.concept IN (SELECT p.concept FROM bookmarks bm"
                                                     " JOIN questions p ON p.id = bm.question_id)");
    }
    return sql.replace(QStringLiteral("%1"), table);
}

QList<OutlineBranch> OutlineBranches::branches(const OutlineFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The ranks name the branch: BankImporter gives each topic and subtopic of a
    // bank its own rank, by the topic rules or in the order the bank's own
    // headings come (a bank has its own topics for all its questions or for none).
    if (!filter.bookmarkedOnly) {
        // Kept counted by the database's triggers (schema 18).
        query.exec(QStringLiteral("SELECT b.id, b.key, b.name, o.topic_rank, o.subtopic_rank, o.%1, o.topic, o.subtopic"
                                  " FROM outline_branches o JOIN banks b ON b.id = o.bank_id WHERE o.%1 > 0"
                                  " ORDER BY b.position, o.topic_rank, o.subtopic_rank")
                       .arg(filter.everyPhrasing ? QStringLiteral("phrasings") : QStringLiteral("concepts")));
    } else {
        // Counted in the index's order, then put in the banks' order.
        query.exec(
            QStringLiteral("SELECT b.id, b.key, b.name, g.topic_rank, g.subtopic_rank, g.entries,"
                           " (SELECT topic FROM questions x WHERE x.bank_id = g.bank_id"
                           "  AND x.topic_rank = g.topic_rank AND x.subtopic_rank = g.subtopic_rank),"
                           " (SELECT subtopic FROM questions x WHERE x.bank_id = g.bank_id"
                           "  AND x.topic_rank = g.topic_rank AND x.subtopic_rank = g.subtopic_rank)"
                           " FROM (SELECT q.bank_id, q.topic_rank, q.subtopic_rank, COUNT(*) AS entries"
                           "  FROM questions q WHERE %1 GROUP BY q.bank_id, q.topic_rank, q.subtopic_rank) g"
                           " JOIN banks b ON b.id = g.bank_id ORDER BY b.position, g.topic_rank, g.subtopic_rank")
                .arg(condition(filter)));
    }
    if (!query.isActive())
        qWarning("the topic tree could not be read: %s", qPrintable(query.lastError().text()));
    QList<OutlineBranch> branches;
    while (query.next()) {
        branches.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(6).toString(), query.value(7).toString(), query.value(3).toInt(),
                         query.value(4).toInt(), query.value(5).toInt()});
    }
    return branches;
}

namespace {

// Schema 21 counts a branch's entries per run of 512 numbers: number >> 9.
constexpr int kRunBits = 9;

QString countedColumn(const OutlineFilter &filter)
{
    return filter.everyPhrasing ? QStringLiteral("phrasings") : QStringLiteral("concepts");
}

} // namespace

OutlineBranches::PageStart OutlineBranches::pageStart(const OutlineBranch &branch, const OutlineFilter &filter,
                                                      int row) const
{
    // Bookmarked entries are few and not counted per run: skip them all.
    if (filter.bookmarkedOnly)
        return {std::numeric_limits<qint64>::min(), row};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT run, %1 FROM branch_runs WHERE bank_id = ? AND topic_rank = ?"
                                 " AND subtopic_rank = ? ORDER BY run")
                      .arg(countedColumn(filter)));
    query.addBindValue(branch.bankId);
    query.addBindValue(branch.topicRank);
    query.addBindValue(branch.subtopicRank);
    if (!query.exec())
        qWarning("the topic tree could not be read: %s", qPrintable(query.lastError().text()));
    int before = 0;
    while (query.next()) {
        const int inRun = query.value(1).toInt();
        if (before + inRun > row)
            return {query.value(0).toLongLong() << kRunBits, row - before};
        before += inRun;
    }
    return {std::numeric_limits<qint64>::max(), 0}; // past the branch's end
}

QList<OutlineBranchEntry> OutlineBranches::entries(const OutlineBranch &branch, const OutlineFilter &filter, int first,
                                                   int count) const
{
    // NULL without a bookmark, '' for one without a flag (stored as NULL). Folded,
    // an entry carries the bookmark of its concept's first bookmarked phrasing.
    const QString flag = filter.everyPhrasing
        ? QStringLiteral("(SELECT COALESCE(flag, '') FROM bookmarks WHERE question_id = q.id)")
        : QStringLiteral("(SELECT COALESCE(bm.flag, '') FROM questions p JOIN bookmarks bm ON bm.question_id = p.id"
                         " JOIN banks pb ON pb.id = p.bank_id WHERE p.concept = q.id"
                         " ORDER BY pb.position, p.topic_rank, p.subtopic_rank, p.number LIMIT 1)");
    const PageStart start = pageStart(branch, filter, first);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The page's numbers from the index first; only those rows are read whole.
    query.prepare(QStringLiteral("SELECT %1, %2 FROM questions q JOIN banks b ON b.id = q.bank_id"
                                 " WHERE q.rowid IN (SELECT q.rowid FROM questions q WHERE q.bank_id = ?"
                                 "  AND q.topic_rank = ? AND q.subtopic_rank = ? AND %3 AND q.number >= ?"
                                 "  ORDER BY q.number LIMIT ? OFFSET ?)"
                                 " ORDER BY q.number")
                      .arg(QuestionSummary::columns(), flag, condition(filter)));
    query.addBindValue(branch.bankId);
    query.addBindValue(branch.topicRank);
    query.addBindValue(branch.subtopicRank);
    query.addBindValue(start.fromNumber);
    query.addBindValue(count);
    query.addBindValue(start.skip);
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
    // Its row: the entries in the whole runs of numbers before its own (schema
    // 21), then those before it in its run. Bookmarked entries are few: counted.
    const QString runsBefore = filter.bookmarkedOnly
        ? QStringLiteral("0")
        : QStringLiteral("(SELECT COALESCE(SUM(k.%1), 0) FROM branch_runs k WHERE k.bank_id = q.bank_id"
                         " AND k.topic_rank = q.topic_rank AND k.subtopic_rank = q.subtopic_rank"
                         " AND k.run < (q.number >> %2))")
              .arg(countedColumn(filter))
              .arg(kRunBits);
    const QString runStart = filter.bookmarkedOnly
        ? QString()
        : QStringLiteral(" AND q2.number >= ((q.number >> %1) << %1)").arg(kRunBits);
    query.prepare(QStringLiteral("SELECT q.id, q.bank_id, q.topic_rank, q.subtopic_rank, %4 +"
                                 " (SELECT COUNT(*) FROM questions q2 WHERE q2.bank_id = q.bank_id"
                                 "  AND q2.topic_rank = q.topic_rank AND q2.subtopic_rank = q.subtopic_rank"
                                 "  %5 AND q2.number < q.number AND %2)"
                                 " FROM questions q WHERE q.id = (SELECT %1 FROM questions WHERE id = ?) AND %3")
                      .arg(filter.everyPhrasing ? QStringLiteral("id") : QStringLiteral("concept"),
                           condition(filter, QStringLiteral("q2")), condition(filter), runsBefore, runStart));
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Place {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt(),
                  query.value(3).toInt(), query.value(4).toInt()};
}

} // namespace sdstudy::core
