#include "diagrams/diagramgeometry.h"

namespace sdstudy::diagrams {

int DiagramGeometry::nodeAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].rect.contains(point))
            return int(i);
    }
    return -1;
}

bool DiagramGeometry::hasPathKind(const QString &kind) const
{
    return std::any_of(edges.cbegin(), edges.cend(), [&](const DiagramEdge &e) { return e.pathKind == kind; });
}

} // namespace sdstudy::diagrams
