#include "widgets/bookmarkactions.h"

#include "core/flags.h"
#include "core/studylibrary.h"
#include "widgets/bookmarkicons.h"
#include "widgets/usercommands.h"

#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace sdstudy::widgets {

BookmarkActions::BookmarkActions(core::StudyLibrary &library, QUndoStack &undoStack, QWidget *window, Hooks hooks)
    : QObject(window)
    , m_library(library)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_hooks(std::move(hooks))
{ }

void BookmarkActions::addTo(QMenu *menu)
{
    m_bookmark = menu->addAction(tr("&Bookmark"), this, [this] { toggle(QString()); });
    m_bookmark->setObjectName(QStringLiteral("toggleBookmark"));
    m_bookmark->setCheckable(true);
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmark->setIcon(BookmarkIcons::forFlag(QString()));
    int key = Qt::Key_1;
    for (const core::Flag &flag : core::Flags::all()) {
        QAction *action = menu->addAction(BookmarkIcons::forFlag(flag.key), tr("Flag as %1").arg(flag.name));
        action->setObjectName(QStringLiteral("flag-") + flag.key);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(action, &QAction::triggered, this, [this, key = flag.key] { toggle(key); });
        m_flags.append(action);
    }
    menu->addSeparator();
    m_bookmarkedOnly = menu->addAction(tr("Show Bookmarked &Only"));
    m_bookmarkedOnly->setObjectName(QStringLiteral("bookmarkedOnly"));
    m_bookmarkedOnly->setCheckable(true);
    m_bookmarkedOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

QMenu *BookmarkActions::menuFor(const QString &questionId)
{
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto state = m_library.bookmarks().flagOf(questionId);
    QAction *bookmark = menu->addAction(BookmarkIcons::forFlag(QString()), tr("Bookmark"));
    bookmark->setCheckable(true);
    bookmark->setChecked(state.has_value());
    connect(bookmark, &QAction::triggered, this, [this, questionId, state] {
        change(questionId, state ? std::nullopt : std::optional<QString>(QString()));
    });
    for (const core::Flag &flag : core::Flags::all()) {
        QAction *action = menu->addAction(BookmarkIcons::forFlag(flag.key), tr("Flag as %1").arg(flag.name));
        action->setCheckable(true);
        action->setChecked(state == flag.key);
        connect(action, &QAction::triggered, this, [this, questionId, state, key = flag.key] {
            change(questionId, state == key ? std::nullopt : std::optional<QString>(key));
        });
    }
    return menu;
}

void BookmarkActions::change(const QString &questionId, const std::optional<QString> &state)
{
    const auto before = m_library.bookmarks().flagOf(questionId);
    if (before == state)
        return;
    const auto question = m_library.questions().question(questionId);
    const QString number = question ? QStringLiteral("#%1").arg(question->number) : questionId;
    m_undoStack.push(new ChangeBookmarkCommand(
        m_library.bookmarks(), questionId, before, state,
        [this, number](const QString &error, const std::optional<QString> &state) {
            if (!error.isEmpty()) {
                QMessageBox::warning(m_window, tr("Bookmark Not Saved"),
                                     tr("The bookmark could not be saved:\n%1").arg(error));
                return;
            }
            // Said where the eye is not: the ribbon in the list may be out of view.
            const auto flag = state ? core::Flags::find(*state) : std::nullopt;
            m_hooks.showMessage(!state     ? tr("%1: bookmark removed (Ctrl+Z takes it back)").arg(number)
                                    : flag ? tr("%1: flagged %2").arg(number, flag->name)
                                           : tr("%1: bookmarked").arg(number));
        }));
}

void BookmarkActions::toggle(const QString &flagKey)
{
    const QString id = m_hooks.currentQuestion();
    if (id.isEmpty())
        return;
    const bool alreadySo = flagKey.isEmpty() ? m_library.bookmarks().flagOf(id).has_value()
                                             : m_library.bookmarks().flagOf(id) == flagKey;
    change(id, alreadySo ? std::nullopt : std::optional<QString>(flagKey));
}

void BookmarkActions::updateChecks()
{
    const auto state = m_library.bookmarks().flagOf(m_hooks.currentQuestion());
    m_bookmark->setChecked(state.has_value());
    for (qsizetype i = 0; i < m_flags.size(); ++i)
        m_flags[i]->setChecked(state == core::Flags::all().at(i).key);
}

} // namespace sdstudy::widgets
