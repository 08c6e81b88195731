#pragma once

#include "widgets/whiteboardscene.h"

#include <QGraphicsView>
#include <QPointer>

namespace sdstudy::widgets {

// Where the person draws: Ctrl+wheel, + and - zoom, 0 fits the drawing, the wheel
// or the middle button (or Space held) pans, dragging on empty board selects.
// Double-click or F2 edits a label in place; Delete removes what is selected.
// Components can be dropped here from the palette.
class WhiteboardView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhiteboardView)

public:
    static const QString kKindMimeType;

    explicit WhiteboardView(WhiteboardScene *scene, QWidget *parent = nullptr);

    WhiteboardScene *board() const { return m_board; }
    void zoomBy(double factor);
    void fitToDrawing();
    // Edits the label of `item` in place (the selected one with F2). A text box
    // `justAdded` goes again if its editing is cancelled.
    void editLabel(const WhiteboardScene::ItemRef &item, bool justAdded = false);
    // A new text box at `at`, its words typed at once.
    void addText(const QPointF &at);
    bool isEditingLabel() const { return m_editor; }
    // The middle of what the view shows, in board coordinates.
    QPointF visibleCentre() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void finishEditing(bool keep);
    void startPanning(const QPoint &at);

    WhiteboardScene *m_board;
    QPointer<QWidget> m_editor;
    WhiteboardScene::ItemRef m_edited;
    bool m_editedIsNew = false;
    bool m_fitted = true; // follows the view's size until the person zooms or pans
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panFrom;
};

} // namespace sdstudy::widgets
