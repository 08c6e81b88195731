#pragma once

#include "core/sketch.h"
#include "diagrams/diagramgeometry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdstudy::core {
class SketchKinds;
}

namespace sdstudy::diagrams {

using core::SketchKinds;

// What a person's sketch has of a reference architecture diagram: the reference
// components they drew (matched by role, and by label through SketchKinds' names:
// a "Redis" box is the reference's "Cache (Redis)"), the ones they missed, what
// they drew that the reference does not have, and which of its connections they
// drew, with the read or write path they gave.
struct SketchCoverage
{
    struct Component
    {
        QString id; // the node's name in the diagram, or the sketch component's id
        QString label;
        QString kind;
    };
    struct Match
    {
        Component reference;
        Component drawn;
        // The labels agree (a word, or a name of the same kind: "Redis" and
        // "Cache (Redis)"); false when only the kind or role does.
        bool byName = false;
    };
    // A connection of the reference between two components; its paths are those of
    // every reference edge between them, either way.
    struct Connection
    {
        Component from;
        Component to;
        QStringList paths; // read, write, async, in the diagram's order
        bool drawn = false;
        QString drawnPath; // the path the person gave it, if drawn
    };

    QList<Match> matched; // in the reference's order
    QList<Component> missed;
    QList<Component> extra; // in the sketch's order
    QList<Connection> connections;
    // How much of the reference the sketch has, 0..1: its components (one matched
    // only by kind counts half) and its connections, weighed alike.
    double coverage = 0;
    double componentCoverage = 0;
    double connectionCoverage = 0;

    int connectionsDrawn() const;
    // {"matched": [...], "missed": [...], "extra": [...], "coverage", "component_coverage",
    //  "connection_coverage", "connections": [...]}
    QJsonObject toJson() const;
};

namespace SketchComparison {

// The components a comparison counts: not notes, states or outcomes ("429").
bool isComponentRole(const QString &role);

SketchCoverage compare(const core::Sketch &sketch, const DiagramGeometry &reference, const SketchKinds &kinds);

// The reference drawn as a sketch, each component of the kind its role and label
// say, at the diagram's own positions: what a perfect sketch looks like.
core::Sketch sketchOf(const DiagramGeometry &reference, const SketchKinds &kinds);

} // namespace SketchComparison

} // namespace sdstudy::diagrams
