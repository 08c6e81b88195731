#include "charts/diagramimages.h"

#include "charts/conceptchartview.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/diagrampainter.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace sdstudy::charts {

namespace {

constexpr double kPrintScale = 3.0;

QImage picture(QSizeF size, const std::function<void(QPainter *)> &paint)
{
    QImage image((size * kPrintScale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(kPrintScale, kPrintScale);
    paint(&painter);
    painter.end();
    // Its size in 96 dpi pixels stays known: a sheet prints it at that size, so
    // every diagram's labels are the same size on paper.
    image.setDevicePixelRatio(kPrintScale);
    return image;
}

} // namespace

namespace DiagramImages {

QList<QImage> forQuestions(const QStringList &phrasingIds, int columns)
{
    // The text width of an A4 or Letter page with 15 mm margins, in 96 dpi pixels.
    constexpr qreal kPageWidth = 660;
    const qreal column = kPageWidth / std::max(1, columns);
    QList<QImage> images;
    diagrams::DiagramCatalog &catalog = diagrams::DiagramCatalog::bundled();
    const QPalette paper(Qt::black, Qt::white);
    for (const diagrams::DiagramFile *file : catalog.forQuestions(phrasingIds)) {
        if (file->kind == diagrams::DiagramFile::Kind::Chart) {
            QString error;
            const auto model = ConceptChartModel::from(file->chart, &error);
            if (!model)
                continue;
            ConceptChartView view(*model);
            view.setPalette(paper);
            view.resize(760, 520);
            view.ensurePolished();
            images.append(picture(view.size(), [&](QPainter *painter) { view.render(painter); }));
            continue;
        }
        const diagrams::DiagramStyle style = diagrams::DiagramStyle::from(paper, QApplication::font());
        const auto shrink = [&](diagrams::DiagramLayout::Flow flow) {
            const diagrams::DiagramGeometry *geometry = catalog.geometry(*file, QApplication::font(), nullptr, flow);
            return geometry
                ? std::min(1.0, column / diagrams::DiagramExport::pictureSize(*geometry, style, file->title).width())
                : 0.0;
        };
        const auto flow = shrink(diagrams::DiagramLayout::Flow::AsWritten) >= 1.0
                || shrink(diagrams::DiagramLayout::Flow::AsWritten) >= shrink(diagrams::DiagramLayout::Flow::Vertical)
            ? diagrams::DiagramLayout::Flow::AsWritten
            : diagrams::DiagramLayout::Flow::Vertical;
        const diagrams::DiagramGeometry *geometry = catalog.geometry(*file, QApplication::font(), nullptr, flow);
        if (!geometry)
            continue;
        images.append(
            picture(diagrams::DiagramExport::pictureSize(*geometry, style, file->title), [&](QPainter *painter) {
                diagrams::DiagramExport::paintPicture(painter, *geometry, style, file->title);
            }));
    }
    return images;
}

} // namespace DiagramImages

} // namespace sdstudy::charts
