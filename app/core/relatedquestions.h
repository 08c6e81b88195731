#pragma once

#include "core/questionstore.h"
#include "core/wordrarity.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sdstudy::core {

class Database;

// Questions worth a jump from this one without being the same question: "What is
// tracing?" from "Design a distributed tracing system", the building blocks a
// design uses, the other variant of a rate limit. Other concepts only, by their
// first phrasing, best first. Candidates are the titles that hold the question's
// subject words, the points its answer turns on or its diagram's components (BM25
// over titles), and the concepts filed beside it; each is scored by the rare words
// its subject shares, how far the two answers agree, the same subtopic and a
// diagram they share.
class RelatedQuestions final
{
public:
    // What the diagrams say, from the layer that reads them.
    struct DiagramHints
    {
        QStringList sharedWith;      // question ids that appear in a diagram with this one
        QStringList componentLabels; // labels of its architecture diagram's components
    };

    static constexpr int kFewest = 3;
    static constexpr int kMost = 6;

    explicit RelatedQuestions(Database &database);

    // At most kMost; fewer than kFewest only when fewer are close enough (titles
    // that share words by chance, with answers on other things, are left out).
    QList<QuestionSummary> of(const QuestionRecord &question, const DiagramHints &hints = {}) const;

private:
    Database &m_database;
    QStringList answerWordsOf(const QString &questionId, const QVariant &answerText) const;

    WordRarity m_rarity;                               // read once for all the questions asked about
    mutable QHash<QString, QStringList> m_answerWords; // by question id
};

} // namespace sdstudy::core
