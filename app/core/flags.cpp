#include "core/flags.h"

#include <QCoreApplication>

namespace sdstudy::core {

namespace Flags {

const QList<Flag> &all()
{
    static const QList<Flag> flags = {
        {QStringLiteral("hard"), QCoreApplication::translate("Flags", "Hard"), QStringLiteral("#e5484d")},
        {QStringLiteral("review"), QCoreApplication::translate("Flags", "Review later"), QStringLiteral("#f08c00")},
        {QStringLiteral("favourite"), QCoreApplication::translate("Flags", "Favourite"), QStringLiteral("#3b82f6")},
    };
    return flags;
}

std::optional<Flag> find(const QString &keyOrName)
{
    for (const Flag &flag : all()) {
        if (flag.key.compare(keyOrName.trimmed(), Qt::CaseInsensitive) == 0
            || flag.name.compare(keyOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return flag;
    }
    return std::nullopt;
}

} // namespace Flags

} // namespace sdstudy::core
