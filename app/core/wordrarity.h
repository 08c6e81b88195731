#pragma once

#include <QHash>
#include <QString>

namespace sdstudy::core {

class Database;

// How telling a word is in the banks: its inverse document frequency over the
// questions and answers, read from the search index's own counts (FTS5's vocab
// table), so nothing is counted twice. A word no answer has is the rarest.
class WordRarity final
{
public:
    explicit WordRarity(Database &database);

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
