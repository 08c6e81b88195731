#pragma once

#include "diagrams/diagramfile.h"
#include "diagrams/diagramgeometry.h"
#include "diagrams/diagramlayout.h"

#include "core/relatedquestions.h"

#include <QFont>
#include <QHash>
#include <QList>

#include <memory>

namespace sdstudy::diagrams {

// Every diagram the app ships (resources/diagrams, compiled in), or those of a
// folder: found by name or by the questions they belong to, laid out once per
// font and kept.
class DiagramCatalog final
{
public:
    // The bundled diagrams. A file that does not parse is a bug the tests catch;
    // here it is left out and reported by errors().
    static DiagramCatalog &bundled();
    // The diagrams in a folder (for checking files before they are bundled).
    static DiagramCatalog fromFolder(const QString &folder);

    const QList<DiagramFile> &all() const { return m_files; }
    QStringList errors() const { return m_errors; }
    const DiagramFile *find(const QString &name) const;
    // Diagrams that name any of these question ids, in catalog order (architecture first).
    QList<const DiagramFile *> forQuestions(const QStringList &questionIds) const;
    // The architecture diagram a sketch of these questions is compared with, or nullptr.
    const DiagramFile *referenceFor(const QStringList &questionIds) const;

    // What the diagrams of these questions (a concept's phrasings) say about its
    // related questions: who else their diagrams name, and the components of its
    // architecture diagram. Read from the files' text, without laying them out.
    core::RelatedQuestions::DiagramHints relatedHints(const QStringList &questionIds) const;

    // The laid-out drawing of a DOT diagram in `font`, or nullptr with *error.
    const DiagramGeometry *geometry(const DiagramFile &file, const QFont &font, QString *error = nullptr,
                                    DiagramLayout::Flow flow = DiagramLayout::Flow::AsWritten);

private:
    void load(const QString &folder);

    QList<DiagramFile> m_files;
    QStringList m_errors;
    // By name and font. Held by pointer: views keep the address while others are added.
    QHash<QString, std::shared_ptr<const DiagramGeometry>> m_layouts;
};

} // namespace sdstudy::diagrams
