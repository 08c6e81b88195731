#pragma once

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace sdstudy::diagrams {

// A laid-out diagram, in the units its painter draws in (logical pixels), with
// y growing downwards and the top left corner at (0, 0).
struct DiagramNode
{
    QString id;
    QString label; // lines separated by '\n'
    QString role;  // client, edge, service, worker, cache, store, queue, external, state, note
    QString link;  // the stable id of the question that explains this component, if any
    QRectF rect;
};

struct DiagramEdge
{
    QPainterPath path;
    QList<QPolygonF> arrowHeads;
    QString label;
    QRectF labelRect; // centred on the label's position
    QString pathKind; // read, write, async, or empty
    QString from;     // the nodes' ids
    QString to;
};

struct DiagramGroup
{
    QString label;
    QRectF rect;
};

struct DiagramGeometry
{
    QRectF bounds;
    QList<DiagramGroup> groups; // clusters, drawn under everything else
    QList<DiagramNode> nodes;
    QList<DiagramEdge> edges;

    // The node under a point, or -1.
    int nodeAt(const QPointF &point) const;
    bool hasPathKind(const QString &kind) const;
};

} // namespace sdstudy::diagrams
