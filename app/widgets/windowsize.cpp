#include "widgets/windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace sdstudy::widgets::WindowSize {

void fitToScreen(QWidget *window, QSize preferred)
{
    // A window not shown yet has no screen of its own: its parent's, or the primary one.
    const QWidget *placed = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = placed->screen() ? placed->screen() : QGuiApplication::primaryScreen();
    if (screen)
        preferred = preferred.boundedTo(screen->availableSize() * 0.9);
    window->resize(preferred);
}

} // namespace sdstudy::widgets::WindowSize
