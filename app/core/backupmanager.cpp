#include "backupmanager.h"

#include "database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

const QString kPrefix = QStringLiteral("study-");
const QString kSuffix = QStringLiteral(".sqlite");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// The translation context of this file's texts, as lupdate reads it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)
};

} // namespace

BackupManager::BackupManager(const QString &folder, int recentToKeep)
    : m_folder(folder), m_recentToKeep(recentToKeep)
{
}

QString BackupManager::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

std::optional<QDateTime> BackupManager::takenAt(const QString &fileName)
{
    static const QRegularExpression name(QStringLiteral("^study-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$"));
    const auto match = name.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(match.captured(1), kStampFormat);
    time.setTimeZone(QTimeZone::UTC);
    return time.isValid() ? std::optional(time) : std::nullopt;
}

QStringList BackupManager::backups() const
{
    QDir dir(m_folder);
    QStringList names = dir.entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        if (takenAt(name))
            paths.append(dir.filePath(name));
    }
    return paths;
}

std::optional<QString> BackupManager::backUp(Database &database, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = Text::tr("%1: cannot create the backup folder").arg(m_folder);
        return std::nullopt;
    }
    const QString name = kPrefix + QDateTime::currentDateTimeUtc().toString(kStampFormat) + kSuffix;
    QString path = QDir(m_folder).filePath(name);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        *error = Text::tr("%1: %2").arg(partial, query.lastError().text());
        QFile::remove(partial);
        return std::nullopt;
    }
    if (!QFile::rename(partial, path)) {
        *error = Text::tr("%1: cannot rename the new backup").arg(partial);
        QFile::remove(partial);
        return std::nullopt;
    }
    rotate();
    return path;
}

void BackupManager::rotate(const QDateTime &now)
{
    const QStringList all = backups(); // newest first
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<QString> weeks;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto taken = takenAt(QFileInfo(all[i]).fileName());
        if (!taken)
            continue; // backups() lists only names it can read; this keeps it so
        const QDateTime &time = *taken;
        const QDate day = time.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const QString weekKey = QStringLiteral("%1-%2").arg(weekYear).arg(week);
        const qint64 age = time.daysTo(now);
        const bool recent = i < m_recentToKeep;
        const bool firstOfItsDay = age < kDailyToKeep && !days.contains(day);
        const bool firstOfItsWeek = age < qint64(7) * kWeeklyToKeep && !weeks.contains(weekKey);
        if (recent || firstOfItsDay || firstOfItsWeek)
            keep.insert(all[i]);
        // Newest first: the first file seen for a day or week is that day's or week's.
        days.insert(day);
        weeks.insert(weekKey);
    }
    for (const QString &path : all) {
        if (!keep.contains(path))
            QFile::remove(path);
    }
}

std::optional<QString> BackupManager::newestHealthy() const
{
    for (const QString &path : backups()) {
        QString problem;
        if (isHealthy(path, &problem))
            return path;
    }
    return std::nullopt;
}

bool BackupManager::isHealthy(const QString &file, QString *problem)
{
    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("sdstudy-check-%1").arg(counter.fetchAndAddRelaxed(1));
    bool healthy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                *problem = query.lastError().text();
            } else if (query.value(0).toString() != QLatin1String("ok")) {
                *problem = query.value(0).toString();
            } else if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('banks', 'questions')"))
                       || !query.next() || query.value(0).toInt() != 2) {
                *problem = Text::tr("it is not a System Design Study database");
            } else {
                healthy = true;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return healthy;
}
