#pragma once

#include "core/questionstore.h"

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::diagrams {

// The "Related" links of a question, as the page, the command line and printed
// sheets show them: RelatedQuestions, told what the bundled diagrams know.
QList<core::QuestionSummary> relatedLinks(core::StudyLibrary &library, const core::QuestionRecord &question);

} // namespace sdstudy::diagrams
