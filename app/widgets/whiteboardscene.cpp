#include "widgets/whiteboardscene.h"

#include "core/sketchkinds.h"
#include "diagrams/sketchgeometry.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QUndoCommand>

#include <algorithm>
#include <cmath>

namespace sdstudy::widgets {

using diagrams::SketchGeometry::arrowHead;
using diagrams::SketchGeometry::edgeOf;

// One edit of the sketch: the whole sketch before and after, which is small next
// to what a person draws in an interview and makes every undo exact.
class SketchEdit final : public QUndoCommand
{
public:
    SketchEdit(WhiteboardScene *scene, core::Sketch before, core::Sketch after, const QString &text)
        : QUndoCommand(text)
        , m_scene(scene)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override { m_scene->show(m_after); }
    void undo() override { m_scene->show(m_before); }

private:
    WhiteboardScene *m_scene;
    core::Sketch m_before;
    core::Sketch m_after;
};

namespace {

constexpr int kComponentType = QGraphicsItem::UserType + 1;
constexpr int kConnectionType = QGraphicsItem::UserType + 2;
constexpr int kTextType = QGraphicsItem::UserType + 3;
constexpr int kFrameType = QGraphicsItem::UserType + 4;
constexpr double kTextPadding = 8;
constexpr double kFrameLabelRoom = 28;
constexpr double kResizeHandle = 12;

QColor pathColour(const diagrams::DiagramStyle &style, const QString &path)
{
    return path == QLatin1String("read") ? style.readPath
        : path == QLatin1String("write") ? style.writePath
                                         : style.line;
}

// A selected item's outline, in the palette's highlight colour.
void paintSelection(QPainter *painter, const QRectF &rect, const QWidget *widget)
{
    QPen pen(widget ? widget->palette().color(QPalette::Highlight) : QColor(Qt::blue), 1.5, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, 4, 4);
}

// Every item knows its place in the sketch and snaps to the grid as it moves.
class BoardItem : public QGraphicsItem
{
public:
    explicit BoardItem(const diagrams::DiagramStyle &style)
        : m_style(style)
    {
        setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    }

protected:
    WhiteboardScene *board() const { return static_cast<WhiteboardScene *>(scene()); }
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionChange && board() && board()->snapsToGrid()) {
            const QPointF p = value.toPointF();
            return QPointF(board()->snapped(p.x()), board()->snapped(p.y()));
        }
        return QGraphicsItem::itemChange(change, value);
    }

    const diagrams::DiagramStyle &m_style;
};

class ConnectionItem;

class ComponentItem final : public BoardItem
{
public:
    ComponentItem(const core::SketchComponent &component, const diagrams::DiagramStyle &style)
        : BoardItem(style)
        , m_id(component.id)
        , m_node {component.id,
                  diagrams::SketchGeometry::wrapped(
                      component.label.isEmpty() ? core::SketchKinds::displayName(component.kind) : component.label),
                  core::SketchKinds::bundled().roleOf(component.kind),
                  {},
                  {}}
    {
        const QSizeF size = diagrams::SketchGeometry::boxSize(m_node.label, style.font);
        m_node.rect = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
        setPos(component.centre);
        setZValue(1);
        setToolTip(core::SketchKinds::displayName(component.kind));
    }
    int type() const override { return kComponentType; }
    QString id() const { return m_id; }
    // The arrows drawn again when this moves.
    void attach(ConnectionItem *connection) { m_connections.append(connection); }
    QRectF box() const { return m_node.rect.translated(pos()); }
    QRectF boundingRect() const override { return m_node.rect.adjusted(-4, -4, 4, 4); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setFont(m_style.font);
        diagrams::DiagramPainter::paintNode(painter, m_style, m_node, false);
        if (option->state & QStyle::State_Selected)
            paintSelection(painter, m_node.rect.adjusted(-3, -3, 3, 3), widget);
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id;
    diagrams::DiagramNode m_node;
    QList<ConnectionItem *> m_connections;
};

class ConnectionItem final : public QGraphicsItem
{
public:
    ConnectionItem(qsizetype index, const core::SketchConnection &connection, ComponentItem *from, ComponentItem *to,
                   const diagrams::DiagramStyle &style)
        : m_index(index)
        , m_from(from)
        , m_to(to)
        , m_label(connection.label)
        , m_path(connection.path)
        , m_style(style)
    {
        setFlags(ItemIsSelectable);
        // Measured once: the label does not change while the item lives.
        const QFontMetricsF metrics(style.font);
        m_labelSize = QSizeF(metrics.horizontalAdvance(m_label) + 6, metrics.lineSpacing());
        from->attach(this);
        to->attach(this);
        updateGeometry();
    }
    int type() const override { return kConnectionType; }
    qsizetype index() const { return m_index; }
    QRectF labelRect() const { return m_labelRect; }
    void updateGeometry()
    {
        prepareGeometryChange();
        const QRectF a = m_from->box(), b = m_to->box();
        m_line = QLineF(edgeOf(a, b.center()), edgeOf(b, a.center()));
        m_head = arrowHead(m_line.p1(), m_line.p2());
        m_labelRect = QRectF(m_line.center() - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
    }
    QRectF boundingRect() const override
    {
        QRectF r = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-8, -8, 8, 8);
        return m_label.isEmpty() ? r : r.united(m_labelRect);
    }
    QPainterPath shape() const override
    {
        QPainterPath line(m_line.p1());
        line.lineTo(m_line.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(10); // easy to click
        QPainterPath shape = stroker.createStroke(line);
        if (!m_label.isEmpty())
            shape.addRect(m_labelRect);
        return shape;
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor colour = pathColour(m_style, m_path);
        const bool selected = option->state & QStyle::State_Selected;
        QPen pen(selected && widget ? widget->palette().color(QPalette::Highlight) : colour,
                 (m_path.isEmpty() ? 1.4 : 2.0) + (selected ? 1.5 : 0));
        if (m_path == QLatin1String("async"))
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(m_line);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(m_head);
        if (!m_label.isEmpty()) {
            painter->setBrush(m_style.background);
            painter->drawRect(m_labelRect);
            painter->setPen(m_path.isEmpty() ? m_style.text : colour);
            painter->setFont(m_style.font);
            painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
        }
    }

private:
    qsizetype m_index;
    ComponentItem *m_from;
    ComponentItem *m_to;
    QString m_label;
    QString m_path;
    const diagrams::DiagramStyle &m_style;
    QSizeF m_labelSize;
    QLineF m_line;
    QPolygonF m_head;
    QRectF m_labelRect;
};

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (ConnectionItem *connection : std::as_const(m_connections))
            connection->updateGeometry();
    }
    return BoardItem::itemChange(change, value);
}

class TextItem final : public BoardItem
{
public:
    TextItem(qsizetype index, const core::SketchText &text, const diagrams::DiagramStyle &style)
        : BoardItem(style)
        , m_index(index)
        , m_text(text.text)
    {
        const QFontMetricsF metrics(style.font);
        double width = 0;
        const QStringList lines = m_text.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        m_rect = QRectF(0, 0, width + 2 * kTextPadding, lines.size() * metrics.lineSpacing() + 2 * kTextPadding);
        setPos(text.topLeft);
        setZValue(2);
    }
    int type() const override { return kTextType; }
    qsizetype index() const { return m_index; }
    QRectF boundingRect() const override { return m_rect.adjusted(-4, -4, 4, 4); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setPen(QPen(m_style.line, 1, Qt::DotLine));
        painter->setBrush(m_style.background);
        painter->drawRect(m_rect);
        painter->setPen(m_style.text);
        painter->setFont(m_style.font);
        painter->drawText(m_rect.adjusted(kTextPadding, kTextPadding, -kTextPadding, -kTextPadding),
                          Qt::AlignLeft | Qt::AlignTop, m_text);
        if (option->state & QStyle::State_Selected)
            paintSelection(painter, m_rect.adjusted(-3, -3, 3, 3), widget);
    }

private:
    qsizetype m_index;
    QString m_text;
    QRectF m_rect;
};

// A frame moves by itself (what is inside stays), and grows or shrinks from its
// bottom right corner.
class FrameItem final : public BoardItem
{
public:
    FrameItem(qsizetype index, const core::SketchFrame &frame, const diagrams::DiagramStyle &style)
        : BoardItem(style)
        , m_index(index)
        , m_label(frame.label)
        , m_size(frame.rect.size())
    {
        setPos(frame.rect.topLeft());
        setZValue(-1);
        setAcceptHoverEvents(true);
    }
    int type() const override { return kFrameType; }
    qsizetype index() const { return m_index; }
    QSizeF size() const { return m_size; }
    QRectF boundingRect() const override { return QRectF(QPointF(), m_size).adjusted(-4, -4, 4, 4); }
    QPainterPath shape() const override
    {
        // Only its border and label take clicks: what is inside stays reachable.
        QPainterPath outer;
        outer.addRect(QRectF(QPointF(), m_size).adjusted(-4, -4, 4, 4));
        QPainterPath inner;
        inner.addRect(QRectF(QPointF(), m_size).adjusted(6, kFrameLabelRoom, -6, -6));
        return outer.subtracted(inner);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        const QRectF r(QPointF(), m_size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_style.line, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r, 6, 6);
        painter->setPen(m_style.text);
        painter->setFont(m_style.font);
        painter->drawText(r.adjusted(8, 4, -8, -4), Qt::AlignTop | Qt::AlignLeft, m_label);
        // The corner that resizes it.
        painter->setPen(QPen(m_style.line, 1.2));
        for (int i = 1; i <= 2; ++i)
            painter->drawLine(QPointF(r.right() - 4 * i - 2, r.bottom() - 2),
                              QPointF(r.right() - 2, r.bottom() - 4 * i - 2));
        if (option->state & QStyle::State_Selected)
            paintSelection(painter, r.adjusted(-3, -3, 3, 3), widget);
    }

protected:
    bool onHandle(const QPointF &point) const
    {
        return point.x() > m_size.width() - kResizeHandle && point.y() > m_size.height() - kResizeHandle;
    }
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        setCursor(onHandle(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        m_resizing = event->button() == Qt::LeftButton && onHandle(event->pos()) && (flags() & ItemIsMovable);
        if (!m_resizing)
            BoardItem::mousePressEvent(event);
    }
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (!m_resizing)
            return BoardItem::mouseMoveEvent(event);
        prepareGeometryChange();
        const double w = board()->snapped(std::max(60.0, event->pos().x()));
        const double h = board()->snapped(std::max(kFrameLabelRoom + 20, event->pos().y()));
        m_size = QSizeF(std::min(w, core::Sketch::kBoardExtent), std::min(h, core::Sketch::kBoardExtent));
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        m_resizing = false;
        BoardItem::mouseReleaseEvent(event);
    }

private:
    qsizetype m_index;
    QString m_label;
    QSizeF m_size;
    bool m_resizing = false;
};

QPointF clampedToBoard(const QPointF &point)
{
    const double e = core::Sketch::kBoardExtent;
    return {std::clamp(point.x(), -e, e), std::clamp(point.y(), -e, e)};
}

// A frame as a sketch may hold it: its corner on the board, its sides no longer than the board.
QRectF boardRect(const QRectF &rect)
{
    const double e = core::Sketch::kBoardExtent;
    return {clampedToBoard(rect.topLeft()),
            QSizeF(std::clamp(rect.width(), 0.0, e), std::clamp(rect.height(), 0.0, e))};
}

} // namespace

WhiteboardScene::WhiteboardScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_style(diagrams::DiagramStyle::from(QPalette(), QFont()))
{
    // An index of item positions costs more than it saves at a whiteboard's size,
    // and every move would update it.
    setItemIndexMethod(NoIndex);
    QObject::connect(this, &QGraphicsScene::selectionChanged, this, &WhiteboardScene::rememberSelectionOrder);
}

WhiteboardScene::~WhiteboardScene()
{
    // The items go while this is still a WhiteboardScene, and quietly: no one is
    // told of a selection that changes only because everything goes.
    const QSignalBlocker quiet(this);
    clear();
}

double WhiteboardScene::snapped(double value) const
{
    return m_snap ? std::round(value / kGrid) * kGrid : value;
}

void WhiteboardScene::setDiagramStyle(const diagrams::DiagramStyle &style)
{
    m_style = style;
    rebuild(); // boxes are sized for the font
}

void WhiteboardScene::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void WhiteboardScene::load(const core::Sketch &sketch)
{
    m_undo.clear();
    m_lastAdded.clear();
    m_selectionOrder.clear();
    clearSelection();
    show(sketch);
}

void WhiteboardScene::edit(const core::Sketch &after, const QString &text)
{
    if (m_readOnly || after == m_sketch)
        return;
    m_undo.push(new SketchEdit(this, m_sketch, after, text));
}

void WhiteboardScene::show(const core::Sketch &sketch)
{
    m_sketch = sketch;
    rebuild();
    Q_EMIT sketchChanged();
}

void WhiteboardScene::rebuild()
{
    QList<ItemRef> selected = selectedRefs();
    m_rebuilding = true;
    if (m_rubberArrow) {
        removeItem(m_rubberArrow);
        delete m_rubberArrow;
        m_rubberArrow = nullptr;
        m_connectFrom.clear();
    }
    clear();
    const auto editable = [this](QGraphicsItem *item) {
        item->setFlag(QGraphicsItem::ItemIsMovable, !m_readOnly);
        item->setFlag(QGraphicsItem::ItemIsSelectable, !m_readOnly);
        addItem(item);
    };
    for (qsizetype i = 0; i < m_sketch.frames.size(); ++i)
        editable(new FrameItem(i, m_sketch.frames[i], m_style));
    QHash<QString, ComponentItem *> components;
    for (const core::SketchComponent &component : std::as_const(m_sketch.components)) {
        auto *item = new ComponentItem(component, m_style);
        components.insert(component.id, item);
        editable(item);
    }
    for (qsizetype i = 0; i < m_sketch.connections.size(); ++i) {
        const core::SketchConnection &c = m_sketch.connections[i];
        if (components.contains(c.from) && components.contains(c.to)) {
            auto *item = new ConnectionItem(i, c, components.value(c.from), components.value(c.to), m_style);
            item->setFlag(QGraphicsItem::ItemIsSelectable, !m_readOnly);
            addItem(item);
        }
    }
    for (qsizetype i = 0; i < m_sketch.texts.size(); ++i)
        editable(new TextItem(i, m_sketch.texts[i], m_style));
    // Room to draw around the drawing, wherever on the board it is.
    constexpr double kRoom = 2500;
    setSceneRect(itemsBoundingRect()
                     .united(QRectF(-kRoom, -kRoom, 2 * kRoom, 2 * kRoom))
                     .adjusted(-kRoom, -kRoom, kRoom, kRoom));
    // Arrows, texts and frames are known by their place in their lists: after an
    // edit that changed a list, that place may hold another item.
    selected.removeIf([&](const ItemRef &ref) {
        return (ref.part == Part::Connection && m_sketch.connections.size() != m_shownCounts[0])
            || (ref.part == Part::Text && m_sketch.texts.size() != m_shownCounts[1])
            || (ref.part == Part::Frame && m_sketch.frames.size() != m_shownCounts[2]);
    });
    m_shownCounts = {m_sketch.connections.size(), m_sketch.texts.size(), m_sketch.frames.size()};
    select(selected);
    m_rebuilding = false;
    rememberSelectionOrder();
}

void WhiteboardScene::select(const QList<ItemRef> &refs)
{
    for (QGraphicsItem *item : items()) {
        ItemRef ref;
        switch (item->type()) {
        case kComponentType:
            ref = {Part::Component, static_cast<ComponentItem *>(item)->id(), -1};
            break;
        case kConnectionType:
            ref = {Part::Connection, {}, static_cast<ConnectionItem *>(item)->index()};
            break;
        case kTextType:
            ref = {Part::Text, {}, static_cast<TextItem *>(item)->index()};
            break;
        case kFrameType:
            ref = {Part::Frame, {}, static_cast<FrameItem *>(item)->index()};
            break;
        default:
            continue;
        }
        item->setSelected(refs.contains(ref));
    }
}

QList<WhiteboardScene::ItemRef> WhiteboardScene::selectedRefs() const
{
    QList<ItemRef> refs;
    for (QGraphicsItem *item : selectedItems()) {
        switch (item->type()) {
        case kComponentType:
            refs.append({Part::Component, static_cast<ComponentItem *>(item)->id(), -1});
            break;
        case kConnectionType:
            refs.append({Part::Connection, {}, static_cast<ConnectionItem *>(item)->index()});
            break;
        case kTextType:
            refs.append({Part::Text, {}, static_cast<TextItem *>(item)->index()});
            break;
        case kFrameType:
            refs.append({Part::Frame, {}, static_cast<FrameItem *>(item)->index()});
            break;
        default:
            break;
        }
    }
    return refs;
}

void WhiteboardScene::rememberSelectionOrder()
{
    if (m_rebuilding)
        return;
    QStringList now;
    for (const ItemRef &ref : selectedRefs()) {
        if (ref.part == Part::Component)
            now.append(ref.id);
    }
    m_selectionOrder.removeIf([&](const QString &id) { return !now.contains(id); });
    for (const QString &id : std::as_const(now)) {
        if (!m_selectionOrder.contains(id))
            m_selectionOrder.append(id);
    }
}

QStringList WhiteboardScene::selectedComponents() const
{
    return m_selectionOrder;
}

QList<qsizetype> WhiteboardScene::selectedConnections() const
{
    QList<qsizetype> indexes;
    for (const ItemRef &ref : selectedRefs()) {
        if (ref.part == Part::Connection)
            indexes.append(ref.index);
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void WhiteboardScene::selectAll()
{
    for (QGraphicsItem *item : items())
        item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
}

QPointF WhiteboardScene::placeForNext(const QPointF &fallback, const QRectF &visible) const
{
    // After the last one added (or, if that went, the last one drawn).
    const core::SketchComponent *last = m_sketch.component(m_lastAdded);
    if (!last && !m_sketch.components.isEmpty())
        last = &m_sketch.components.last();
    QPointF place = last ? last->centre + QPointF(8 * kGrid, 0) : fallback;
    if (last && !visible.isEmpty() && place.x() + 4 * kGrid > visible.right())
        place
            = QPointF(std::max(visible.left() + 5 * kGrid, -core::Sketch::kBoardExtent), last->centre.y() + 5 * kGrid);
    const auto taken = [this](const QPointF &p) {
        return std::any_of(
            m_sketch.components.cbegin(), m_sketch.components.cend(), [&](const core::SketchComponent &c) {
                return std::abs(c.centre.x() - p.x()) < 6 * kGrid && std::abs(c.centre.y() - p.y()) < 3 * kGrid;
            });
    };
    for (int tries = 0; tries < 40 && taken(place); ++tries)
        place += QPointF(0, 4 * kGrid);
    return clampedToBoard(QPointF(snapped(place.x()), snapped(place.y())));
}

QString WhiteboardScene::addComponent(const QString &kind, const QString &label, const QPointF &centre)
{
    if (m_readOnly || m_sketch.components.size() >= core::Sketch::kMostComponents)
        return {};
    core::Sketch after = m_sketch;
    const QString id = after.freeComponentId();
    after.components.append({id, kind, label.left(core::Sketch::kMostLabelCharacters),
                             clampedToBoard(QPointF(snapped(centre.x()), snapped(centre.y())))});
    m_lastAdded = id;
    edit(after, tr("Add %1").arg(core::SketchKinds::displayName(kind)));
    select({{Part::Component, id, -1}});
    return id;
}

bool WhiteboardScene::addConnection(const QString &from, const QString &to)
{
    if (m_readOnly || from == to || !m_sketch.component(from) || !m_sketch.component(to)
        || m_sketch.connections.size() >= core::Sketch::kMostConnections)
        return false;
    for (const core::SketchConnection &c : std::as_const(m_sketch.connections)) {
        if (c.from == from && c.to == to)
            return false; // already there
    }
    core::Sketch after = m_sketch;
    after.connections.append({from, to, {}, {}});
    edit(after, tr("Connect"));
    select({{Part::Connection, {}, after.connections.size() - 1}});
    return true;
}

bool WhiteboardScene::addText(const QString &text, const QPointF &topLeft)
{
    if (m_readOnly || text.trimmed().isEmpty() || m_sketch.texts.size() >= core::Sketch::kMostTexts)
        return false;
    core::Sketch after = m_sketch;
    after.texts.append({text.left(core::Sketch::kMostTextCharacters), clampedToBoard(topLeft)});
    edit(after, tr("Add Text"));
    select({{Part::Text, {}, after.texts.size() - 1}});
    return true;
}

bool WhiteboardScene::addFrame(const QPointF &fallback)
{
    if (m_readOnly || m_sketch.frames.size() >= core::Sketch::kMostFrames)
        return false;
    QRectF around;
    for (QGraphicsItem *item : selectedItems())
        around = around.united(item->sceneBoundingRect());
    const QRectF rect = around.isNull() ? QRectF(fallback, QSizeF(12 * kGrid, 8 * kGrid))
                                        : around.adjusted(-kGrid, -kFrameLabelRoom - kGrid / 2, kGrid, kGrid);
    core::Sketch after = m_sketch;
    after.frames.append({tr("Frame"), boardRect(rect)});
    edit(after, tr("Add Frame"));
    select({{Part::Frame, {}, after.frames.size() - 1}});
    return true;
}

void WhiteboardScene::setLabel(const ItemRef &item, const QString &label)
{
    core::Sketch after = m_sketch;
    const QString line = label.left(core::Sketch::kMostLabelCharacters);
    switch (item.part) {
    case Part::Component:
        for (core::SketchComponent &c : after.components) {
            if (c.id == item.id)
                c.label = line.simplified();
        }
        break;
    case Part::Connection:
        if (item.index >= 0 && item.index < after.connections.size())
            after.connections[item.index].label = line.simplified();
        break;
    case Part::Text:
        if (item.index >= 0 && item.index < after.texts.size()) {
            if (label.trimmed().isEmpty())
                after.texts.removeAt(item.index); // a text without words is no text
            else
                after.texts[item.index].text = label.trimmed().left(core::Sketch::kMostTextCharacters);
        }
        break;
    case Part::Frame:
        if (item.index >= 0 && item.index < after.frames.size())
            after.frames[item.index].label = line.simplified();
        break;
    case Part::None:
        return;
    }
    edit(after, tr("Edit Label"));
}

void WhiteboardScene::setKind(const QString &componentId, const QString &kind)
{
    core::Sketch after = m_sketch;
    for (core::SketchComponent &c : after.components) {
        if (c.id == componentId)
            c.kind = kind;
    }
    edit(after, tr("Make %1").arg(core::SketchKinds::displayName(kind)));
}

void WhiteboardScene::setPath(const QList<qsizetype> &connections, const QString &path)
{
    core::Sketch after = m_sketch;
    for (qsizetype index : connections) {
        if (index >= 0 && index < after.connections.size())
            after.connections[index].path = path;
    }
    edit(after, tr("Set Path"));
}

void WhiteboardScene::removeSelected()
{
    const QList<ItemRef> selected = selectedRefs();
    if (selected.isEmpty())
        return;
    core::Sketch after = m_sketch;
    QList<qsizetype> connections, texts, frames;
    QStringList components;
    for (const ItemRef &ref : selected) {
        if (ref.part == Part::Component)
            components.append(ref.id);
        else if (ref.part == Part::Connection)
            connections.append(ref.index);
        else if (ref.part == Part::Text)
            texts.append(ref.index);
        else if (ref.part == Part::Frame)
            frames.append(ref.index);
    }
    // By index, highest first, so the lower ones stay where they are.
    const auto removeAt = [](auto &list, QList<qsizetype> indexes) {
        std::sort(indexes.begin(), indexes.end(), std::greater<>());
        for (qsizetype index : indexes)
            list.removeAt(index);
    };
    removeAt(after.texts, texts);
    removeAt(after.frames, frames);
    for (qsizetype i = 0; i < after.connections.size(); ++i) {
        const core::SketchConnection &c = after.connections[i];
        if (components.contains(c.from) || components.contains(c.to))
            connections.append(i); // an arrow goes with what it joins
    }
    connections.erase(std::unique(connections.begin(), connections.end()), connections.end());
    std::sort(connections.begin(), connections.end());
    connections.erase(std::unique(connections.begin(), connections.end()), connections.end());
    removeAt(after.connections, connections);
    after.components.removeIf([&](const core::SketchComponent &c) { return components.contains(c.id); });
    clearSelection();
    edit(after, tr("Delete"));
}

void WhiteboardScene::clearAll()
{
    clearSelection();
    edit(core::Sketch(), tr("Clear"));
}

void WhiteboardScene::takeMoves()
{
    core::Sketch after = m_sketch;
    for (QGraphicsItem *item : items()) {
        switch (item->type()) {
        case kComponentType:
            for (core::SketchComponent &c : after.components) {
                if (c.id == static_cast<ComponentItem *>(item)->id())
                    c.centre = clampedToBoard(item->pos());
            }
            break;
        case kTextType:
            after.texts[static_cast<TextItem *>(item)->index()].topLeft = clampedToBoard(item->pos());
            break;
        case kFrameType: {
            const auto *frame = static_cast<FrameItem *>(item);
            after.frames[frame->index()].rect = boardRect(QRectF(item->pos(), frame->size()));
            break;
        }
        default:
            break;
        }
    }
    edit(after, tr("Move"));
}

WhiteboardScene::ItemRef WhiteboardScene::refAt(const QPointF &scenePoint) const
{
    // Topmost first: a text over a component, a component over an arrow, a frame last.
    for (QGraphicsItem *item : items(scenePoint)) {
        switch (item->type()) {
        case kComponentType:
            return {Part::Component, static_cast<ComponentItem *>(item)->id(), -1};
        case kConnectionType:
            return {Part::Connection, {}, static_cast<ConnectionItem *>(item)->index()};
        case kTextType:
            return {Part::Text, {}, static_cast<TextItem *>(item)->index()};
        case kFrameType:
            return {Part::Frame, {}, static_cast<FrameItem *>(item)->index()};
        default:
            break;
        }
    }
    return {};
}

QString WhiteboardScene::labelOf(const ItemRef &item) const
{
    switch (item.part) {
    case Part::Component:
        return m_sketch.component(item.id) ? m_sketch.component(item.id)->label : QString();
    case Part::Connection:
        return m_sketch.connections.value(item.index).label;
    case Part::Text:
        return m_sketch.texts.value(item.index).text;
    case Part::Frame:
        return m_sketch.frames.value(item.index).label;
    case Part::None:
        break;
    }
    return {};
}

QRectF WhiteboardScene::rectOf(const ItemRef &item) const
{
    for (QGraphicsItem *candidate : items()) {
        const bool same = (item.part == Part::Component && candidate->type() == kComponentType
                           && static_cast<ComponentItem *>(candidate)->id() == item.id)
            || (item.part == Part::Connection && candidate->type() == kConnectionType
                && static_cast<ConnectionItem *>(candidate)->index() == item.index)
            || (item.part == Part::Text && candidate->type() == kTextType
                && static_cast<TextItem *>(candidate)->index() == item.index)
            || (item.part == Part::Frame && candidate->type() == kFrameType
                && static_cast<FrameItem *>(candidate)->index() == item.index);
        if (!same)
            continue;
        if (item.part == Part::Connection) {
            const auto *connection = static_cast<ConnectionItem *>(candidate);
            return connection->labelRect().isEmpty() ? connection->boundingRect() : connection->labelRect();
        }
        if (item.part == Part::Frame)
            return QRectF(candidate->pos(),
                          QSizeF(static_cast<FrameItem *>(candidate)->size().width(), kFrameLabelRoom));
        return candidate->sceneBoundingRect();
    }
    return {};
}

void WhiteboardScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool == Tool::Connect && event->button() == Qt::LeftButton && !m_readOnly) {
        const ItemRef ref = refAt(event->scenePos());
        if (ref.part == Part::Component) {
            m_connectFrom = ref.id;
            m_rubberArrow
                = addLine(QLineF(event->scenePos(), event->scenePos()), QPen(m_style.line, 1.5, Qt::DashLine));
            m_rubberArrow->setZValue(10);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void WhiteboardScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberArrow) {
        m_rubberArrow->setLine(QLineF(m_rubberArrow->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void WhiteboardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberArrow) {
        const QString from = m_connectFrom;
        removeItem(m_rubberArrow);
        delete m_rubberArrow;
        m_rubberArrow = nullptr;
        m_connectFrom.clear();
        const ItemRef target = refAt(event->scenePos());
        if (target.part == Part::Component)
            addConnection(from, target.id);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !m_readOnly)
        takeMoves();
}

} // namespace sdstudy::widgets
