#include "diagrams/relatedlinks.h"

#include "core/relatedquestions.h"
#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"

namespace sdstudy::diagrams {

QList<core::QuestionSummary> relatedLinks(core::StudyLibrary &library, const core::QuestionRecord &question)
{
    const QStringList phrasings = library.questions().phrasingsOf(question.conceptId);
    return core::RelatedQuestions(library.database()).of(question, DiagramCatalog::bundled().relatedHints(phrasings));
}

} // namespace sdstudy::diagrams
