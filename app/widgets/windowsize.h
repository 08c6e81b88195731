#pragma once

#include <QSize>

class QWidget;

namespace sdstudy::widgets::WindowSize {

// Gives a window its preferred size, or less on a small screen: at most 90% of
// the screen's free area (a 1024x640 laptop screen keeps its panel and the
// window's buttons in view).
void fitToScreen(QWidget *window, QSize preferred);

} // namespace sdstudy::widgets::WindowSize
