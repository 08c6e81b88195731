#pragma once

#include "diagrams/diagramgeometry.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QPainter;

namespace sdstudy::diagrams {

// How a diagram looks: the app's own style, in the colours of a palette so it
// reads the same on light and dark backgrounds. Used on screen, in PNG and SVG
// files and on printed sheets alike.
struct DiagramStyle
{
    QFont font;
    QColor background;
    QColor text;
    QColor line;
    QColor readPath;
    QColor writePath;

    static DiagramStyle from(const QPalette &palette, const QFont &font);
    // Fill and border for a node of this role.
    QColor roleColor(const QString &role) const;
    QColor fillFor(const QString &role) const;
};

class DiagramPainter final
{
public:
    DiagramPainter(const DiagramGeometry &geometry, DiagramStyle style);

    // The drawing's size with room for the legend.
    QRectF bounds() const;
    // Paints at the geometry's own coordinates; `highlighted` node (or -1) drawn
    // raised, `masked` node (or -1) drawn as a "?" with its label hidden.
    void paint(QPainter *painter, int highlighted = -1, int masked = -1) const;
    // One component's box in its role's shape and colours (the whiteboard draws its own).
    static void paintNode(QPainter *painter, const DiagramStyle &style, const DiagramNode &node, bool highlighted);

private:
    void paintLegend(QPainter *painter) const;
    QRectF legendRect() const;

    const DiagramGeometry &m_geometry;
    DiagramStyle m_style;
};

} // namespace sdstudy::diagrams
