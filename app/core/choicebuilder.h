#pragma once

#include "core/questionstore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

// A multiple-choice question: the right answer and three wrong ones that are
// plausible (other concepts of the same subtopic, then topic, answers of about
// the same length first), never another phrasing of the same concept.
struct ChoiceQuestion
{
    QString questionId;
    QString title;
    QStringList options;   // answers, Markdown
    QStringList optionIds; // the questions they answer
    int correct = 0;
};

class ChoiceBuilder final
{
public:
    explicit ChoiceBuilder(const QuestionStore &questions);

    // The same seed gives the same options in the same order. Wrong answers come
    // from `saveFor` (the concepts still to be asked in the sitting) only when
    // nothing else is near enough: a wrong pick's explanation ("which answers ...")
    // must not give away a question before it is asked.
    std::optional<ChoiceQuestion> make(const QString &questionId, quint32 seed, const QStringList &saveFor = {}) const;

private:
    const QuestionStore &m_questions;
    QList<OutlineEntry> m_outline;
};

} // namespace sdstudy::core
