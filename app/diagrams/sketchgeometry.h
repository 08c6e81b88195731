#pragma once

#include "core/sketch.h"
#include "diagrams/diagramgeometry.h"

#include <QFont>
#include <QImage>

namespace sdstudy::diagrams {

// A whiteboard sketch as a diagram to paint, export or print like any other: a box
// around each component's centre sized for its label in `font` (the kind's name
// when it has none), straight arrows from box edge to box edge, frames as groups
// and free texts as notes; moved so the drawing starts at (0, 0).
namespace SketchGeometry {

DiagramGeometry of(const core::Sketch &sketch, const QFont &font);
// The sketch as a picture for paper: light colours, at three times its screen size
// so it stays sharp in print, its size in 96 dpi pixels kept as the device pixel ratio.
QImage printPicture(const core::Sketch &sketch, const QFont &font);

// A label in lines of about `width` characters, broken between words: a long
// name makes a taller box, not one that runs over its neighbours.
QString wrapped(const QString &label, int width = 22);
// The size of a component's box for its label.
QSizeF boxSize(const QString &label, const QFont &font);
// The point where a line from the box's centre towards `outside` leaves the box.
QPointF edgeOf(const QRectF &box, const QPointF &outside);
// An arrow head with its tip at `tip`, pointing along the line from `from`.
QPolygonF arrowHead(const QPointF &from, const QPointF &tip);

} // namespace SketchGeometry

} // namespace sdstudy::diagrams
