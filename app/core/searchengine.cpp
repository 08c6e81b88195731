#include "searchengine.h"

#include "database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Title matches count ten times answer matches: a question about X beats one that mentions X.
constexpr double kTitleWeight = 10.0;
constexpr double kAnswerWeight = 1.0;
// A lone word shorter than this is listed in bank order rather than ranked.
constexpr qsizetype kShortestRankedPrefix = 3;
}

SearchEngine::SearchEngine(Database &database)
    : m_database(database)
{
}

namespace {

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString SearchEngine::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : wordsOf(text)) {
        // The whole word matches twice over, so "cap" ranks CAP above "capture".
        terms.append(QStringLiteral("(\"%1\" OR \"%1\"*)").arg(word));
    }
    return terms.join(QStringLiteral(" AND "));
}

QList<SearchHit> SearchEngine::search(const QString &text, int limit) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QStringList words = wordsOf(text);
    if (words.size() == 1 && words.first().size() < kShortestRankedPrefix) {
        // One or two letters match most of a large bank, and ranking all of that
        // costs tens of milliseconds per key. Titles with a word starting so are
        // listed in bank order instead: FTS5 yields rowids in order, so LIMIT stops early.
        query.prepare(QStringLiteral(
            "SELECT %1, snippet(questions_fts, 1, '[', ']', '…', 12), 0.0"
            " FROM questions_fts"
            " JOIN questions q ON q.rowid = questions_fts.rowid"
            " JOIN banks b ON b.id = q.bank_id"
            " WHERE questions_fts MATCH ? ORDER BY questions_fts.rowid LIMIT ?")
                          .arg(QuestionSummary::columns()));
        query.addBindValue(QStringLiteral("{title} : \"%1\"*").arg(words.first()));
        query.addBindValue(limit);
    } else {
        // Rank first, then build snippets and join titles for the best rows only.
        query.prepare(QStringLiteral(
            "WITH best AS ("
            "  SELECT rowid, bm25(questions_fts, ?, ?) AS badness FROM questions_fts"
            "  WHERE questions_fts MATCH ? ORDER BY badness LIMIT ?)"
            " SELECT %1, snippet(questions_fts, 1, '[', ']', '…', 12), best.badness"
            " FROM best"
            " JOIN questions_fts ON questions_fts.rowid = best.rowid AND questions_fts MATCH ?"
            " JOIN questions q ON q.rowid = best.rowid"
            " JOIN banks b ON b.id = q.bank_id"
            " ORDER BY best.badness, q.number")
                          .arg(QuestionSummary::columns()));
        query.addBindValue(kTitleWeight);
        query.addBindValue(kAnswerWeight);
        query.addBindValue(expression);
        query.addBindValue(limit);
        query.addBindValue(expression);
    }
    QList<SearchHit> hits;
    if (!query.exec()) {
        qWarning("search failed: %s", qPrintable(query.lastError().text()));
        return hits;
    }
    while (query.next()) {
        SearchHit hit{QuestionSummary::read(query), query.value(QuestionSummary::kColumnCount).toString(), 0};
        hit.score = -query.value(QuestionSummary::kColumnCount + 1).toDouble(); // bm25 is lower for better matches
        hits.append(hit);
    }
    return hits;
}
