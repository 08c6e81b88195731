#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QStyle;

namespace sdstudy::widgets {

// The app's colours: the desktop's own, or light or dark whatever the desktop
// uses. Kept with QSettings and applied at once to every window. And its icons:
// the desktop's icon theme first.
namespace Theme {

enum class Choice { System, Light, Dark };

Choice saved();
void save(Choice choice);
// Font size in points for the whole app; 0 keeps the desktop's.
int savedFontSize();
void saveFontSize(int points);

// Applies both. Call once at start-up (it remembers the desktop's style and font
// for System; the palette comes back from the platform) and again whenever the
// person changes them.
void apply(Choice choice, int fontSize);
void applySaved();

// The palette the app uses for Light or Dark (System takes the desktop's).
QPalette palette(Choice choice);
// The style the app uses for Light or Dark: Fusion, with check boxes and radio
// buttons outlined so they can be seen on either. The caller owns it.
QStyle *fusionStyle();

// `share` (0 to 1) of `color` over `background`: a pale ground of a colour.
QColor mixed(const QColor &color, const QColor &background, double share);
// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
// `color`, made lighter or darker as little as needed to read on `background`
// with at least the WCAG AA ratio for text (4.5:1).
QColor readable(const QColor &color, const QColor &background);
// The desktop's palette with its link colours made readable on its own base,
// as some dark desktop themes keep Qt's pure blue links.
QPalette withReadableLinks(const QPalette &palette);
constexpr double kMinimumContrast = 4.5;

// The desktop theme's icon called `name` (freedesktop naming), or the app's own
// drawing of it (resources/icons/actions/NAME.svg) where the theme has none.
QIcon icon(const QString &name);

} // namespace Theme

} // namespace sdstudy::widgets
