#pragma once

#include "diagrams/sketchcomparison.h"

#include <QTimer>
#include <QWidget>

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
class Whiteboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Whiteboard)

public:
    static constexpr int kQuietMs = 800;  // saved this long after the last change
    static constexpr int kRetryMs = 5000; // a failed save is tried again this often

    explicit Whiteboard(core::StudyLibrary &library, QWidget *parent = nullptr);
    ~Whiteboard() override;

    // Saves the sketch on show, then shows this question's.
    void setQuestion(const QString &questionId);
    QString questionId() const { return m_questionId; }
    // Writes what is not on disk yet; false (and the board says why) if that failed.
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
    void exportPicture();
    void sketchEdited();
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
    QLabel *m_status;
    QTimer m_quiet;
    QString m_questionId;
    QStringList m_phrasings;
    bool m_dirty = false;
    bool m_comparisonAllowed = true;
};

} // namespace sdstudy::widgets
