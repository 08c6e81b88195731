#include "widgets/emptyviewhint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace sdstudy::widgets {

EmptyViewHint::EmptyViewHint(QAbstractItemView *view, std::function<QString()> text)
    : QObject(view)
    , m_view(view)
    , m_text(std::move(text))
{ }

void EmptyViewHint::install(QAbstractItemView *view, std::function<QString()> text)
{
    view->viewport()->installEventFilter(new EmptyViewHint(view, std::move(text)));
}

bool EmptyViewHint::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's background is filled before its paint event comes here; an
    // empty view draws nothing over the text.
    if (event->type() != QEvent::Paint || !m_view->model() || m_view->model()->rowCount(m_view->rootIndex()) > 0)
        return QObject::eventFilter(watched, event);
    const QString text = m_text();
    if (text.isEmpty())
        return QObject::eventFilter(watched, event);
    QPainter painter(m_view->viewport());
    painter.setPen(m_view->palette().color(QPalette::PlaceholderText));
    const int margin = m_view->fontMetrics().averageCharWidth() * 2;
    const QRect area = m_view->viewport()->rect().adjusted(margin, margin, -margin, -margin);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    return QObject::eventFilter(watched, event);
}

} // namespace sdstudy::widgets
