#pragma once

#include <QStyledItemDelegate>

namespace sdstudy::widgets {

// Draws a search hit on three lines: the question; below it, in a quieter colour,
// where it sits (number and topic), so hits with similar titles can be told
// apart; and a piece of the answer. The words found are in bold in the question
// and in the answer, so the person sees why it matched.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The end of `text` that fits in `width` after an ellipsis, starting at a word:
    // what a snippet shows before its first word found, when all of it does not fit.
    static QString endFromAWord(const QString &text, const QFontMetrics &metrics, int width);

private:
    // One line of text with the words found in bold; showFirstMatch cuts a long
    // start so the first of them is in view.
    static void drawMarked(QPainter *painter, const QRect &line, QString text, const QList<QPoint> &matches,
                           const QFont &font, const QColor &found, const QColor &around, bool showFirstMatch);

    static constexpr int kMargin = 4;
    static constexpr int kLines = 3;
};

} // namespace sdstudy::widgets
