#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace sdstudy::widgets {

// The questions a person has read, in order, and the ways back and forth through
// them that a browser has: Alt+Left and Alt+Right, the Go menu, and the mouse's
// back and forward buttons anywhere over the window.
class QuestionHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionHistory)

public:
    // open shows a question and says whether it still exists (a removed bank's
    // questions are stepped over).
    QuestionHistory(QWidget *window, std::function<bool(const QString &id)> open);

    // A question is on show. Anything ahead of the current place is dropped, as
    // in a browser; showing the current question again records nothing.
    void visit(const QString &id);

    void goBack();
    void goForward();
    void addTo(QMenu *menu) const;

    // Read-only views for tests and the menus.
    QStringList entries() const { return m_entries; }
    qsizetype position() const { return m_position; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(int direction);
    void updateActions();

    QWidget *m_window;
    std::function<bool(const QString &)> m_open;
    QStringList m_entries;
    qsizetype m_position = -1;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace sdstudy::widgets
