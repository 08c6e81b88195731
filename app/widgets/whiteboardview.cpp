#include "widgets/whiteboardview.h"

#include "core/sketchkinds.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace sdstudy::widgets {

namespace {

constexpr double kBoardZoomStep = 1.2;
constexpr double kLeastScale = 0.2;
constexpr double kMostScale = 4.0;

// A text box's editor: Ctrl+Enter or leaving it keeps the text, Escape drops the change.
class TextEditor final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void(bool keep)> done;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape)
            return done(false);
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && (event->modifiers() & Qt::ControlModifier))
            return done(true);
        QPlainTextEdit::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (done)
            done(true);
    }
};

// A label's editor: Enter or leaving it keeps the label, Escape drops the change.
class LineEditor final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void(bool keep)> done;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape)
            return done(false);
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            return done(true);
        QLineEdit::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QLineEdit::focusOutEvent(event);
        if (done)
            done(true);
    }
};

} // namespace

const QString WhiteboardView::kKindMimeType = QStringLiteral("application/x-sdstudy-sketch-kind");

WhiteboardView::WhiteboardView(WhiteboardScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_board(scene)
{
    // A label being typed belongs to the drawing it was started on: an undo or a
    // reload meanwhile drops it rather than write it onto another item.
    connect(scene, &WhiteboardScene::sketchChanged, this, [this] { finishEditing(false); });
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().base());
    setAccessibleName(tr("Whiteboard"));
    setAccessibleDescription(tr("Draw the architecture: add components from the palette or by typing their name, "
                                "connect them, label them."));
    centerOn(QPointF(300, 150));
}

QPointF WhiteboardView::visibleCentre() const
{
    return mapToScene(viewport()->rect().center());
}

void WhiteboardView::zoomBy(double factor)
{
    const double scale = transform().m11() * factor;
    if (scale < kLeastScale || scale > kMostScale)
        return;
    this->scale(factor, factor);
    m_fitted = false;
}

void WhiteboardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToDrawing();
}

void WhiteboardView::fitToDrawing()
{
    m_fitted = true;
    const QRectF drawing = m_board->itemsBoundingRect();
    if (drawing.isEmpty()) {
        setTransform(QTransform());
        centerOn(QPointF(300, 150));
        return;
    }
    fitInView(drawing.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    // Never blown up past its natural size, nor shrunk past reading.
    const double scale = std::clamp(transform().m11(), 0.7, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(drawing.center());
}

void WhiteboardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(kBoardZoomStep, steps));
        event->accept();
        return;
    }
    m_fitted = false;
    QGraphicsView::wheelEvent(event); // scrolls: pans the board
}

void WhiteboardView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        m_board->removeSelected();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        m_board->selectAll();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kBoardZoomStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / kBoardZoomStep);
        return;
    case Qt::Key_0:
        fitToDrawing();
        return;
    case Qt::Key_F2: {
        const QList<QGraphicsItem *> selected = m_board->selectedItems();
        if (selected.size() == 1)
            editLabel(m_board->refAt(selected.first()->sceneBoundingRect().center()));
        return;
    }
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void WhiteboardView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void WhiteboardView::startPanning(const QPoint &at)
{
    m_panning = true;
    m_fitted = false;
    m_panFrom = at;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void WhiteboardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        startPanning(event->position().toPoint());
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void WhiteboardView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void WhiteboardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void WhiteboardView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const WhiteboardScene::ItemRef ref = m_board->refAt(mapToScene(event->position().toPoint()));
    if (ref.part != WhiteboardScene::Part::None)
        editLabel(ref);
    else
        addText(mapToScene(event->position().toPoint()));
}

void WhiteboardView::addText(const QPointF &at)
{
    if (m_board->addText(tr("Text"), at))
        editLabel(m_board->refAt(at + QPointF(4, 4)), true);
}

void WhiteboardView::editLabel(const WhiteboardScene::ItemRef &item, bool justAdded)
{
    if (item.part == WhiteboardScene::Part::None || m_editor)
        return;
    m_edited = item;
    m_editedIsNew = justAdded;
    const QRect place = mapFromScene(m_board->rectOf(item)).boundingRect();
    const auto done = [this](bool keep) { finishEditing(keep); };
    if (item.part == WhiteboardScene::Part::Text) {
        auto *editor = new TextEditor(viewport());
        editor->setPlainText(m_board->labelOf(item));
        editor->selectAll();
        editor->setGeometry(place.adjusted(0, 0, 120, 60));
        editor->done = done;
        m_editor = editor;
    } else {
        auto *editor = new LineEditor(viewport());
        editor->setText(m_board->labelOf(item));
        editor->selectAll();
        editor->setMaxLength(int(core::Sketch::kMostLabelCharacters));
        editor->setPlaceholderText(tr("Label"));
        const int width = std::max(place.width(), fontMetrics().averageCharWidth() * 24);
        editor->setGeometry(QRect(place.center().x() - width / 2, place.center().y() - editor->sizeHint().height() / 2,
                                  width, editor->sizeHint().height()));
        editor->done = done;
        m_editor = editor;
    }
    m_editor->setAccessibleName(tr("Label"));
    m_editor->show();
    m_editor->setFocus();
}

void WhiteboardView::finishEditing(bool keep)
{
    if (!m_editor)
        return;
    QPointer<QWidget> editor = m_editor;
    m_editor = nullptr; // before anything else: losing focus calls back
    QString text;
    if (auto *line = qobject_cast<QLineEdit *>(editor.data()))
        text = line->text();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor.data()))
        text = plain->toPlainText();
    if (auto *line = dynamic_cast<LineEditor *>(editor.data()))
        line->done = nullptr;
    if (auto *plain = dynamic_cast<TextEditor *>(editor.data()))
        plain->done = nullptr;
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (keep)
        m_board->setLabel(m_edited, text);
    else if (m_editedIsNew)
        m_board->undoStack()->undo(); // the text box made for these words
}

void WhiteboardView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF at = mapToScene(event->pos());
    const WhiteboardScene::ItemRef ref = m_board->refAt(at);
    QMenu menu(this);
    if (ref.part != WhiteboardScene::Part::None) {
        m_board->select({ref});
        menu.addAction(tr("Edit &Label"), this, [this, ref] { editLabel(ref); });
    }
    if (ref.part == WhiteboardScene::Part::Component) {
        QMenu *kinds = menu.addMenu(tr("&Kind"));
        for (const QString &kind : core::SketchKinds::bundled().kinds())
            kinds->addAction(core::SketchKinds::displayName(kind), this,
                             [this, id = ref.id, kind] { m_board->setKind(id, kind); });
    } else if (ref.part == WhiteboardScene::Part::Connection) {
        const QList<std::pair<QString, QString>> paths = {{tr("&Read Path"), QStringLiteral("read")},
                                                          {tr("&Write Path"), QStringLiteral("write")},
                                                          {tr("&Async"), QStringLiteral("async")},
                                                          {tr("&No Path"), QString()}};
        for (const auto &[name, path] : paths)
            menu.addAction(name, this, [this, index = ref.index, path] { m_board->setPath({index}, path); });
    } else if (ref.part == WhiteboardScene::Part::None) {
        QMenu *add = menu.addMenu(tr("&Add"));
        for (const QString &kind : core::SketchKinds::bundled().kinds())
            add->addAction(core::SketchKinds::displayName(kind), this,
                           [this, kind, at] { m_board->addComponent(kind, {}, at); });
        menu.addAction(tr("Add &Text"), this, [this, at] { addText(at); });
    }
    if (ref.part != WhiteboardScene::Part::None) {
        menu.addSeparator();
        menu.addAction(tr("&Delete"), this, [this] { m_board->removeSelected(); });
    }
    menu.exec(event->globalPos());
}

void WhiteboardView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kKindMimeType) && !m_board->isReadOnly())
        event->acceptProposedAction();
}

void WhiteboardView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kKindMimeType) && !m_board->isReadOnly())
        event->acceptProposedAction();
}

void WhiteboardView::dropEvent(QDropEvent *event)
{
    const QString kind = QString::fromUtf8(event->mimeData()->data(kKindMimeType));
    if (!core::SketchKinds::bundled().kinds().contains(kind))
        return;
    m_board->addComponent(kind, {}, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus();
}

void WhiteboardView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_board->snapsToGrid() || transform().m11() < 0.5)
        return;
    // Dots where things snap to.
    const double step = WhiteboardScene::kGrid * 2;
    QColor dot = palette().color(QPalette::Text);
    dot.setAlphaF(0.18f);
    painter->setPen(QPen(dot, 0));
    for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step) {
        for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
            painter->drawPoint(QPointF(x, y));
    }
}

void WhiteboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        setBackgroundBrush(palette().base());
        m_board->setDiagramStyle(diagrams::DiagramStyle::from(palette(), font()));
    }
    QGraphicsView::changeEvent(event);
}

} // namespace sdstudy::widgets
