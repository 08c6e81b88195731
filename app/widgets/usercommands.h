#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace sdstudy::core {
class BookmarkStore;
class NoteStore;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// A bookmark set, re-flagged or cleared, undoable from the window (Ctrl+Z).
// A state is a flag key ("" for a plain bookmark) or nullopt for no bookmark.
class ChangeBookmarkCommand final : public QUndoCommand
{
public:
    // Told after each redo or undo: the error, if any, and the state now applied.
    using Changed = std::function<void(const QString &error, const std::optional<QString> &state)>;

    ChangeBookmarkCommand(core::BookmarkStore &store, const QString &questionId, std::optional<QString> before,
                          std::optional<QString> after, Changed changed);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const std::optional<QString> &state);

    core::BookmarkStore &m_store;
    QString m_questionId;
    std::optional<QString> m_before, m_after;
    Changed m_changed;
};

// A note deleted from the window, undoable: undo writes the old text back. Neither
// undo nor redo ever overwrites a note written since: undo then keeps both texts
// (the new note, the deleted text below it) and leaves the stack, so no redo can
// delete the new words; a redo finds the note changed and keeps it.
class DeleteNoteCommand final : public QUndoCommand
{
public:
    struct Hooks
    {
        std::function<void()> saveEditor; // what is being typed goes to the store first
        std::function<void(const QString &error, const QString &notice)> changed;
    };

    DeleteNoteCommand(core::NoteStore &store, const QString &questionId, const QString &text, Hooks hooks);

    void redo() override;
    void undo() override;

private:
    void report(const QString &error, const QString &notice = QString());

    core::NoteStore &m_store;
    QString m_questionId;
    QString m_text;
    Hooks m_hooks;
};

} // namespace sdstudy::widgets
