#pragma once

#include <QSizeF>
#include <QString>

class QPainter;

namespace sdstudy::diagrams {

struct DiagramGeometry;
struct DiagramStyle;

// A diagram as a picture on its own: a title above the drawing, on the style's
// background, written as PNG or SVG, or drawn into any painter (a printed sheet).
namespace DiagramExport {

// The size of the picture at scale 1, title included.
QSizeF pictureSize(const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title);
void paintPicture(QPainter *painter, const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title);

bool writePng(const QString &path, const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title,
              double scale, QString *error);
bool writeSvg(const QString &path, const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title,
              QString *error);

} // namespace DiagramExport

} // namespace sdstudy::diagrams
