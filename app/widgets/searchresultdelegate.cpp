#include "widgets/searchresultdelegate.h"

#include "widgets/itemdatarole.h"

#include <QApplication>
#include <QPainter>

namespace sdstudy::widgets {

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics metrics(option.font);
    // The bookmark ribbon, if any, sits left of both lines.
    const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = metrics.height();
    if (!icon.isNull()) {
        icon.paint(painter, QRect(area.left(), area.top() + iconSize / 2, iconSize, iconSize), Qt::AlignCenter,
                   selected ? QIcon::Selected : QIcon::Normal);
        area.setLeft(area.left() + iconSize + kMargin);
    }

    painter->save();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleLine(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data().toString(), Qt::ElideRight, area.width()));

    QColor quiet = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(quiet);
    const QRect locationLine = titleLine.translated(0, metrics.height());
    painter->drawText(locationLine, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(ItemDataRole::Location).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(base.width(), 2 * QFontMetrics(option.font).height() + kMargin);
}

} // namespace sdstudy::widgets
