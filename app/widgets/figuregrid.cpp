#include "widgets/figuregrid.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>

namespace sdstudy::widgets {

FigureGrid::FigureGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    // As wide as the page, whatever the figures would like: they rearrange to fit.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void FigureGrid::addFigure(const QString &caption, const QString &value, const QString &key)
{
    auto *number = new QLabel(value);
    number->setObjectName(key);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(caption);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_figures.append(Figure {number, label});
    arrange(int(m_figures.size()));
}

int FigureGrid::figureWidth() const
{
    int widest = 0;
    for (const Figure &figure : m_figures) {
        widest = std::max(widest, figure.number->sizeHint().width());
        for (const QString &word : figure.caption->text().split(QLatin1Char(' ')))
            widest = std::max(widest, figure.caption->fontMetrics().horizontalAdvance(word));
    }
    return widest + m_grid->horizontalSpacing();
}

void FigureGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Halve the columns until they fit, so the rows stay equal: 8, 4, 2, 1.
    const int room = event->size().width() - m_grid->contentsMargins().left() - m_grid->contentsMargins().right();
    const int each = figureWidth();
    int columns = int(m_figures.size());
    while (columns > 1 && columns * each > room)
        columns = (columns + 1) / 2;
    arrange(columns);
}

void FigureGrid::arrange(int columns)
{
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Figure &figure : std::as_const(m_figures)) {
        m_grid->removeWidget(figure.number);
        m_grid->removeWidget(figure.caption);
    }
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const int row = int(i / columns) * 2, column = int(i % columns);
        m_grid->addWidget(m_figures[i].number, row, column);
        m_grid->addWidget(m_figures[i].caption, row + 1, column, Qt::AlignTop);
    }
}

} // namespace sdstudy::widgets
