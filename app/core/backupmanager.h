#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

class Database;

// Copies of the database in a folder the person can see: made with SQLite's
// VACUUM INTO (a consistent snapshot, even while the app writes), written under a
// temporary name, flushed to the disk and renamed, so a half-written copy never
// passes for a backup and older ones go only once the new one is safe.
// Rotated as Anki does: the newest few (as many as the person chose), plus one a
// day for a week and one a week for a month.
//
// Several databases may share a folder: each backup's name carries the id of the
// database it copies (Database::identity), and rotation, the newest healthy backup
// and restoring consider only the backups of one database. A backup stamped in the
// future (the clock was once ahead) counts as older than every other.
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

    // Writes a backup of the open database and rotates its backups; returns the new file.
    std::optional<QString> backUp(Database &database, QString *error);
    void rotate(const QString &databaseId, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The backups of one database, newest first (those stamped after `now` last).
    QStringList backups(const QString &databaseId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The newest backup of that database that is whole and says inside that it is its copy.
    std::optional<QString> newestHealthy(const QString &databaseId) const;

    // The newest healthy backup made before backups carried an id (study-STAMP.sqlite),
    // for a database that has none of its own yet. Only from a folder that shows no
    // sign of being shared (no backup of another database id in it): otherwise
    // such a backup could be another database's, and nullopt.
    std::optional<QString> newestHealthyWithoutId(const QString &databaseId) const;

    // A file SQLite can read whole (quick_check) that is a study database.
    static bool isHealthy(const QString &file, QString *problem);

    // The name a backup of `databaseId` taken at `time` gets.
    static QString fileName(const QString &databaseId, const QDateTime &time);

private:
    struct Entry
    {
        QString path;
        QDateTime takenAt;
    };
    QList<Entry> entries(const QString &databaseId, const QDateTime &now) const;

    QString m_folder;
    int m_recentToKeep;
};

} // namespace sdstudy::core
