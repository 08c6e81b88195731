#pragma once

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// The Bookmarks menu and the bookmark menu of a question in a list. Every change
// is a command on the window's undo stack and says in the status bar what it did
// to which question; the views follow through LibraryChanges.
class BookmarkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarkActions)

public:
    struct Hooks
    {
        std::function<QString()> currentQuestion;
        std::function<void(const QString &message)> showMessage;
    };
    BookmarkActions(core::StudyLibrary &library, QUndoStack &undoStack, QWidget *window, Hooks hooks);

    // Bookmark (Ctrl+D), a flag each (Ctrl+1...) and "Show Bookmarked Only".
    void addTo(QMenu *menu);
    QAction *bookmarkedOnlyAction() const { return m_bookmarkedOnly; }
    // The menu for a question in a list: bookmark it or flag it.
    QMenu *menuFor(const QString &questionId);

    // Sets a question's bookmark: nullopt clears it, "" is a plain bookmark, else a flag.
    void change(const QString &questionId, const std::optional<QString> &state);
    // The check marks follow the question on show.
    void updateChecks();

private:
    void toggle(const QString &flagKey); // "" for the plain bookmark

    core::StudyLibrary &m_library;
    QUndoStack &m_undoStack;
    QWidget *m_window;
    Hooks m_hooks;
    QAction *m_bookmark = nullptr;
    QList<QAction *> m_flags;
    QAction *m_bookmarkedOnly = nullptr;
};

} // namespace sdstudy::widgets
