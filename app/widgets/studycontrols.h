#pragma once

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>

#include <functional>

namespace sdstudy::widgets {

// Controls the study window's pages share.
namespace StudyControls {

// A button tall enough to hit without looking, as the grade buttons are.
inline QPushButton *tallButton(const QString &text = QString())
{
    auto *button = new QPushButton(text);
    button->setMinimumHeight(button->fontMetrics().height() * 3);
    return button;
}

// Ctrl+Enter on a page: a shortcut, not a key handler, since an editor on the
// page would take Ctrl+Enter for a line break.
inline void onCtrlEnter(QWidget *page, const std::function<void()> &action)
{
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, page, action);
    }
}

} // namespace StudyControls

} // namespace sdstudy::widgets
