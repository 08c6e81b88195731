#pragma once

#include <QDialog>

class QMenuBar;
class QTabWidget;

namespace sdstudy::widgets {

// The in-app guide: what each part and study mode does and the search syntax,
// and every shortcut, read from the window's own menus so the sheet is never stale.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum Page { GuidePage, ShortcutsPage };

    HelpDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    void showPage(Page page);
    // The shortcut sheet as Markdown: one table per menu.
    static QString shortcutSheet(const QMenuBar *menus);
    static QString guide();

private:
    QTabWidget *m_tabs;
};

} // namespace sdstudy::widgets
