#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Copies of the database in a folder the person can see: made with SQLite's
// VACUUM INTO (a consistent snapshot, even while the app writes), written under a
// temporary name and renamed, so a half-written copy never passes for a backup.
// Rotated as Anki does: the newest few (as many as the person chose), plus one a
// day for a week and one a week for a month.
class BackupManager final
{
public:
    static constexpr int kRecentToKeep = 5;
    static constexpr int kDailyToKeep = 7;
    static constexpr int kWeeklyToKeep = 4;

    explicit BackupManager(const QString &folder, int recentToKeep = kRecentToKeep);

    static QString defaultFolder(const QString &databasePath);
    QString folder() const { return m_folder; }
    int recentToKeep() const { return m_recentToKeep; }

    // Writes a backup of the open database and rotates; returns the new file.
    std::optional<QString> backUp(Database &database, QString *error);
    void rotate(const QDateTime &now = QDateTime::currentDateTimeUtc());

    QStringList backups() const; // newest first
    std::optional<QString> newestHealthy() const;

    // A file SQLite can read whole (quick_check) that holds this app's tables.
    static bool isHealthy(const QString &file, QString *problem);

private:
    static std::optional<QDateTime> takenAt(const QString &fileName);

    QString m_folder;
    int m_recentToKeep;
};
