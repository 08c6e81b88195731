#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdstudy::core {

// A bank's concepts as a person grouped them by reading every question (for the
// bundled bank, resources/banks/system-design.concepts.tsv): one line per concept,
// the stable ids of its phrasings. Questions it lists are grouped by it alone; the
// grouper only decides for the ones it does not know.
class ReviewedConcepts final
{
public:
    // The reviewed list shipped for a bank, or an empty one.
    static ReviewedConcepts forBank(const QString &bankKey);
    // Reads the list's text; a line that is not ids is left out.
    static ReviewedConcepts parse(const QString &text);

    bool isEmpty() const { return m_conceptOf.isEmpty(); }
    qsizetype conceptCount() const { return m_concepts.size(); }
    const QList<QStringList> &concepts() const { return m_concepts; }

    // For each question (ids in bank order), the index of its concept's first
    // phrasing: the reviewed concept for a listed question; for one not listed, the
    // grouper's choice, moved onto a reviewed concept when the grouper put it with
    // a listed question.
    QList<qsizetype> regroup(const QStringList &ids, const QList<qsizetype> &automatic) const;

private:
    QList<QStringList> m_concepts;
    QHash<QString, qsizetype> m_conceptOf; // id -> index into m_concepts
};

} // namespace sdstudy::core
