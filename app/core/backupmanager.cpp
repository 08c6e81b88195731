#include "core/backupmanager.h"

#include "core/database.h"
#include "core/databasefilecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <fcntl.h>
#include <unistd.h>

namespace sdstudy::core {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
// study-STAMP-ID.sqlite, and study-STAMP.sqlite as backups were named before they had ids.
const QRegularExpression kNameWithId(QStringLiteral("^study-(\\d{8}-\\d{6}-\\d{3})-([0-9a-f]{32})\\.sqlite$"));
const QRegularExpression kNameWithoutId(QStringLiteral("^study-\\d{8}-\\d{6}-\\d{3}\\.sqlite$"));

// The translation context of this file's texts, as lupdate reads it.
struct BackupManagerText
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)
};

// Flushes a file or a folder (the rename in it) to the disk.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

BackupManager::BackupManager(const QString &folder, int recentToKeep)
    : m_folder(folder)
    , m_recentToKeep(recentToKeep)
{ }

QString BackupManager::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupManager::fileName(const QString &databaseId, const QDateTime &time)
{
    return QStringLiteral("study-%1-%2.sqlite").arg(time.toUTC().toString(kStampFormat), databaseId);
}

QList<BackupManager::Entry> BackupManager::entries(const QString &databaseId, const QDateTime &now) const
{
    QList<Entry> found;
    if (databaseId.isEmpty())
        return found;
    const QDir dir(m_folder);
    const QStringList names
        = dir.entryList({QStringLiteral("study-*-") + databaseId + QStringLiteral(".sqlite")}, QDir::Files);
    for (const QString &fileName : names) {
        const auto match = kNameWithId.match(fileName);
        if (!match.hasMatch() || match.captured(2) != databaseId)
            continue;
        QDateTime time = QDateTime::fromString(match.captured(1), kStampFormat);
        time.setTimeZone(QTimeZone::UTC);
        if (time.isValid())
            found.append({dir.filePath(fileName), time});
    }
    // Newest first; a stamp from the future was taken before the clock went back,
    // so it is older than anything taken since: it goes last.
    std::sort(found.begin(), found.end(), [&now](const Entry &a, const Entry &b) {
        const bool aFuture = a.takenAt > now, bFuture = b.takenAt > now;
        if (aFuture != bFuture)
            return bFuture;
        return a.takenAt > b.takenAt;
    });
    return found;
}

QStringList BackupManager::backups(const QString &databaseId, const QDateTime &now) const
{
    QStringList paths;
    for (const Entry &entry : entries(databaseId, now))
        paths.append(entry.path);
    return paths;
}

std::optional<QString> BackupManager::backUp(Database &database, QString *error)
{
    const QString databaseId = database.identity();
    if (databaseId.isEmpty()) {
        *error = BackupManagerText::tr("%1: the database has no id to name its backups by").arg(database.path());
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = BackupManagerText::tr("%1: cannot create the backup folder").arg(m_folder);
        return std::nullopt;
    }
    const QString path = QDir(m_folder).filePath(fileName(databaseId, QDateTime::currentDateTimeUtc()));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        *error = BackupManagerText::tr("%1: %2").arg(partial, query.lastError().text());
        QFile::remove(partial);
        return std::nullopt;
    }
    // On the disk, under its own name, before any older backup is deleted.
    if (!syncToDisk(partial) || !QFile::rename(partial, path) || !syncToDisk(m_folder)) {
        *error = BackupManagerText::tr("%1: cannot put the new backup safely on the disk").arg(partial);
        QFile::remove(partial);
        return std::nullopt;
    }
    rotate(databaseId);
    return path;
}

void BackupManager::rotate(const QString &databaseId, const QDateTime &now)
{
    const QList<Entry> all = entries(databaseId, now); // newest first
    QSet<QDate> days;
    QSet<QString> weeks;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QDateTime &time = all[i].takenAt;
        const QDate day = time.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const QString weekKey = QStringLiteral("%1-%2").arg(weekYear).arg(week);
        const qint64 age = time.daysTo(now);
        const bool recent = i < m_recentToKeep;
        const bool future = age < 0; // ordered last: kept only among the recent
        const bool firstOfItsDay = !future && age < kDailyToKeep && !days.contains(day);
        const bool firstOfItsWeek = !future && age < qint64(7) * kWeeklyToKeep && !weeks.contains(weekKey);
        if (!recent && !firstOfItsDay && !firstOfItsWeek)
            QFile::remove(all[i].path);
        // Newest first: the first file seen for a day or week is that day's or week's.
        if (!future) {
            days.insert(day);
            weeks.insert(weekKey);
        }
    }
}

std::optional<QString> BackupManager::newestHealthy(const QString &databaseId) const
{
    for (const QString &path : backups(databaseId)) {
        const auto check = DatabaseFileCheck::examine(path, DatabaseFileCheck::Depth::Integrity);
        // The name says whose copy it is; the inside must say the same.
        if (check.verdict == DatabaseFileCheck::Verdict::Healthy && check.databaseId == databaseId)
            return path;
    }
    return std::nullopt;
}

std::optional<QString> BackupManager::newestHealthyWithoutId(const QString &databaseId) const
{
    const QDir dir(m_folder);
    QStringList candidates;
    for (const QString &name :
         dir.entryList({QStringLiteral("study-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (const auto match = kNameWithId.match(name); match.hasMatch() && match.captured(2) != databaseId)
            return std::nullopt; // a shared folder: no telling whose the old ones are
        if (kNameWithoutId.match(name).hasMatch())
            candidates.append(dir.filePath(name));
    }
    for (const QString &path : std::as_const(candidates)) { // newest first, by name
        const auto check = DatabaseFileCheck::examine(path, DatabaseFileCheck::Depth::Integrity);
        if (check.verdict == DatabaseFileCheck::Verdict::Healthy && check.databaseId.isEmpty())
            return path;
    }
    return std::nullopt;
}

bool BackupManager::isHealthy(const QString &file, QString *problem)
{
    const auto check = DatabaseFileCheck::examine(file, DatabaseFileCheck::Depth::Integrity);
    if (check.verdict == DatabaseFileCheck::Verdict::Healthy)
        return true;
    *problem = check.verdict == DatabaseFileCheck::Verdict::Missing ? BackupManagerText::tr("no such file")
        : check.verdict == DatabaseFileCheck::Verdict::New
        ? BackupManagerText::tr("it is not a System Design Study database")
        : check.detail;
    return false;
}

} // namespace sdstudy::core
