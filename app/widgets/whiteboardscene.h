#pragma once

#include "core/sketch.h"
#include "diagrams/diagrampainter.h"

#include <QGraphicsScene>
#include <QPointer>
#include <QUndoStack>

#include <array>

class QGraphicsLineItem;

namespace sdstudy::widgets {

// The whiteboard's drawing: a core::Sketch shown as items that can be selected,
// moved, labelled, connected and deleted. The sketch is the one truth: every edit
// makes a new sketch and pushes it on the undo stack (so every edit, undo and
// redo is one step, and the items are rebuilt from it); moving items is the one
// thing that happens on the items first and becomes a sketch when the mouse lets go.
class WhiteboardScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhiteboardScene)

public:
    static constexpr double kGrid = 20;

    // What an item on the board is, for the view to edit it.
    enum class Part { None, Component, Connection, Text, Frame };
    struct ItemRef
    {
        Part part = Part::None;
        QString id;           // a component's id
        qsizetype index = -1; // a connection's, text's or frame's index in the sketch
        bool operator==(const ItemRef &) const = default;
    };

    enum class Tool {
        Select,  // click selects, dragging moves or draws a selection box
        Connect, // dragging from one component to another draws an arrow
    };

    explicit WhiteboardScene(QObject *parent = nullptr);
    ~WhiteboardScene() override;

    const core::Sketch &sketch() const { return m_sketch; }
    // Shows a saved sketch, with no undo history.
    void load(const core::Sketch &sketch);
    QUndoStack *undoStack() { return &m_undo; }
    void setDiagramStyle(const diagrams::DiagramStyle &style);
    const diagrams::DiagramStyle &diagramStyle() const { return m_style; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    bool snapsToGrid() const { return m_snap; }
    void setTool(Tool tool) { m_tool = tool; }
    Tool tool() const { return m_tool; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Each edit is one undo step; they do nothing (and return false or an empty
    // id) when the sketch could not hold more.
    QString addComponent(const QString &kind, const QString &label, const QPointF &centre);
    bool addConnection(const QString &from, const QString &to);
    bool addText(const QString &text, const QPointF &topLeft);
    // A frame around the selected items (or an empty one at `fallback`).
    bool addFrame(const QPointF &fallback);
    void setLabel(const ItemRef &item, const QString &label);
    void setKind(const QString &componentId, const QString &kind);
    void setPath(const QList<qsizetype> &connections, const QString &path);
    void removeSelected();
    // Everything off the board, as one step.
    void clearAll();
    void selectAll();

    // Where a new component goes: right of the last one added while that stays
    // within `visible`, else a row below; `fallback` for the first.
    QPointF placeForNext(const QPointF &fallback, const QRectF &visible = {}) const;

    ItemRef refAt(const QPointF &scenePoint) const;
    QString labelOf(const ItemRef &item) const;
    QRectF rectOf(const ItemRef &item) const;
    // The selected components in the order they were selected.
    QStringList selectedComponents() const;
    QList<qsizetype> selectedConnections() const;
    void select(const QList<ItemRef> &items);

    double snapped(double value) const;

Q_SIGNALS:
    // After every edit, undo, redo and load.
    void sketchChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    friend class SketchEdit;
    // Pushes `after` as one undo step called `text`.
    void edit(const core::Sketch &after, const QString &text);
    // Shows `sketch` (from an edit, an undo or a redo), keeping the selection.
    void show(const core::Sketch &sketch);
    void rebuild();
    // Positions of moved items taken into the sketch, as one step.
    void takeMoves();
    void rememberSelectionOrder();
    QList<ItemRef> selectedRefs() const;

    core::Sketch m_sketch;
    QUndoStack m_undo;
    diagrams::DiagramStyle m_style;
    bool m_snap = true;
    bool m_readOnly = false;
    Tool m_tool = Tool::Select;
    QStringList m_selectionOrder;
    QString m_lastAdded;
    bool m_rebuilding = false;
    std::array<qsizetype, 3> m_shownCounts {}; // connections, texts and frames on show
    // The arrow being drawn in the Connect tool.
    QString m_connectFrom;
    QGraphicsLineItem *m_rubberArrow = nullptr;
};

} // namespace sdstudy::widgets
