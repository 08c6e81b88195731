#pragma once

#include "questionsummary.h"

#include <QList>
#include <QString>

class Database;

struct SearchHit : QuestionSummary
{
    QString snippet; // a piece of the answer, matches marked [like this]
    double score = 0; // higher is better
};

// Full-text search over titles and answers with SQLite FTS5, ranked by BM25 with
// titles weighted above answers. Every word typed is also taken as a prefix,
// so results follow the keyboard.
class SearchEngine final
{
public:
    explicit SearchEngine(Database &database);

    QList<SearchHit> search(const QString &text, int limit) const;

    // The FTS5 query for what a person typed: each word required, as a whole word
    // or as a prefix, whole words ranking higher.
    static QString matchExpression(const QString &text);

private:
    Database &m_database;
};
