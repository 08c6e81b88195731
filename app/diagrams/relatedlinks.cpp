#include "diagrams/relatedlinks.h"

#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"

namespace sdstudy::diagrams {

RelatedLinks::RelatedLinks(core::StudyLibrary &library)
    : m_library(library)
    , m_related(library.database())
{ }

QList<core::QuestionSummary> RelatedLinks::of(const core::QuestionRecord &question) const
{
    // One list for the concept, whichever phrasing is open: its first phrasing's.
    const auto lead
        = question.leadsConcept() ? std::optional(question) : m_library.questions().question(question.conceptId);
    const QStringList phrasings = m_library.questions().phrasingsOf(question.conceptId);
    return m_related.of(lead.value_or(question), DiagramCatalog::bundled().relatedHints(phrasings));
}

} // namespace sdstudy::diagrams
