#include "searchengine.h"

#include "database.h"
#include "searchquery.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Title matches count ten times answer matches: a question about X beats one that mentions X.
constexpr double kTitleWeight = 10.0;
constexpr double kAnswerWeight = 1.0;
// A lone word shorter than this is listed in bank order rather than ranked.
constexpr qsizetype kShortestRankedPrefix = 3;

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

// The filters of a query as SQL conditions on `questions q`, with their values.
struct SearchEngine::FilterSql
{
    QString conditions; // " AND ..." for each filter, or empty
    QVariantList values;

    explicit FilterSql(const SearchQuery &query)
    {
        if (query.bookmarkedOnly && query.flag.isEmpty())
            conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM bookmarks bm WHERE bm.question_id = q.id)");
        if (!query.flag.isEmpty()) {
            conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM bookmarks bm WHERE bm.question_id = q.id AND bm.flag = ?)");
            values.append(query.flag);
        }
        if (query.withNote)
            conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM notes n WHERE n.question_id = q.id)");
        if (!query.topic.isEmpty()) {
            QString pattern = query.topic;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            conditions += QStringLiteral(" AND (q.topic LIKE ? ESCAPE '\\' OR q.subtopic LIKE ? ESCAPE '\\')");
            values.append(pattern);
            values.append(pattern);
        }
    }

    void bindTo(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

namespace {

QList<SearchHit> run(QSqlQuery &query, bool fromNotes)
{
    QList<SearchHit> hits;
    if (!query.exec()) {
        qWarning("search failed: %s", qPrintable(query.lastError().text()));
        return hits;
    }
    const int c = QuestionSummary::kColumnCount;
    while (query.next()) {
        // bm25 is lower for better matches; the score is higher.
        hits.append(SearchHit{QuestionSummary::read(query), query.value(c).toString(), -query.value(c + 1).toDouble(),
                              fromNotes});
    }
    return hits;
}

} // namespace

SearchEngine::SearchEngine(Database &database)
    : m_database(database)
{
}

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
    const SearchQuery query = SearchQuery::parse(text);
    const QStringList words = wordsOf(query.words);
    if (limit <= 0 || (words.isEmpty() && !query.hasFilters()))
        return {};
    const FilterSql filter(query);
    if (words.isEmpty())
        return filtered(filter, limit);
    if (words.size() == 1 && words.first().size() < kShortestRankedPrefix && !query.hasFilters())
        return titlesStartingWith(words.first(), limit);

    const QString expression = matchExpression(query.words);
    QList<SearchHit> hits = rankedQuestions(expression, filter, limit);
    // A question found through its note too keeps its better place, listed once.
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < hits.size(); ++i)
        indexOf.insert(hits[i].id, i);
    for (const SearchHit &noteHit : rankedNotes(expression, filter, limit)) {
        if (const auto it = indexOf.constFind(noteHit.id); it != indexOf.cend()) {
            hits[*it].score = std::max(hits[*it].score, noteHit.score);
        } else {
            indexOf.insert(noteHit.id, hits.size());
            hits.append(noteHit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score : a.number < b.number;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<SearchHit> SearchEngine::rankedQuestions(const QString &expression, const FilterSql &filter, int limit) const
{
    // Rank first, then build snippets and join titles for the best rows only: a
    // short prefix can match most of a large bank, and snippets are costly.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "WITH best AS ("
        "  SELECT questions_fts.rowid AS question_row, bm25(questions_fts, ?, ?) AS badness"
        "  FROM questions_fts JOIN questions q ON q.rowid = questions_fts.rowid"
        "  WHERE questions_fts MATCH ?%2 ORDER BY badness LIMIT ?)"
        " SELECT %1, snippet(questions_fts, 1, '[', ']', '…', 12), best.badness"
        " FROM best"
        " JOIN questions_fts ON questions_fts.rowid = best.question_row AND questions_fts MATCH ?"
        " JOIN questions q ON q.rowid = best.question_row"
        " JOIN banks b ON b.id = q.bank_id"
        " ORDER BY best.badness, q.number")
                      .arg(QuestionSummary::columns(), filter.conditions));
    query.addBindValue(kTitleWeight);
    query.addBindValue(kAnswerWeight);
    query.addBindValue(expression);
    filter.bindTo(query);
    query.addBindValue(limit);
    query.addBindValue(expression);
    return run(query, false);
}

QList<SearchHit> SearchEngine::rankedNotes(const QString &expression, const FilterSql &filter, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT %1, snippet(notes_fts, 0, '[', ']', '…', 12), bm25(notes_fts) AS badness"
        " FROM notes_fts"
        " JOIN notes n ON n.rowid = notes_fts.rowid"
        " JOIN questions q ON q.id = n.question_id"
        " JOIN banks b ON b.id = q.bank_id"
        " WHERE notes_fts MATCH ?%2 ORDER BY badness LIMIT ?")
                      .arg(QuestionSummary::columns(), filter.conditions));
    query.addBindValue(expression);
    filter.bindTo(query);
    query.addBindValue(limit);
    return run(query, true);
}

QList<SearchHit> SearchEngine::titlesStartingWith(const QString &prefix, int limit) const
{
    // One or two letters match most of a large bank, and ranking all of that
    // costs tens of milliseconds per key. Titles with a word starting so are
    // listed in bank order instead: FTS5 yields rowids in order, so LIMIT stops early.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT %1, snippet(questions_fts, 1, '[', ']', '…', 12), 0.0"
        " FROM questions_fts"
        " JOIN questions q ON q.rowid = questions_fts.rowid"
        " JOIN banks b ON b.id = q.bank_id"
        " WHERE questions_fts MATCH ? ORDER BY questions_fts.rowid LIMIT ?")
                      .arg(QuestionSummary::columns()));
    query.addBindValue(QStringLiteral("{title} : \"%1\"*").arg(prefix));
    query.addBindValue(limit);
    return run(query, false);
}

QList<SearchHit> SearchEngine::filtered(const FilterSql &filter, int limit) const
{
    // Filters alone ("is:bookmarked") list what passes in tree order.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT %1, '', 0.0 FROM questions q JOIN banks b ON b.id = q.bank_id"
        " WHERE 1%2 ORDER BY b.position, q.topic_rank, q.subtopic_rank, q.number LIMIT ?")
                      .arg(QuestionSummary::columns(), filter.conditions));
    filter.bindTo(query);
    query.addBindValue(limit);
    return run(query, false);
}
