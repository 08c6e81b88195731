#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sdstudy::core {

// The points an answer turns on, for typed recall: short phrases of its content
// words ("partial failures", "push notifications"), never the question's own
// words, the labels that frame an answer ("Requirements:"), numbers, or filler.
// Each is weighted by how telling it is: rare words in the bank weigh more, and
// an item of a list or a bold phrase more than a word of a sentence. A typed
// attempt covers a phrase when it has its words, in any form ("shards" covers
// "sharding").
struct KeyTerms
{
    struct Term
    {
        QString text;      // as written in the answer
        QStringList stems; // its content words, stemmed
        double weight = 1;
    };
    QList<Term> terms; // in the answer's order

    static constexpr int kMostTerms = 8;
    // rarity: how telling a word (lower case) is in the bank, e.g. its inverse
    // document frequency; without it every word weighs the same.
    static KeyTerms of(const QString &question, const QString &answerMarkdown,
                       const std::function<double(const QString &word)> &rarity = {});

    QStringList texts() const;

    struct Coverage
    {
        QStringList found; // the terms' texts
        QStringList missed;
        QStringList foundStems; // the typed words that count, stemmed, for marking them
        double ratio = 0;       // weight found / all weight
    };
    Coverage coverage(const QString &typed) const;
};

} // namespace sdstudy::core
