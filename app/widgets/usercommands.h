#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

class BookmarkStore;
class NoteStore;

// A bookmark set, re-flagged or cleared, undoable from the window (Ctrl+Z).
// A state is a flag key ("" for a plain bookmark) or nullopt for no bookmark.
class ChangeBookmarkCommand final : public QUndoCommand
{
public:
    ChangeBookmarkCommand(BookmarkStore &store, const QString &questionId, std::optional<QString> before,
                          std::optional<QString> after, std::function<void(const QString &error)> changed);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const std::optional<QString> &state);

    BookmarkStore &m_store;
    QString m_questionId;
    std::optional<QString> m_before, m_after;
    std::function<void(const QString &)> m_changed;
};

// A note deleted from the window, undoable: undo writes the old text back.
class DeleteNoteCommand final : public QUndoCommand
{
public:
    DeleteNoteCommand(NoteStore &store, const QString &questionId, const QString &text,
                      std::function<void(const QString &error)> changed);

    void redo() override { write(QString()); }
    void undo() override { write(m_text); }

private:
    void write(const QString &text);

    NoteStore &m_store;
    QString m_questionId;
    QString m_text;
    std::function<void(const QString &)> m_changed;
};
