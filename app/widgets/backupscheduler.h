#pragma once

#include "core/backupmanager.h"

#include <QObject>
#include <QTimer>

namespace sdstudy::core {
class Database;
} // namespace sdstudy::core

namespace sdstudy::widgets {

// Backs the database up while the window is open: at most every half hour while
// changes happen (it hears of each from the database's LibraryChanges), and on
// quit if anything changed since the last backup.
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    static constexpr int kIntervalMinutes = 30;

    BackupScheduler(core::Database &database, const QString &folder, int recentToKeep, QObject *parent = nullptr);

    void noteChange(); // something changed: a backup is due
    // Backs up now if anything changed since the last backup. Returns an error message or "".
    QString backUpIfChanged();
    // Backs up now, changed or not (File > Back Up Now, before an import). Returns an error or "".
    QString backUpNow();
    QString folder() const { return m_backups.folder(); }
    int recentToKeep() const { return m_backups.recentToKeep(); }
    void setPolicy(const QString &folder, int recentToKeep) { m_backups = core::BackupManager(folder, recentToKeep); }

Q_SIGNALS:
    void failed(const QString &error);

private:
    core::Database &m_database;
    core::BackupManager m_backups;
    QTimer m_timer;
    bool m_changed = false;
};

} // namespace sdstudy::widgets
