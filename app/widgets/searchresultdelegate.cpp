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
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    drawMarked(painter, titleLine, index.data().toString(),
               index.data(ItemDataRole::TitleMatches).value<QList<QPoint>>(), option.font, text, text, false);

    QColor quiet = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(quiet);
    const QRect locationLine = titleLine.translated(0, metrics.height());
    painter->drawText(locationLine, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(ItemDataRole::Location).toString(), Qt::ElideRight, area.width()));
    drawMarked(painter, locationLine.translated(0, metrics.height()), index.data(ItemDataRole::Snippet).toString(),
               index.data(ItemDataRole::SnippetMatches).value<QList<QPoint>>(), option.font, text, quiet, true);
    painter->restore();
}

void SearchResultDelegate::drawMarked(QPainter *painter, const QRect &line, QString text, const QList<QPoint> &matches,
                                      const QFont &font, const QColor &found, const QColor &around, bool showFirstMatch)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Pieces of text, each plain or found, in order.
    QList<std::pair<QString, bool>> pieces;
    int at = 0;
    for (const QPoint &match : matches) {
        if (match.x() < at || match.x() + match.y() > text.size())
            continue;
        pieces.append({text.mid(at, match.x() - at), false});
        pieces.append({text.mid(match.x(), match.y()), true});
        at = match.x() + match.y();
    }
    pieces.append({text.mid(at), false});
    // A long piece before the first word found is cut from the front, so the word shows.
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics plainMetrics(font);
    const QFontMetrics boldMetrics(bold);
    if (showFirstMatch && pieces.size() > 1
        && plainMetrics.horizontalAdvance(pieces.first().first) > line.width() / 3) {
        pieces.first().first = endFromAWord(pieces.first().first, plainMetrics, line.width() / 3);
    }
    // The painter's font and pen are as they were afterwards: the next line is not bold.
    painter->save();
    int x = line.left();
    for (const auto &[piece, isFound] : std::as_const(pieces)) {
        const QFontMetrics &metrics = isFound ? boldMetrics : plainMetrics;
        const int room = line.right() - x;
        if (room <= 0)
            break;
        const QString shown = metrics.elidedText(piece, Qt::ElideRight, room);
        painter->setFont(isFound ? bold : font);
        painter->setPen(isFound ? found : around);
        painter->drawText(QRect(x, line.top(), room, line.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += metrics.horizontalAdvance(shown);
        if (shown != piece)
            break;
    }
    painter->restore();
}

QString SearchResultDelegate::endFromAWord(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // Qt's left elision cuts wherever the width ends, often inside a word.
    const QString ellipsis(QChar(0x2026));
    for (qsizetype space = text.indexOf(QLatin1Char(' ')); space != -1;
         space = text.indexOf(QLatin1Char(' '), space + 1)) {
        const QString shown = ellipsis + text.mid(space + 1);
        if (metrics.horizontalAdvance(shown) <= width)
            return shown;
    }
    // One long word (a path, an address): its end, cut where the width ends.
    return metrics.elidedText(text, Qt::ElideLeft, width);
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(base.width(), kLines * QFontMetrics(option.font).height() + kMargin);
}

} // namespace sdstudy::widgets
