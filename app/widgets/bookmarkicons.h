#pragma once

#include <QIcon>
#include <QString>

namespace sdstudy::widgets {

// A bookmark ribbon in a flag's colour (or the palette's accent for a plain
// bookmark), drawn rather than shipped so it follows the palette and scales.
namespace BookmarkIcons {

QIcon forFlag(const QString &flagKey);

} // namespace BookmarkIcons

} // namespace sdstudy::widgets
