#include "diagrams/diagramexport.h"

#include "diagrams/diagramgeometry.h"
#include "diagrams/diagrampainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace sdstudy::diagrams {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct DiagramExportText
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)
};

constexpr double kMargin = 16;

QFont titleFont(const DiagramStyle &style)
{
    QFont font = style.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    return font;
}

} // namespace

namespace DiagramExport {

QSizeF pictureSize(const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title)
{
    const QRectF drawing = DiagramPainter(geometry, style).bounds();
    const QFontMetricsF metrics(titleFont(style));
    return {std::max(drawing.width(), metrics.horizontalAdvance(title)) + 2 * kMargin,
            drawing.height() + metrics.lineSpacing() * 1.6 + 2 * kMargin};
}

void paintPicture(QPainter *painter, const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title)
{
    const QSizeF size = pictureSize(geometry, style, title);
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), size), style.background);
    painter->setPen(style.text);
    painter->setFont(titleFont(style));
    const QFontMetricsF metrics(titleFont(style));
    painter->drawText(QPointF(kMargin, kMargin + metrics.ascent()), title);
    const QRectF drawing = DiagramPainter(geometry, style).bounds();
    painter->translate(kMargin - drawing.left(), kMargin + metrics.lineSpacing() * 1.6 - drawing.top());
    DiagramPainter(geometry, style).paint(painter);
    painter->restore();
}

bool writePng(const QString &path, const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title,
              double scale, QString *error)
{
    // A sketch spread over the whole board would need gigabytes at full scale:
    // such a picture is made smaller, to at most kMostPixels on its long side.
    constexpr double kMostPixels = 8192;
    const QSizeF natural = pictureSize(geometry, style, title);
    scale = std::min(scale, kMostPixels / std::max({natural.width(), natural.height(), 1.0}));
    const QSizeF size = natural * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = DiagramExportText::tr("%1: not enough memory for a picture this large").arg(path);
        return false;
    }
    image.setDevicePixelRatio(scale);
    image.fill(style.background);
    QPainter painter(&image);
    paintPicture(&painter, geometry, style, title);
    painter.end();
    if (image.save(path, "PNG"))
        return true;
    *error = DiagramExportText::tr("%1: could not write the picture").arg(path);
    return false;
}

bool writeSvg(const QString &path, const DiagramGeometry &geometry, const DiagramStyle &style, const QString &title,
              QString *error)
{
    const QSizeF size = pictureSize(geometry, style, title);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(DiagramExportText::tr("A diagram from System Design Study"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = DiagramExportText::tr("%1: could not write the picture").arg(path);
        return false;
    }
    paintPicture(&painter, geometry, style, title);
    painter.end();
    return true;
}

} // namespace DiagramExport

} // namespace sdstudy::diagrams
