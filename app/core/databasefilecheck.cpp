#include "core/databasefilecheck.h"

#include "core/database.h"
#include "core/inputfile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct DatabaseFileCheckText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileCheck)
};

constexpr int kHeaderSize = 100;     // SQLite's file header
constexpr int kUserVersionAt = 60;   // big-endian 32-bit PRAGMA user_version
constexpr int kApplicationIdAt = 68; // big-endian 32-bit PRAGMA application_id
const QByteArray kMagic("SQLite format 3\0", 16);

// SQLite's primary result codes that tell what kind of failure it was.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

using Verdict = DatabaseFileCheck::Verdict;

// What an SQLite error on a file that passed the header check says about it.
DatabaseFileCheck::Result fromSqlError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == kSqliteBusy || code == kSqliteLocked)
        return {Verdict::Busy, error.text(), {}};
    // Only SQLite's own word for it is damage; a full disk, a lack of memory or
    // permission is reported as what it is and never moves the file.
    if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
        return {Verdict::Damaged, error.text(), {}};
    return {Verdict::Unreadable, error.text(), {}};
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

// Reads the tables and, if asked, checks every page, on a read-only connection.
DatabaseFileCheck::Result inspect(const QString &connectionName, const QString &path, bool hasOurId,
                                  DatabaseFileCheck::Depth depth)
{
    DatabaseFileCheck::Result result;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return fromSqlError(db.lastError());
    QSqlQuery query(db);
    // Before schema 7 a study database is known by its tables: the bank's and the person's.
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*), SUM(type = 'table' AND name IN ('banks', 'questions', 'bookmarks', 'notes'))"
            " FROM sqlite_master"))
        || !query.next()) {
        // Schema unreadable: ours only if the header said so; otherwise nobody can tell.
        result = fromSqlError(query.lastError());
        if (!hasOurId && result.verdict == Verdict::Damaged)
            result = {Verdict::OtherSQLite, result.detail, {}};
        return result;
    }
    const int objects = query.value(0).toInt();
    const bool ours = hasOurId || query.value(1).toInt() == 4;
    // Nothing in it at all (a file SQLite made and no one filled): nothing to lose.
    if (objects == 0 && !hasOurId && userVersion(db) == 0)
        return {Verdict::New, {}, {}};
    if (!ours)
        return {
            Verdict::OtherSQLite, DatabaseFileCheckText::tr("it has tables, but not those of a study database"), {}};
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")) && query.next())
        result.databaseId = query.value(0).toString();
    result.verdict = Verdict::Healthy;
    if (depth == DatabaseFileCheck::Depth::Integrity) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
            const auto error = fromSqlError(query.lastError());
            result.verdict = error.verdict;
            result.detail = error.detail;
        } else if (query.value(0).toString() != QLatin1String("ok")) {
            result.verdict = Verdict::Damaged;
            result.detail = query.value(0).toString();
        }
    }
    return result;
}

} // namespace

int DatabaseFileCheck::schemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(kMagic))
        return -1;
    return qFromBigEndian<qint32>(header.constData() + kUserVersionAt);
}

DatabaseFileCheck::Result DatabaseFileCheck::examine(const QString &path, Depth depth)
{
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return {Verdict::Missing, {}, {}};
    QFile file;
    if (QString problem; !InputFile::openRegular(path, file, &problem))
        return {Verdict::Unreadable, problem, {}};
    if (file.size() == 0)
        return {Verdict::New, {}, {}};
    const QByteArray header = file.read(kHeaderSize);
    file.close();
    if (header.size() < kHeaderSize || !header.startsWith(kMagic))
        return {Verdict::NotSQLite, DatabaseFileCheckText::tr("it is not an SQLite database"), {}};
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + kApplicationIdAt);
    if (applicationId != 0 && applicationId != Database::kApplicationId)
        return {Verdict::OtherSQLite, DatabaseFileCheckText::tr("it is another program's SQLite database"), {}};

    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("sdstudy-file-check-%1").arg(counter.fetchAndAddRelaxed(1));
    const Result result = inspect(connectionName, path, applicationId == Database::kApplicationId, depth);
    QSqlDatabase::removeDatabase(connectionName); // inspect's connection is closed by now
    return result;
}

QString DatabaseFileCheck::refusal(const QString &path, const Result &result)
{
    switch (result.verdict) {
    case Verdict::NotSQLite:
    case Verdict::OtherSQLite:
        return DatabaseFileCheckText::tr(
                   "%1 is not a study database (%2). It was left as it is. Start without --db to use "
                   "your usual database, or name a study database or a new file with --db.")
            .arg(path, result.detail);
    case Verdict::Unreadable:
        return DatabaseFileCheckText::tr("%1 cannot be read: %2").arg(path, result.detail);
    case Verdict::Busy:
        return DatabaseFileCheckText::tr("%1 is locked by another program: %2").arg(path, result.detail);
    case Verdict::Missing:
    case Verdict::New:
    case Verdict::Healthy:
    case Verdict::Damaged:
        break;
    }
    return {};
}

} // namespace sdstudy::core
