#pragma once

#include <QList>
#include <QString>

namespace sdstudy::core {

// Finds the questions that ask the same thing in other words, so the app can show
// one entry per concept. See DESIGN.md beside this file for the method and its
// measured precision.
class ConceptGrouper final
{
public:
    struct Question
    {
        QString title;
        QString answerText;
    };

    // For each question, the index of the first question of its concept (itself
    // when it is the first or the only phrasing).
    static QList<qsizetype> group(const QList<Question> &questions);

    // Two subjects this alike (Jaccard over content words) are one concept when
    // their answers also agree; identical subjects always are.
    static constexpr double kSubjectThreshold = 0.65;
    static constexpr double kAnswerThreshold = 0.45;
};

} // namespace sdstudy::core
