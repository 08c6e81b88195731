#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace sdstudy::core {

class Database;

// How telling a word is in the banks: its inverse document frequency over the
// questions and answers, from the search index's own counts (FTS5's vocab table),
// so nothing is counted twice. A word no answer has is the rarest.
//
// The counts are copied into `word_documents` whenever a bank comes or goes:
// FTS5 counts a word by walking its whole list of questions, a fifth of a
// millisecond a word at 100,000 questions, and a page asks about a hundred words.
class WordRarity final
{
public:
    explicit WordRarity(Database &database);

    // Counts every word of the search index again, into `word_documents`. Called
    // in the transaction that changes the index.
    static bool recount(QSqlDatabase db, QString *error);

    // ln(questions / (questions holding the word + 1)), at least a little above
    // zero; for a word of several parts ("read-through") the mean of the parts.
    double operator()(const QString &word) const;

private:
    double ofPart(const QString &part) const;

    Database &m_database;
    qint64 m_questions = 0;
    bool m_ready = false;
    mutable QHash<QString, double> m_known;
};

} // namespace sdstudy::core
