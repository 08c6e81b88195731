#include "widgets/diagramview.h"

#include "diagrams/diagramfile.h"
#include "diagrams/diagramgeometry.h"
#include "diagrams/diagrampainter.h"

#include <QFontInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

namespace sdstudy::widgets {

namespace {

// The whole diagram as one item: painted by DiagramPainter, so the screen,
// the pictures and the printed sheets agree.
class DiagramItem final : public QGraphicsItem
{
public:
    DiagramItem(const diagrams::DiagramGeometry &geometry, std::function<void(const QString &)> open)
        : m_geometry(geometry)
        , m_open(std::move(open))
    {
        setAcceptHoverEvents(true);
    }

    void setMasked(int node)
    {
        m_masked = node;
        update();
    }

    QRectF boundingRect() const override { return diagrams::DiagramPainter(m_geometry, style()).bounds(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        diagrams::DiagramPainter(m_geometry, style()).paint(painter, m_hovered, m_masked);
    }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        const int node = m_geometry.nodeAt(event->pos());
        // A hidden component never names itself in a tooltip.
        const int linked = node >= 0 && node != m_masked && !m_geometry.nodes[node].link.isEmpty() ? node : -1;
        if (linked != m_hovered) {
            m_hovered = linked;
            setCursor(linked >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
            setToolTip(
                linked >= 0
                    ? QCoreApplication::translate("DiagramView", "Open the question on %1")
                          .arg(QString(m_geometry.nodes[linked].label).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                    : QString());
            update();
        }
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = -1;
        update();
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (m_hovered >= 0 && event->button() == Qt::LeftButton)
            m_open(m_geometry.nodes[m_hovered].link);
        else
            event->ignore(); // the view pans
    }

private:
    diagrams::DiagramStyle style() const
    {
        const QWidget *view = scene() && !scene()->views().isEmpty() ? scene()->views().constFirst() : nullptr;
        return diagrams::DiagramStyle::from(view ? view->palette() : QPalette(), view ? view->font() : QFont());
    }

    const diagrams::DiagramGeometry &m_geometry;
    std::function<void(const QString &)> m_open;
    int m_hovered = -1;
    int m_masked = -1; // a diagram card's hidden component
};

constexpr double kZoomStep = 1.25;
// The smallest label a fitted concept diagram shows, at 100% scale.
constexpr double kReadablePoints = 9.0;

} // namespace

DiagramView::DiagramView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().base());
    setAccessibleName(tr("Diagram"));
}

void DiagramView::setDiagram(const diagrams::DiagramFile &file, const diagrams::DiagramGeometry &geometry)
{
    m_file = &file;
    m_geometry = &geometry;
    scene()->clear();
    auto *item = new DiagramItem(geometry, [this](const QString &id) { Q_EMIT questionRequested(id); });
    scene()->addItem(item);
    scene()->setSceneRect(item->boundingRect());
    setAccessibleDescription(file.title);
    fitToView();
}

void DiagramView::setMasked(int node)
{
    for (QGraphicsItem *item : scene()->items()) {
        if (auto *diagram = dynamic_cast<DiagramItem *>(item)) {
            diagram->setMasked(node);
        }
    }
}

void DiagramView::fitToView()
{
    fit(Fit::Readable);
}

void DiagramView::showWhole()
{
    fit(Fit::Whole);
}

void DiagramView::fit(Fit how)
{
    m_fit = how;
    if (scene()->items().isEmpty() || how == Fit::None)
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blown up past its natural size: small diagrams stay crisp, not huge.
    if (transform().m11() > 1.0)
        setTransform(QTransform());
    // A concept diagram is read, not glanced at: as it opens, its labels stay
    // readable and the view is dragged to see the rest rather than shrink them.
    if (how == Fit::Readable && m_file && m_file->kind == diagrams::DiagramFile::Kind::Concept
        && transform().m11() < readableScale()) {
        setTransform(QTransform::fromScale(readableScale(), readableScale()));
        centerOn(scene()->sceneRect().center().x(), scene()->sceneRect().top());
    }
}

double DiagramView::readableScale() const
{
    return std::min(1.0, kReadablePoints / QFontInfo(font()).pointSizeF());
}

void DiagramView::zoomBy(double factor)
{
    const double scale = transform().m11() * factor;
    if (scale < 0.1 || scale > 8)
        return;
    this->scale(factor, factor);
    m_fit = Fit::None;
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        zoomBy(std::pow(kZoomStep, steps));
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kZoomStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / kZoomStep);
        return;
    case Qt::Key_0:
        showWhole();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit(m_fit);
}

void DiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        setBackgroundBrush(palette().base());
        scene()->update();
    }
    QGraphicsView::changeEvent(event);
}

} // namespace sdstudy::widgets
