#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;

namespace sdstudy::widgets {

// A line or two at the top of an item view that has no rows, saying why it is
// empty and what fills it ("No bookmarks yet. Bookmark a question with Ctrl+D."),
// in the palette's placeholder colour, wrapped to the view's width.
class EmptyViewHint final : public QObject
{
    Q_OBJECT

public:
    // `text` is asked at each paint, so it can follow the view's state; an empty
    // text shows nothing. The hint belongs to the view.
    static void install(QAbstractItemView *view, std::function<QString()> text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyViewHint(QAbstractItemView *view, std::function<QString()> text);

    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace sdstudy::widgets
