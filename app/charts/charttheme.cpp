#include "charts/charttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace sdstudy::charts {

namespace ChartTheme {

void apply(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelBrush(palette.text());
    QColor grid = palette.text().color();
    grid.setAlphaF(0.15);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.text());
        axis->setTitleBrush(palette.text());
        axis->setLinePenColor(palette.mid().color());
        axis->setGridLineColor(grid);
    }
}

} // namespace ChartTheme

} // namespace sdstudy::charts
