#pragma once

#include <QStyledItemDelegate>

namespace sdstudy::widgets {

// Draws a search hit on two lines: the question, and below it in a quieter
// colour where it sits (number and topic), so hits with similar titles can be told apart.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int kMargin = 4;
};

} // namespace sdstudy::widgets
