#pragma once

#include <QIcon>
#include <QString>

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

// The desktop theme's icon called `name` (freedesktop naming), or the app's own
// drawing of it (resources/icons/actions/NAME.svg) where the theme has none.
QIcon icon(const QString &name);

} // namespace Theme
