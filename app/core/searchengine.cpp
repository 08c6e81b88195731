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
}

SearchEngine::SearchEngine(Database &database)
    : m_database(database)
{
}

QString SearchEngine::matchExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SearchEngine::search(const QString &text, int limit) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT q.id, b.key, q.number, q.title, q.topic, q.concept,"
        " snippet(questions_fts, 1, '[', ']', '…', 12), bm25(questions_fts, ?, ?) AS badness"
        " FROM questions_fts"
        " JOIN questions q ON q.rowid = questions_fts.rowid"
        " JOIN banks b ON b.id = q.bank_id"
        " WHERE questions_fts MATCH ? ORDER BY badness, q.number LIMIT ?"));
    query.addBindValue(kTitleWeight);
    query.addBindValue(kAnswerWeight);
    query.addBindValue(expression);
    query.addBindValue(limit);
    QList<SearchHit> hits;
    if (!query.exec()) {
        qWarning("search failed: %s", qPrintable(query.lastError().text()));
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.id = query.value(0).toString();
        hit.bankKey = query.value(1).toString();
        hit.number = query.value(2).toInt();
        hit.title = query.value(3).toString();
        hit.topic = query.value(4).toString();
        hit.conceptId = query.value(5).toString();
        hit.snippet = query.value(6).toString();
        hit.score = -query.value(7).toDouble(); // bm25 is lower for better matches
        hits.append(hit);
    }
    return hits;
}
