#pragma once

#include "core/sketch.h"
#include "diagrams/sketchcomparison.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

class DiagramView;
class WhiteboardScene;
class WhiteboardView;

// A whiteboard for one question: a palette of components (drag one onto the
// board, or type its name in the box above and press Enter), the board, and tools
// to connect, label, frame, undo and export. The sketch is saved to the database a
// moment after each change, and when the question changes or the board closes.
// Once allowed, the question's reference architecture diagram shows beside the
// sketch with what the sketch has of it, what it missed and what it adds.
// Where a board's sketch is kept: a question's own sketch, or a mock interview
// attempt's.
struct SketchSlot
{
    QString questionId; // whose reference it is compared with
    // The kept sketch: nullopt with *error empty when there is none yet, nullopt
    // with *error set when it does not read (the board then only shows the error).
    std::function<std::optional<core::Sketch>(QString *error)> load;
    // Keeps the sketch; false with *error if it could not.
    std::function<bool(const core::Sketch &, QString *error)> save;
    // Kept elsewhere too (the study sketch): reloaded when it changes there.
    bool shared = false;
};

class Whiteboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Whiteboard)

public:
    static constexpr int kQuietMs = 800;  // saved this long after the last change
    static constexpr int kRetryMs = 5000; // a failed save is tried again this often

    explicit Whiteboard(core::StudyLibrary &library, QWidget *parent = nullptr);
    ~Whiteboard() override;

    // Saves the sketch on show, then shows this question's own sketch.
    void setQuestion(const QString &questionId);
    // Saves the sketch on show, then shows the one kept in `slot`.
    void open(SketchSlot slot);
    QString questionId() const { return m_slot.questionId; }
    // Writes what is not on disk yet (this sketch, and any an earlier failure left);
    // false (and the board says why) if that failed.
    bool save();

    // Whether the comparison may show (a mock interview allows it once the answer is out).
    void setComparisonAllowed(bool allowed);
    void showComparison(bool show);
    // Whether the comparison draws the reference too (not where the answer beside shows it).
    void setComparisonDrawsReference(bool draws);
    bool hasReference() const;
    // What the sketch has of the reference; nullopt without a reference diagram.
    std::optional<diagrams::SketchCoverage> coverage() const;

    WhiteboardScene *board() const { return m_scene; }
    WhiteboardView *view() const { return m_view; }
    QLineEdit *quickAdd() const { return m_quickAdd; }
    // Modest, not the width of every tool: beside a question it takes the room it is given.
    QSize sizeHint() const override;

protected:
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *makeToolBar();
    QWidget *makePalette();
    void setPaletteCompact(bool compact);
    QWidget *makeComparison();
    void addTyped();
    void connectSelected();
    // Where a component added from the palette or by name goes.
    QPointF placeForNext() const;
    void updateCompareAction();
    // The question's reference architecture as laid out, or nullptr.
    const diagrams::DiagramGeometry *referenceGeometry() const;
    void exportPicture();
    void sketchEdited();
    void reloadIfChangedElsewhere(const QStringList &questionIds);
    void updateTools();
    void updateComparison();
    void showStatus(const QString &text, bool problem = false);

    core::StudyLibrary &m_library;
    WhiteboardScene *m_scene;
    WhiteboardView *m_view;
    QLineEdit *m_quickAdd;
    QListWidget *m_palette;
    QSplitter *m_boardArea; // the board, and the comparison
    QWidget *m_comparison;
    QLabel *m_comparisonTitle;
    DiagramView *m_reference;
    QListWidget *m_coverageList;
    QComboBox *m_path;
    QAction *m_connectTool;
    QAction *m_connectSelected;
    QAction *m_compare;
    QAction *m_clear;
    QLabel *m_status;
    QTimer m_quiet;
    SketchSlot m_slot;
    QStringList m_phrasings;
    bool m_dirty = false;
    bool m_saving = false; // our own save, not a change made elsewhere
    // Sketches of slots left while their save failed: tried again with every save.
    QList<std::pair<SketchSlot, core::Sketch>> m_unsaved;
    bool m_comparisonAllowed = true;
};

} // namespace sdstudy::widgets
