#include "diagrams/sketchgeometry.h"

#include "core/sketchkinds.h"

#include "diagrams/diagrampainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>

#include <cmath>

namespace sdstudy::diagrams {

namespace {

constexpr double kSketchPadding = 8;
constexpr double kLeastBoxWidth = 96;
constexpr double kSketchMargin = 12;
constexpr double kArrowLength = 10;

QString shownLabel(const core::SketchComponent &component)
{
    return SketchGeometry::wrapped(component.label.isEmpty() ? core::SketchKinds::displayName(component.kind)
                                                             : component.label);
}

QSizeF textSize(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double width = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return {width, lines.size() * metrics.lineSpacing()};
}

} // namespace

QImage SketchGeometry::printPicture(const core::Sketch &sketch, const QFont &font)
{
    constexpr double kPrintScale = 3.0;
    // A drawing spread over the whole board is printed smaller: a sheet holds many.
    constexpr double kMostPixels = 3000;
    const DiagramGeometry geometry = of(sketch, font);
    const DiagramStyle style = DiagramStyle::from(QPalette(Qt::black, Qt::white), font);
    const DiagramPainter painter(geometry, style);
    const QRectF bounds = painter.bounds();
    const double scale = std::min(kPrintScale, kMostPixels / std::max({bounds.width(), bounds.height(), 1.0}));
    QImage image((bounds.size() * scale).toSize(), QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter paint(&image);
    paint.scale(scale, scale);
    paint.translate(-bounds.topLeft());
    painter.paint(&paint);
    paint.end();
    image.setDevicePixelRatio(scale);
    return image;
}

QString SketchGeometry::wrapped(const QString &label, int width)
{
    QStringList lines;
    for (const QString &word : label.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= width)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    return lines.join(u'\n');
}

QSizeF SketchGeometry::boxSize(const QString &label, const QFont &font)
{
    const QSizeF text = textSize(label, font);
    return {std::max(kLeastBoxWidth, text.width() + 3 * kSketchPadding), text.height() + 2 * kSketchPadding};
}

QPointF SketchGeometry::edgeOf(const QRectF &box, const QPointF &outside)
{
    const QPointF centre = box.center();
    const QPointF d = outside - centre;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return centre;
    const double tx = std::abs(d.x()) > 1e-9 ? box.width() / 2 / std::abs(d.x()) : 1e300;
    const double ty = std::abs(d.y()) > 1e-9 ? box.height() / 2 / std::abs(d.y()) : 1e300;
    return centre + d * std::min({tx, ty, 1.0});
}

QPolygonF SketchGeometry::arrowHead(const QPointF &from, const QPointF &tip)
{
    QLineF line(tip, from);
    if (line.length() < 1e-9)
        return {};
    line.setLength(kArrowLength);
    const QPointF base = line.p2();
    const QLineF normal = QLineF(base, tip).normalVector();
    const QPointF side(normal.dx() * 0.45, normal.dy() * 0.45);
    return QPolygonF({tip, base + side, base - side});
}

DiagramGeometry SketchGeometry::of(const core::Sketch &sketch, const QFont &font)
{
    const core::SketchKinds &kinds = core::SketchKinds::bundled();
    DiagramGeometry geometry;
    QRectF extent;
    for (const core::SketchFrame &frame : sketch.frames) {
        geometry.groups.append({frame.label, frame.rect});
        extent = extent.united(frame.rect);
    }
    for (const core::SketchComponent &component : sketch.components) {
        DiagramNode node;
        node.id = component.id;
        node.label = shownLabel(component);
        node.role = kinds.roleOf(component.kind);
        const QSizeF size = boxSize(node.label, font);
        node.rect = QRectF(component.centre - QPointF(size.width() / 2, size.height() / 2), size);
        extent = extent.united(node.rect);
        geometry.nodes.append(node);
    }
    for (const core::SketchConnection &connection : sketch.connections) {
        const auto box = [&](const QString &id) {
            for (const DiagramNode &node : std::as_const(geometry.nodes)) {
                if (node.id == id)
                    return node.rect;
            }
            return QRectF();
        };
        const QRectF from = box(connection.from), to = box(connection.to);
        DiagramEdge edge;
        edge.from = connection.from;
        edge.to = connection.to;
        edge.pathKind = connection.path;
        edge.label = connection.label;
        const QPointF start = edgeOf(from, to.center());
        const QPointF end = edgeOf(to, from.center());
        edge.path.moveTo(start);
        edge.path.lineTo(end);
        edge.arrowHeads.append(arrowHead(start, end));
        if (!edge.label.isEmpty()) {
            const QSizeF size = textSize(edge.label, font);
            edge.labelRect = QRectF((start + end) / 2 - QPointF(size.width() / 2, size.height() / 2), size);
        }
        geometry.edges.append(edge);
    }
    for (qsizetype i = 0; i < sketch.texts.size(); ++i) {
        const core::SketchText &text = sketch.texts[i];
        const QSizeF size = textSize(text.text, font) + QSizeF(2 * kSketchPadding, 2 * kSketchPadding);
        DiagramNode note;
        note.id = QStringLiteral("text%1").arg(i + 1);
        note.label = text.text;
        note.role = QStringLiteral("note");
        note.rect = QRectF(text.topLeft, size);
        extent = extent.united(note.rect);
        geometry.nodes.append(note);
    }
    // Drawn from (0, 0), as every diagram is.
    const QPointF shift = QPointF(kSketchMargin, kSketchMargin) - extent.topLeft();
    for (DiagramGroup &group : geometry.groups)
        group.rect.translate(shift);
    for (DiagramNode &node : geometry.nodes)
        node.rect.translate(shift);
    for (DiagramEdge &edge : geometry.edges) {
        edge.path.translate(shift);
        for (QPolygonF &head : edge.arrowHeads)
            head.translate(shift);
        edge.labelRect.translate(shift);
    }
    geometry.bounds = QRectF(0, 0, extent.width() + 2 * kSketchMargin, extent.height() + 2 * kSketchMargin);
    return geometry;
}

} // namespace sdstudy::diagrams
