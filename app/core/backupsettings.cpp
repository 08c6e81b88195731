#include "core/backupsettings.h"

#include <QSettings>

#include <algorithm>

namespace sdstudy::core {

namespace {
const QString kFolder = QStringLiteral("backups/folder");
const QString kRecentToKeep = QStringLiteral("backups/recentToKeep");
} // namespace

BackupSettings BackupSettings::load()
{
    const QSettings settings;
    BackupSettings s;
    s.folder = settings.value(kFolder).toString();
    // Clamped: a hand-edited settings file must not make rotation delete every backup.
    s.recentToKeep = std::clamp(settings.value(kRecentToKeep, s.recentToKeep).toInt(), kFewestRecent, kMostRecent);
    return s;
}

QString BackupSettings::folderFor(const QString &databasePath) const
{
    return folder.isEmpty() ? BackupManager::defaultFolder(databasePath) : folder;
}

void BackupSettings::save() const
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(kFolder);
    else
        settings.setValue(kFolder, folder);
    settings.setValue(kRecentToKeep, recentToKeep);
}

} // namespace sdstudy::core
