#pragma once

#include <QMessageBox>
#include <QObject>

#include <functional>

class QMenu;
class QPoint;
class QUndoStack;
class QWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// A bank's menu in the tree: rename it, or remove it. Removal asks first when the
// person has notes, bookmarks or answers on its questions, and can be undone
// (Ctrl+Z): the bank is imported again from the text it was imported from.
class BankActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankActions)

public:
    BankActions(core::StudyLibrary &library, QUndoStack &undoStack, QWidget *window,
                std::function<void(const QString &)> showStatus);

    void showMenu(const QString &bankKey, const QPoint &globalPosition);
    void rename(const QString &bankKey);
    void remove(const QString &bankKey);

private:
    // Asks before a removal; true when the person chose Remove.
    bool confirm(QMessageBox::Icon icon, const QString &question, const QString &details);

    core::StudyLibrary &m_library;
    QUndoStack &m_undoStack;
    QWidget *m_window;
    std::function<void(const QString &)> m_showStatus;
};

} // namespace sdstudy::widgets
