#include "widgets/bookmarkicons.h"

#include "core/flags.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace sdstudy::widgets {

namespace {

// Paints at whatever size and scale is asked for, so 200% displays get sharp edges.
class RibbonEngine final : public QIconEngine
{
public:
    explicit RibbonEngine(const QColor &color)
        : m_color(color)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QRectF r = QRectF(rect).adjusted(rect.width() * 0.22, rect.height() * 0.1, -rect.width() * 0.22,
                                               -rect.height() * 0.08);
        QPainterPath ribbon;
        ribbon.moveTo(r.topLeft());
        ribbon.lineTo(r.topRight());
        ribbon.lineTo(r.bottomRight());
        ribbon.lineTo(r.center().x(), r.bottom() - r.height() * 0.28);
        ribbon.lineTo(r.bottomLeft());
        ribbon.closeSubpath();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Selected) {
            // On a selected row: outlined in the selection's text colour, and a plain
            // bookmark (the selection's own blue) filled with it, so it never vanishes.
            const QPalette palette = QGuiApplication::palette();
            const QColor onSelection = palette.color(QPalette::HighlightedText);
            const bool likeSelection = m_color == palette.color(QPalette::Highlight);
            painter->setPen(QPen(onSelection, std::max(1.5, rect.width() / 10.0)));
            painter->setBrush(likeSelection ? onSelection : m_color);
        } else {
            painter->setPen(QPen(m_color.darker(130), 1));
            painter->setBrush(m_color);
        }
        painter->drawPath(ribbon);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new RibbonEngine(m_color); }

private:
    QColor m_color;
};

} // namespace

namespace BookmarkIcons {

QIcon forFlag(const QString &flagKey)
{
    const auto flag = core::Flags::find(flagKey);
    const QColor color = flag ? QColor(flag->color) : QGuiApplication::palette().color(QPalette::Highlight);
    return QIcon(new RibbonEngine(color));
}

} // namespace BookmarkIcons

} // namespace sdstudy::widgets
