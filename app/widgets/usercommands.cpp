#include "widgets/usercommands.h"

#include "core/bookmarkstore.h"
#include "core/flags.h"
#include "core/notestore.h"

#include <QCoreApplication>

namespace sdstudy::widgets {

namespace {

QString describe(const std::optional<QString> &state)
{
    if (!state)
        return QCoreApplication::translate("UserCommands", "Clear Bookmark");
    if (const auto flag = core::Flags::find(*state))
        return QCoreApplication::translate("UserCommands", "Flag as %1").arg(flag->name);
    return QCoreApplication::translate("UserCommands", "Bookmark");
}

} // namespace

ChangeBookmarkCommand::ChangeBookmarkCommand(core::BookmarkStore &store, const QString &questionId,
                                             std::optional<QString> before, std::optional<QString> after,
                                             Changed changed)
    : QUndoCommand(describe(after))
    , m_store(store)
    , m_questionId(questionId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{ }

void ChangeBookmarkCommand::apply(const std::optional<QString> &state)
{
    QString error;
    state ? m_store.set(m_questionId, *state, &error) : m_store.clear(m_questionId, &error);
    m_changed(error, state);
}

DeleteNoteCommand::DeleteNoteCommand(core::NoteStore &store, const QString &questionId, const QString &text,
                                     Hooks hooks)
    : QUndoCommand(QCoreApplication::translate("UserCommands", "Delete Note"))
    , m_store(store)
    , m_questionId(questionId)
    , m_text(text)
    , m_hooks(std::move(hooks))
{ }

void DeleteNoteCommand::redo()
{
    m_hooks.saveEditor();
    const auto now = m_store.get(m_questionId);
    if (now && now->text != m_text) {
        setObsolete(true);
        report(QString(),
               QCoreApplication::translate("UserCommands", "The note was changed since; it was kept, not deleted."));
        return;
    }
    QString error;
    m_store.save(m_questionId, QString(), &error);
    report(error);
}

void DeleteNoteCommand::undo()
{
    m_hooks.saveEditor();
    const auto now = m_store.get(m_questionId);
    QString error;
    if (!now) {
        m_store.save(m_questionId, m_text, &error);
        report(error);
        return;
    }
    if (now->text == m_text) {
        report(QString());
        return;
    }
    // Written since the deletion: both texts stay, the newer first.
    const QString both = now->text.trimmed() + QStringLiteral("\n\n---\n\n")
        + QCoreApplication::translate("UserCommands", "*Deleted text, brought back by Undo:*") + QStringLiteral("\n\n")
        + m_text;
    if (m_store.save(m_questionId, both, &error))
        setObsolete(true); // nothing to redo: deleting again would take the newer words too
    report(error,
           error.isEmpty() ? QCoreApplication::translate("UserCommands",
                                                         "A note was written here since the deletion; "
                                                         "the deleted text was added below it.")
                           : QString());
}

void DeleteNoteCommand::report(const QString &error, const QString &notice)
{
    m_hooks.changed(error, notice);
}

} // namespace sdstudy::widgets
