#include "usercommands.h"

#include "bookmarkstore.h"
#include "flags.h"
#include "notestore.h"

#include <QCoreApplication>

namespace {

QString describe(const std::optional<QString> &state)
{
    if (!state)
        return QCoreApplication::translate("UserCommands", "Clear Bookmark");
    if (const auto flag = Flags::find(*state))
        return QCoreApplication::translate("UserCommands", "Flag as %1").arg(flag->name);
    return QCoreApplication::translate("UserCommands", "Bookmark");
}

} // namespace

ChangeBookmarkCommand::ChangeBookmarkCommand(BookmarkStore &store, const QString &questionId,
                                             std::optional<QString> before, std::optional<QString> after,
                                             std::function<void(const QString &)> changed)
    : QUndoCommand(describe(after)), m_store(store), m_questionId(questionId), m_before(std::move(before)),
      m_after(std::move(after)), m_changed(std::move(changed))
{
}

void ChangeBookmarkCommand::apply(const std::optional<QString> &state)
{
    QString error;
    state ? m_store.set(m_questionId, *state, &error) : m_store.clear(m_questionId, &error);
    m_changed(error);
}

DeleteNoteCommand::DeleteNoteCommand(NoteStore &store, const QString &questionId, const QString &text,
                                     std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("UserCommands", "Delete Note")), m_store(store),
      m_questionId(questionId), m_text(text), m_changed(std::move(changed))
{
}

void DeleteNoteCommand::write(const QString &text)
{
    QString error;
    m_store.save(m_questionId, text, &error);
    m_changed(error);
}
