#pragma once

#include <QString>
#include <QStringList>

namespace sdstudy::core {

// The words an answer turns on, for typed recall: its content words (question
// framing and filler dropped), each once, as first written. A typed attempt covers
// a term when it has a word with the same stem ("shards" covers "sharding").
struct KeyTerms
{
    QStringList terms; // as written in the answer
    QStringList stems; // same order

    static constexpr int kMostTerms = 10;
    static KeyTerms of(const QString &answerText);

    struct Coverage
    {
        QStringList found;
        QStringList missed;
        double ratio = 0; // found / all
    };
    Coverage coverage(const QString &typed) const;
};

} // namespace sdstudy::core
