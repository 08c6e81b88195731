#pragma once

#include "core/backupmanager.h"

#include <QString>

namespace sdstudy::core {

// Where backups go and how many of the newest are kept, chosen in Preferences and
// kept with QSettings; the window and the command line read the same choice.
struct BackupSettings
{
    static constexpr int kFewestRecent = 1;
    static constexpr int kMostRecent = 100;

    QString folder;                                  // empty: "backups" beside the database
    int recentToKeep = BackupManager::kRecentToKeep; // besides one a day for a week and one a week for a month

    // Where backups of the database at databasePath go under these settings.
    QString folderFor(const QString &databasePath) const;

    static BackupSettings load();
    void save() const;
};

} // namespace sdstudy::core
