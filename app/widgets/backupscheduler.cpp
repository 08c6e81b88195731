#include "widgets/backupscheduler.h"

#include "core/database.h"

namespace sdstudy::widgets {

BackupScheduler::BackupScheduler(core::Database &database, const QString &folder, int recentToKeep, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_backups(folder, recentToKeep)
{
    m_timer.setInterval(kIntervalMinutes * 60 * 1000);
    // Every committed change, from wherever it came, makes a backup due.
    const core::LibraryChanges &changes = database.changes();
    for (const auto signal : {&core::LibraryChanges::bookmarksChanged, &core::LibraryChanges::notesChanged,
                              &core::LibraryChanges::reviewsChanged, &core::LibraryChanges::banksChanged,
                              &core::LibraryChanges::sketchesChanged})
        connect(&changes, signal, this, &BackupScheduler::noteChange);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const QString error = backUpIfChanged(); !error.isEmpty())
            Q_EMIT failed(error);
    });
}

void BackupScheduler::noteChange()
{
    m_changed = true;
    if (!m_timer.isActive())
        m_timer.start(); // the first change starts the half-hour clock
}

QString BackupScheduler::backUpIfChanged()
{
    if (!m_changed)
        return {};
    QString error;
    if (!m_backups.backUp(m_database, &error))
        return error;
    m_changed = false;
    m_timer.stop();
    return {};
}

QString BackupScheduler::backUpNow()
{
    m_changed = true;
    return backUpIfChanged();
}

} // namespace sdstudy::widgets
