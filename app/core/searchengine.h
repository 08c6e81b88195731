#pragma once

#include "core/questionsummary.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace sdstudy::core {

class Database;

struct SearchHit : QuestionSummary
{
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    QString snippet;      // a piece of the answer (or note) around the words found, plain text
    QList<Match> matches; // where in the snippet the searched words are
    double score = 0;     // higher is better
    bool inNote = false;  // found through the person's note rather than the question
    bool inTitle = false; // every word typed is in its title: listed before those without

    // The snippet with each match [in brackets], as the command line prints it.
    QString markedSnippet() const;
};

// Full-text search over titles, answers and the person's notes with SQLite FTS5:
// questions with every word in the title first, then the rest, each ranked by
// BM25 with titles weighted above answers, narrowed by the filters of
// SearchQuery (is:bookmarked, flag:hard, has:note, topic:caching). Every word
// typed is also taken as a prefix, so results follow the keyboard.
class SearchEngine final
{
public:
    explicit SearchEngine(Database &database);

    QList<SearchHit> search(const QString &text, int limit) const;

    // The FTS5 query for what a person typed: each word required, as a whole word
    // or as a prefix, whole words ranking higher.
    static QString matchExpression(const QString &text, const QString &column = QString());
    // The same words as a pattern over any text, to mark what a search found:
    // each word as the start of a word, or another form of it whole. An empty
    // pattern when nothing is typed.
    static QRegularExpression wordsPattern(const QString &text);

private:
    struct FilterSql;
    struct CandidateCache;

    // The best matches of an FTS5 expression, with snippets that mark `words`.
    QList<SearchHit> rankedQuestions(const QString &expression, const QRegularExpression &words,
                                     const FilterSql &filter, int limit) const;
    QList<SearchHit> rankedNotes(const QString &expression, const QRegularExpression &words, const FilterSql &filter,
                                 int limit) const;
    QList<SearchHit> titlesStartingWith(const QStringList &prefixes, int limit) const;
    QList<SearchHit> listed(const FilterSql &filter, int limit) const;
    QList<SearchHit> withinSet(const QStringList &words, const FilterSql &filter, int limit) const;
    const CandidateCache &candidatesFor(const FilterSql &filter) const;

    Database &m_database;
    mutable std::shared_ptr<CandidateCache> m_cache;
};

} // namespace sdstudy::core
