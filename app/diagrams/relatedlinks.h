#pragma once

#include "core/questionstore.h"
#include "core/relatedquestions.h"

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::diagrams {

// The "Related" links of a question, as the page, the command line and printed
// sheets show them: RelatedQuestions, told what the bundled diagrams know. One
// object serves many questions (a sheet's) at the cost of one.
class RelatedLinks final
{
public:
    explicit RelatedLinks(core::StudyLibrary &library);

    QList<core::QuestionSummary> of(const core::QuestionRecord &question) const;

private:
    core::StudyLibrary &m_library;
    core::RelatedQuestions m_related;
};

} // namespace sdstudy::diagrams
