// Backups, their rotation, recovery from a damaged file, restore, and the lock
// that keeps a second writer out.

#include "core/backupmanager.h"
#include "core/database.h"
#include "core/databasefilecheck.h"
#include "core/studylibrary.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sdstudy::core;

namespace {

const QString kSomeId = QStringLiteral("0123456789abcdef0123456789abcdef");

QString noteOn(StudyLibrary &library, int number)
{
    const auto note = library.notes().get(*library.questions().resolve(QString::number(number)));
    return note ? note->text : QString();
}

bool writeNote(StudyLibrary &library, int number, const QString &text)
{
    QString error;
    return library.notes().save(*library.questions().resolve(QString::number(number)), text, &error);
}

// Overwrites the middle of a database file with garbage, as a bad disk would.
void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    file.seek(size / 3);
    file.write(QByteArray(32 * 1024, '\xA5'));
}

// As a killed session leaves it: the lock file, naming a process that is gone.
void leaveLockBehind(const QString &databasePath)
{
    QFile lock(databasePath + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483600\nsdstudy\n" + QSysInfo::machineHostName().toUtf8() + "\n");
}

} // namespace

class TestBackups final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Database files matching a pattern, without their -wal and -shm companions.
    QStringList databaseFiles(const QString &pattern) const
    {
        QStringList files = QDir(m_dir->path()).entryList({pattern}, QDir::Files);
        files.removeIf(
            [](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
        return files;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void backupIsAHealthyCopy()
    {
        StudyLibrary library;
        QString error;
        QVERIFY(library.open(path(QStringLiteral("a.sqlite")), &error));
        QVERIFY(writeNote(library, 53, QStringLiteral("in the backup")));
        BackupManager backups(path(QStringLiteral("backups")));
        const auto file = backups.backUp(library.database(), &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(QFileInfo(*file).fileName().startsWith(QStringLiteral("study-")));
        QCOMPARE(backups.backups(library.database().identity()), QStringList {*file});
        QString problem;
        QVERIFY2(BackupManager::isHealthy(*file, &problem), qPrintable(problem));
        QVERIFY(QDir(path(QStringLiteral("backups"))).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    }

    void unhealthyFilesAreRecognised()
    {
        QString problem;
        QFile garbage(path(QStringLiteral("garbage.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        QVERIFY(!BackupManager::isHealthy(garbage.fileName(), &problem));
        QVERIFY(!problem.isEmpty());

        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path(QStringLiteral("other.sqlite")));
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!BackupManager::isHealthy(path(QStringLiteral("other.sqlite")), &problem));
        QVERIFY2(problem.contains(QStringLiteral("not those of a study database")), qPrintable(problem));
    }

    // Preferences > Data > Newest backups kept: the recent ones beyond it go; one a
    // day stays for the week regardless.
    void rotationKeepsAsManyRecentAsChosen()
    {
        const QString folder = path(QStringLiteral("few"));
        QVERIFY(QDir().mkpath(folder));
        const QDateTime now(QDate(2026, 11, 28), QTime(18, 0), QTimeZone::UTC);
        for (int minutes : {0, 30, 60, 90, 120, 150}) {
            const QDateTime t = now.addSecs(-60 * minutes);
            QFile f(QDir(folder).filePath(BackupManager::fileName(kSomeId, t)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QDateTime yesterday = now.addDays(-1);
        QFile old(QDir(folder).filePath(BackupManager::fileName(kSomeId, yesterday)));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();

        BackupManager backups(folder, 2);
        backups.rotate(kSomeId, now);
        const QStringList kept = backups.backups(kSomeId, now);
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept[0].contains(QStringLiteral("20261128-180000")));
        QVERIFY(kept[1].contains(QStringLiteral("20261128-173000")));
        QVERIFY(kept[2].contains(QStringLiteral("20261127-180000"))); // yesterday's, kept as the day's
    }

    void rotationKeepsRecentDailyAndWeekly()
    {
        const QString folder = path(QStringLiteral("rot"));
        QVERIFY(QDir().mkpath(folder));
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::UTC);
        // Three backups a day for 40 days.
        for (int day = 0; day < 40; ++day) {
            for (int hour : {9, 13, 18}) {
                const QDateTime t = now.addDays(-day).addSecs((hour - 12) * 3600);
                if (t > now)
                    continue;
                QFile f(QDir(folder).filePath(BackupManager::fileName(kSomeId, t)));
                QVERIFY(f.open(QIODevice::WriteOnly));
            }
        }
        BackupManager backups(folder);
        backups.rotate(kSomeId, now);
        const QStringList kept = backups.backups(kSomeId, now);
        QSet<QString> days;
        for (const QString &file : kept)
            days.insert(QFileInfo(file).fileName().mid(6, 8));
        // The newest five, one for each of the other recent days, and one a week back to four weeks.
        QVERIFY(kept.first().contains(QStringLiteral("20261128-090000")));
        QVERIFY(kept.size() >= BackupManager::kRecentToKeep + 4 && kept.size() <= 5 + 7 + 4);
        for (int day = 0; day < 7; ++day)
            QVERIFY2(days.contains(now.addDays(-day).toString(QStringLiteral("yyyyMMdd"))),
                     qPrintable(QString::number(day)));
        QVERIFY(!days.contains(now.addDays(-30).toString(QStringLiteral("yyyyMMdd"))));
        // Rotation is stable: running it again removes nothing more.
        backups.rotate(kSomeId, now);
        QCOMPARE(backups.backups(kSomeId, now), kept);
    }

    void aDamagedFileIsMovedAsideAndTheNewestBackupRestored()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        const QString folder = path(QStringLiteral("backups"));
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(library, 53, QStringLiteral("saved before the backup")));
            QVERIFY(BackupManager(folder).backUp(library.database(), &error));
            QVERIFY(writeNote(library, 257, QStringLiteral("saved after the backup")));
            QSqlQuery(library.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        damage(db);
        leaveLockBehind(db); // the session that damaged it was killed

        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}), qPrintable(error));
        QVERIFY(library.checkedWholeFile());
        const QString report = library.recoveryReport();
        QVERIFY2(report.contains(QStringLiteral("damaged")) && report.contains(QStringLiteral("backup")),
                 qPrintable(report));
        const QStringList aside = databaseFiles(QStringLiteral("study.sqlite.damaged-*"));
        QCOMPARE(aside.size(), 1);
        QVERIFY(report.contains(path(aside.first())));
        QCOMPARE(noteOn(library, 53), QStringLiteral("saved before the backup"));
        QCOMPARE(noteOn(library, 257), QString());
        QCOMPARE(library.questions().outline().size(), 780);
    }

    // After a clean end the file opens without being read whole (the window reads it
    // after its first paint); damage found then is recovered at the next start.
    void aCleanStartDoesNotWaitForTheWholeFile()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        const QString folder = path(QStringLiteral("backups"));
        QString error;
        {
            StudyLibrary library;
            QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(library, 53, QStringLiteral("kept")));
            QVERIFY(BackupManager(folder).backUp(library.database(), &error));
            QSqlQuery(library.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QVERIFY(!QFile::exists(db + QStringLiteral(".lock"))); // a clean end leaves no lock
        {
            StudyLibrary library;
            QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(!library.checkedWholeFile());
            QVERIFY(library.recoveryReport().isEmpty());
        }
        damage(db);
        const auto check = DatabaseFileCheck::examine(db, DatabaseFileCheck::Depth::Integrity);
        QCOMPARE(check.verdict, DatabaseFileCheck::Verdict::Damaged); // what the window's check finds
        StudyLibrary::askForFullCheck(db);
        StudyLibrary library;
        QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
        QVERIFY(library.checkedWholeFile());
        QVERIFY2(library.recoveryReport().contains(QStringLiteral("was restored")),
                 qPrintable(library.recoveryReport()));
        QCOMPARE(noteOn(library, 53), QStringLiteral("kept"));
        QVERIFY(!QFile::exists(db + QStringLiteral(".check"))); // asked once
    }

    void withoutABackupADamagedFileIsKeptAndANewOneStarted()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(db, &error));
            QVERIFY(writeNote(library, 53, QStringLiteral("only here")));
            QSqlQuery(library.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        damage(db);
        StudyLibrary::askForFullCheck(db); // as the check after the last start found it
        StudyLibrary library;
        QString error;
        QVERIFY(library.open(db, &error));
        QVERIFY(library.recoveryReport().contains(QStringLiteral("no good backup")));
        QCOMPARE(databaseFiles(QStringLiteral("study.sqlite.damaged-*")).size(), 1);
        QCOMPARE(noteOn(library, 53), QString());
    }

    void restoreKeepsTheCurrentFileAside()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        const QString folder = path(QStringLiteral("backups"));
        QString backup;
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(library, 53, QStringLiteral("old")));
            backup = *BackupManager(folder).backUp(library.database(), &error);
            QVERIFY(writeNote(library, 53, QStringLiteral("new")));

            // Not while the database is open.
            QVERIFY(!StudyLibrary::restore(backup, db, &error));
            QVERIFY(error.contains(QStringLiteral("open in another")));
        }
        QString error;
        const auto aside = StudyLibrary::restore(backup, db, &error);
        QVERIFY2(aside, qPrintable(error));
        QVERIFY(QFile::exists(*aside));
        StudyLibrary library;
        QVERIFY(library.open(db, &error));
        QCOMPARE(noteOn(library, 53), QStringLiteral("old"));

        // A damaged copy is refused and nothing changes.
        QFile bad(path(QStringLiteral("bad.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a database");
        bad.close();
        QVERIFY(!StudyLibrary::restore(bad.fileName(), db, &error));
    }

    // `--db notes.txt` given by mistake, or another program's database: refused with
    // a clear message, and the file stays byte for byte as it was.
    void aFileThatIsNotAStudyDatabaseIsLeftAsItWas_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QByteArray text("My notes about caching.\n");
        text += QByteArray(70 * 1024, 'x'); // as large as a database, so size tells nothing
        QTest::newRow("text") << text << QStringLiteral("not an SQLite database");
        QTest::newRow("another program's SQLite") << QByteArray() << QStringLiteral("not those of a study database");
        QTest::newRow("SQLite marked as another program's")
            << QByteArray("app-id") << QStringLiteral("another program's");
        QTest::newRow("SQLite with only a view")
            << QByteArray("view") << QStringLiteral("not those of a study database");
    }

    void aFileThatIsNotAStudyDatabaseIsLeftAsItWas()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString db = path(QStringLiteral("notes.txt"));
        if (content.isEmpty() || content == "app-id" || content == "view") {
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                other.setDatabaseName(db);
                QVERIFY(other.open());
                QSqlQuery query(other);
                if (content == "view") {
                    QVERIFY(query.exec(QStringLiteral("CREATE VIEW answer AS SELECT 42")));
                    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
                } else {
                    QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
                    QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes VALUES ('bread')")));
                }
                if (content == "app-id")
                    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1234")));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QFile original(db);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        for (const auto access : {StudyLibrary::Access::Exclusive, StudyLibrary::Access::Shared}) {
            StudyLibrary library;
            QString error;
            QVERIFY(!library.open(db, &error, {access, {}}));
            QVERIFY2(error.contains(db) && error.contains(QStringLiteral("is not a study database"))
                         && error.contains(expected),
                     qPrintable(error));
        }
        QString error;
        QVERIFY(!StudyLibrary::restore(path(QStringLiteral("notes.txt")), path(QStringLiteral("x.sqlite")), &error));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("notes.txt*")}, QDir::Files | QDir::Dirs),
                 QStringList {QStringLiteral("notes.txt")});
    }

    // Errors that are not damage are reported as what they are; nothing is moved.
    void aFileThatCannotBeReadIsNotTakenForDamage()
    {
        const QString folderGiven = path(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkpath(folderGiven));
        StudyLibrary library;
        QString error;
        QVERIFY(!library.open(folderGiven, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
        QVERIFY(QFileInfo(folderGiven).isDir());
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("folder.sqlite.*")}, QDir::AllEntries),
                 QStringList {QStringLiteral("folder.sqlite.lock")}); // nothing moved aside
    }

    void aDatabaseLockedByAnotherProgramIsNotTakenForDamage()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(db, &error));
            QVERIFY(writeNote(library, 53, QStringLiteral("mine")));
        }
        {
            // Another program (sqlite3, say) holds an exclusive lock.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(query.exec(QStringLiteral("UPDATE notes SET text = text")));

            StudyLibrary library;
            QString error;
            QVERIFY(!library.open(db, &error));
            QVERIFY2(error.contains(QStringLiteral("locked by another program")), qPrintable(error));
            QCOMPARE(databaseFiles(QStringLiteral("study.sqlite.*")),
                     QStringList {QStringLiteral("study.sqlite.lock")}); // nothing moved aside
            query.exec(QStringLiteral("ROLLBACK"));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(db, &error), qPrintable(error));
        QCOMPARE(noteOn(library, 53), QStringLiteral("mine"));
    }

    // Two databases backed up into one folder: each one's rotation and recovery
    // see only its own backups.
    void aSharedBackupFolderKeepsEachDatabasesBackupsApart()
    {
        const QString folder = path(QStringLiteral("shared-backups"));
        const QString mine = path(QStringLiteral("mine.sqlite"));
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(mine, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(library, 53, QStringLiteral("my note")));
            QVERIFY(BackupManager(folder).backUp(library.database(), &error));
            QSqlQuery(library.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        {
            StudyLibrary other;
            QString error;
            QVERIFY(
                other.open(path(QStringLiteral("other.sqlite")), &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(other, 53, QStringLiteral("someone else's note")));
            for (int i = 0; i < BackupManager::kRecentToKeep + 2; ++i) {
                QVERIFY2(BackupManager(folder).backUp(other.database(), &error), qPrintable(error));
                QTest::qWait(2); // distinct stamps
            }
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1 + BackupManager::kRecentToKeep);

        damage(mine);
        leaveLockBehind(mine);
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(mine, &error, {StudyLibrary::Access::Exclusive, folder}), qPrintable(error));
        QVERIFY2(library.recoveryReport().contains(QStringLiteral("was restored")),
                 qPrintable(library.recoveryReport()));
        QCOMPARE(noteOn(library, 53), QStringLiteral("my note"));
    }

    // A copy of another database renamed to look like this one's backup is not restored.
    void recoveryChecksTheIdInsideTheBackup()
    {
        const QString folder = path(QStringLiteral("backups"));
        const QString mine = path(QStringLiteral("mine.sqlite"));
        QString myId, error;
        {
            StudyLibrary library;
            QVERIFY(library.open(mine, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(library, 53, QStringLiteral("my note")));
            myId = library.database().identity();
            QSqlQuery(library.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        {
            StudyLibrary other;
            QVERIFY(
                other.open(path(QStringLiteral("other.sqlite")), &error, {StudyLibrary::Access::Exclusive, folder}));
            const auto backup = BackupManager(folder).backUp(other.database(), &error);
            QVERIFY(backup);
            QVERIFY(QFile::rename(
                *backup, QDir(folder).filePath(BackupManager::fileName(myId, QDateTime::currentDateTimeUtc()))));
        }
        damage(mine);
        StudyLibrary::askForFullCheck(mine);
        StudyLibrary library;
        QVERIFY2(library.open(mine, &error, {StudyLibrary::Access::Exclusive, folder}), qPrintable(error));
        QVERIFY2(library.recoveryReport().contains(QStringLiteral("no good backup")),
                 qPrintable(library.recoveryReport()));
    }

    // The clock was once a day ahead: the backup made then must not stay "newest".
    void aBackupStampedInTheFutureDoesNotStayNewest()
    {
        const QString folder = path(QStringLiteral("backups"));
        const QString db = path(QStringLiteral("study.sqlite"));
        StudyLibrary library;
        QString error;
        QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
        const QString id = library.database().identity();
        QVERIFY(writeNote(library, 53, QStringLiteral("when the clock was ahead")));
        BackupManager backups(folder);
        const auto early = backups.backUp(library.database(), &error);
        QVERIFY(early);
        const QString future
            = QDir(folder).filePath(BackupManager::fileName(id, QDateTime::currentDateTimeUtc().addDays(1)));
        QVERIFY(QFile::rename(*early, future));

        QVERIFY(writeNote(library, 53, QStringLiteral("today")));
        const auto today = backups.backUp(library.database(), &error);
        QVERIFY(today);
        QCOMPARE(backups.backups(id).first(), *today);
        QCOMPARE(backups.newestHealthy(id), today);
        for (int i = 0; i < BackupManager::kRecentToKeep; ++i) {
            QTest::qWait(2);
            QVERIFY(backups.backUp(library.database(), &error));
        }
        QVERIFY(!QFile::exists(future)); // rotated away as the oldest
    }

    // The database file is gone but its old -wal is still there: restoring must not
    // replay that WAL into the restored copy.
    void restoreSetsAStaleWalAsideEvenWithoutTheFile()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        const QString folder = path(QStringLiteral("backups"));
        QString backup, error;
        QByteArray staleWal;
        {
            StudyLibrary library;
            QVERIFY(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}));
            QVERIFY(writeNote(library, 53, QStringLiteral("in the backup")));
            backup = *BackupManager(folder).backUp(library.database(), &error);
            QSqlQuery(library.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(writeNote(library, 53, QStringLiteral("only in the old WAL")));
            QFile wal(db + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::ReadOnly));
            staleWal = wal.readAll();
            QVERIFY(!staleWal.isEmpty());
        }
        QVERIFY(QFile::remove(db));
        QFile::remove(db + QStringLiteral("-shm"));
        QFile wal(db + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(staleWal);
        wal.close();

        QVERIFY2(StudyLibrary::restore(backup, db, &error), qPrintable(error));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
        StudyLibrary library;
        QVERIFY2(library.open(db, &error), qPrintable(error));
        QCOMPARE(noteOn(library, 53), QStringLiteral("in the backup"));
    }

    // Reading commands never write: beside a window of an older version (schema 6,
    // holding the lock) a reader neither migrates nor imports; alone, it sets the
    // file up only after taking the writer's lock, and lets it go again.
    void readersWriteNothingWithoutTheLock()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        {
            Database old;
            QString error;
            QVERIFY2(old.open(db, &error, 6), qPrintable(error));
        }
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            QLockFile window(db + QStringLiteral(".lock"));
            QVERIFY(window.tryLock(0));
            StudyLibrary reader;
            QString error;
            QVERIFY(!reader.open(db, &error, {StudyLibrary::Access::Shared, {}}));
            QVERIFY2(error.contains(QStringLiteral("needs setting up for this version")), qPrintable(error));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        StudyLibrary reader;
        QString error;
        QVERIFY2(reader.open(db, &error, {StudyLibrary::Access::Shared, {}}), qPrintable(error));
        QCOMPARE(reader.database().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(reader.questions().outline().size(), 780);
        QLockFile writer(db + QStringLiteral(".lock"));
        QVERIFY(writer.tryLock(0)); // the reader let the lock go

        // Set up now: a second reader opens it read-only, beside the writer.
        StudyLibrary second;
        QVERIFY2(second.open(db, &error, {StudyLibrary::Access::Shared, {}}), qPrintable(error));
        QSqlQuery write(second.database().connection());
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM bookmarks"))); // a read-only connection
    }

    // A database copied to another file gets an id of its own when opened, so the
    // two never share backups; a database moved keeps its id (and its backups).
    void aCopiedDatabaseGetsItsOwnIdAMovedOneKeepsIt()
    {
        const QString original = path(QStringLiteral("a.sqlite"));
        QString id, error;
        {
            StudyLibrary library;
            QVERIFY(library.open(original, &error));
            id = library.database().identity();
        }
        QVERIFY(QFile::copy(original, path(QStringLiteral("b.sqlite"))));
        {
            StudyLibrary copy;
            QVERIFY2(copy.open(path(QStringLiteral("b.sqlite")), &error), qPrintable(error));
            QVERIFY(!copy.database().identity().isEmpty());
            QVERIFY(copy.database().identity() != id);
        }
        {
            StudyLibrary again;
            QVERIFY(again.open(original, &error));
            QCOMPARE(again.database().identity(), id);
        }
        QVERIFY(QFile::rename(original, path(QStringLiteral("moved.sqlite"))));
        StudyLibrary moved;
        QVERIFY(moved.open(path(QStringLiteral("moved.sqlite")), &error));
        QCOMPARE(moved.database().identity(), id);
    }

    // Backups made before ids existed still save a damaged database, from a folder
    // that holds no other database's backups.
    void aBackupMadeBeforeIdsStillRecovers()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        const QString folder = path(QStringLiteral("backups"));
        {
            Database old;
            QString error;
            QVERIFY(old.open(db, &error, 6));
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (question_id, text, updated_at) VALUES ('q-x', 'from "
                                              "the old days', '2026-11-01T00:00:00.000Z')")));
            QVERIFY(QDir().mkpath(folder));
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(QDir(folder).filePath(QStringLiteral("study-20261130-120000-000.sqlite")));
            QVERIFY(query.exec());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x)")));
            for (int i = 0; i < 50; ++i)
                query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(4096))"));
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        damage(db);
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}), qPrintable(error));
        QVERIFY2(library.recoveryReport().contains(QStringLiteral("was restored")),
                 qPrintable(library.recoveryReport()));
        QCOMPARE(library.notes().get(QStringLiteral("q-x"))->text, QStringLiteral("from the old days"));
    }

    // A reading command that finds the file needs setting up checks it as the
    // writer does: a damaged one is recovered, never migrated in place.
    void aReaderNeverWritesIntoADamagedFile()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        {
            Database old;
            QString error;
            QVERIFY(old.open(db, &error, 6));
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x)")));
            for (int i = 0; i < 50; ++i)
                query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(4096))"));
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        damage(db);
        StudyLibrary reader;
        QString error;
        QVERIFY2(reader.open(db, &error, {StudyLibrary::Access::Shared, {}}), qPrintable(error));
        QVERIFY2(reader.recoveryReport().contains(QStringLiteral("damaged")), qPrintable(reader.recoveryReport()));
        QCOMPARE(databaseFiles(QStringLiteral("study.sqlite.damaged-*")).size(), 1);
    }

    void aSecondWriterIsKeptOut()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        StudyLibrary first;
        QString error;
        QVERIFY(first.open(db, &error));
        StudyLibrary second;
        QVERIFY(!second.open(db, &error));
        QVERIFY2(error.contains(QStringLiteral("open in another System Design Study (process %1)")
                                    .arg(QCoreApplication::applicationPid())),
                 qPrintable(error));
        QCOMPARE(second.lockHolder(), QCoreApplication::applicationPid());
        // Readers are welcome.
        StudyLibrary reader;
        QVERIFY(reader.open(db, &error, {StudyLibrary::Access::Shared, {}}));
        QCOMPARE(reader.questions().outline().size(), 780);
    }

    void aLockLeftByAProcessKilledWhileMakingItIsTakenOver()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        QFile lock(db + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly)); // empty: its maker died before writing its name
        lock.close();
        {
            StudyLibrary library;
            QString error;
            QVERIFY(!library.open(db, &error)); // it might still be writing it
            QVERIFY2(error.contains(QStringLiteral("being opened by another")), qPrintable(error));
        }
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
        lock.close();
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(db, &error), qPrintable(error));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
