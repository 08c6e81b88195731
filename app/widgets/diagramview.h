#pragma once

#include <QGraphicsView>

namespace sdstudy::diagrams {
struct DiagramFile;
struct DiagramGeometry;
} // namespace sdstudy::diagrams

namespace sdstudy::widgets {

// One architecture or concept diagram: the wheel (or + and -) zooms, dragging
// pans, 0 fits it to the view. Clicking a component that has a question opens
// that question; such components are underlined by the hand cursor.
class DiagramView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramView)

public:
    explicit DiagramView(QWidget *parent = nullptr);

    void setDiagram(const diagrams::DiagramFile &file, const diagrams::DiagramGeometry &geometry);
    const diagrams::DiagramFile *diagram() const { return m_file; }
    const diagrams::DiagramGeometry *geometry() const { return m_geometry; }
    void zoomBy(double factor);
    // Draws node `node` (or none, -1) hidden behind a question mark: a diagram card.
    void setMasked(int node);
    // As the view opens a diagram: the whole of it, but a concept diagram's labels
    // no smaller than 9 pt (the view is dragged to see the rest).
    void fitToView();
    // The whole diagram, however small its labels get: what Fit (0) asks for.
    void showWhole();

Q_SIGNALS:
    void questionRequested(const QString &questionId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The zoom at which labels are 9 pt: the least a concept diagram is fitted to.
    double readableScale() const;

    enum class Fit { None, Readable, Whole };
    void fit(Fit how);

    const diagrams::DiagramFile *m_file = nullptr;
    const diagrams::DiagramGeometry *m_geometry = nullptr;
    Fit m_fit = Fit::Readable; // followed as the view's size changes, until the person zooms
};

} // namespace sdstudy::widgets
