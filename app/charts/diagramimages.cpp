#include "charts/diagramimages.h"

#include "charts/conceptchartview.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/diagrampainter.h"

#include <QApplication>
#include <QPainter>

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
    return image;
}

} // namespace

namespace DiagramImages {

QList<QImage> forQuestions(const QStringList &phrasingIds, diagrams::DiagramLayout::Flow flow)
{
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
        const diagrams::DiagramGeometry *geometry = catalog.geometry(*file, QApplication::font(), nullptr, flow);
        if (!geometry)
            continue;
        const diagrams::DiagramStyle style = diagrams::DiagramStyle::from(paper, QApplication::font());
        images.append(
            picture(diagrams::DiagramExport::pictureSize(*geometry, style, file->title), [&](QPainter *painter) {
                diagrams::DiagramExport::paintPicture(painter, *geometry, style, file->title);
            }));
    }
    return images;
}

} // namespace DiagramImages

} // namespace sdstudy::charts
