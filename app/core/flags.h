#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

// The named flags a bookmark can carry. A bookmark without one is a plain bookmark.
// Keys are stored in the database and typed on the command line; names are shown.
struct Flag
{
    QString key;   // "hard"
    QString name;  // "Hard", translated
    QString color; // "#rrggbb", readable on light and dark backgrounds
};

namespace Flags {

const QList<Flag> &all();
// By key or shown name, ignoring case: "hard", "Hard", "review", "Review later".
std::optional<Flag> find(const QString &keyOrName);

} // namespace Flags

} // namespace sdstudy::core
