#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// "Not the Same Question" and "Same Question As…": the person's word on which
// questions are one concept. Each is a command on the window's undo stack (undo
// puts every choice back as it was, and the schedules follow) and says in the
// status bar what it did; the views follow through LibraryChanges.
class ConceptActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConceptActions)

public:
    struct Hooks
    {
        std::function<QString()> currentQuestion;
        std::function<void(const QString &message)> showMessage;
    };
    ConceptActions(core::StudyLibrary &library, QUndoStack &undoStack, QWidget *window, Hooks hooks);

    void addTo(QMenu *menu);
    // Takes the shown question out of its concept.
    void splitCurrent();
    // Asks which question the shown one is the same as, and folds the two.
    void joinCurrent();
    // Enabled as the shown question allows: a split needs other phrasings.
    void updateEnabled();

private:
    core::StudyLibrary &m_library;
    QUndoStack &m_undoStack;
    QWidget *m_window;
    Hooks m_hooks;
    QAction *m_split = nullptr;
    QAction *m_join = nullptr;
};

} // namespace sdstudy::widgets
