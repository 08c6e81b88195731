#include "core/choicebuilder.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace sdstudy::core {

ChoiceBuilder::ChoiceBuilder(const QuestionStore &questions)
    : m_questions(questions)
    , m_outline(questions.outline())
{ }

std::optional<ChoiceQuestion> ChoiceBuilder::make(const QString &questionId, quint32 seed,
                                                  const QStringList &saveFor) const
{
    const auto question = m_questions.question(questionId);
    if (!question)
        return std::nullopt;
    QRandomGenerator random(seed);
    // Nearest first: the same subtopic, then the same topic, then the bank; last,
    // the questions still to come in the sitting.
    const QSet<QString> saved(saveFor.cbegin(), saveFor.cend());
    QList<QStringList> rings(4);
    for (const OutlineEntry &e : m_outline) {
        if (!e.leadsConcept() || e.conceptId == question->conceptId || e.bankKey != question->bankKey)
            continue;
        const int ring = saved.contains(e.conceptId) ? 3
            : e.subtopic == question->subtopic       ? 0
            : e.topic == question->topic             ? 1
                                                     : 2;
        rings[ring].append(e.id);
    }
    // Within the near rings, answers of about the same length first: a wrong
    // answer a third as long as the right one gives the right one away.
    const qsizetype rightLength = question->answerMarkdown.size();
    const auto similarLength = [&](const QString &id) {
        const auto other = m_questions.question(id);
        const qsizetype length = other ? other->answerMarkdown.size() : 0;
        return length * 2 >= rightLength && length <= rightLength * 2;
    };
    QStringList wrong;
    for (qsizetype r = 0; r < rings.size(); ++r) {
        QStringList &ring = rings[r];
        std::shuffle(ring.begin(), ring.end(), random);
        if (r < 2)
            std::stable_partition(ring.begin(), ring.end(), similarLength);
        while (wrong.size() < 3 && !ring.isEmpty())
            wrong.append(ring.takeFirst());
    }
    if (wrong.size() < 3)
        return std::nullopt;

    ChoiceQuestion choice {question->id, question->title, {}, {}, 0};
    QStringList ids = wrong;
    ids.insert(int(random.bounded(4)), question->id);
    for (const QString &id : std::as_const(ids)) {
        const auto option = m_questions.question(id);
        if (!option)
            return std::nullopt; // the bank changed under us: no question rather than a wrong one
        choice.optionIds.append(id);
        choice.options.append(option->answerMarkdown);
    }
    choice.correct = int(ids.indexOf(question->id));
    return choice;
}

} // namespace sdstudy::core
