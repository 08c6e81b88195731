#pragma once

class QChart;
class QPalette;

namespace sdstudy::charts {

// Colours a chart from a palette: background, text, axes, grid and legend, so
// charts read the same in light and dark themes.
namespace ChartTheme {
void apply(QChart *chart, const QPalette &palette);
}

} // namespace sdstudy::charts
