// Backups, their rotation, recovery from a damaged file, restore, and the lock
// that keeps a second writer out.

#include "backupmanager.h"
#include "studylibrary.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

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
        files.removeIf([](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
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
        QCOMPARE(backups.backups(), QStringList{*file});
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
        QVERIFY(problem.contains(QStringLiteral("not a System Design Study database")));
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
            QFile f(QDir(folder).filePath(QStringLiteral("study-%1.sqlite").arg(t.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QDateTime yesterday = now.addDays(-1);
        QFile old(QDir(folder).filePath(QStringLiteral("study-%1.sqlite").arg(yesterday.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();

        BackupManager backups(folder, 2);
        backups.rotate(now);
        const QStringList kept = backups.backups();
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
                QFile f(QDir(folder).filePath(QStringLiteral("study-%1.sqlite").arg(t.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))));
                QVERIFY(f.open(QIODevice::WriteOnly));
            }
        }
        BackupManager backups(folder);
        backups.rotate(now);
        const QStringList kept = backups.backups();
        QSet<QString> days;
        for (const QString &file : kept)
            days.insert(QFileInfo(file).fileName().mid(6, 8));
        // The newest five, one for each of the other recent days, and one a week back to four weeks.
        QVERIFY(kept.first().contains(QStringLiteral("20261128-090000")));
        QVERIFY(kept.size() >= BackupManager::kRecentToKeep + 4 && kept.size() <= 5 + 7 + 4);
        for (int day = 0; day < 7; ++day)
            QVERIFY2(days.contains(now.addDays(-day).toString(QStringLiteral("yyyyMMdd"))), qPrintable(QString::number(day)));
        QVERIFY(!days.contains(now.addDays(-30).toString(QStringLiteral("yyyyMMdd"))));
        // Rotation is stable: running it again removes nothing more.
        backups.rotate(now);
        QCOMPARE(backups.backups(), kept);
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

        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(db, &error, {StudyLibrary::Access::Exclusive, folder}), qPrintable(error));
        const QString report = library.recoveryReport();
        QVERIFY2(report.contains(QStringLiteral("damaged")) && report.contains(QStringLiteral("backup")), qPrintable(report));
        const QStringList aside = databaseFiles(QStringLiteral("study.sqlite.damaged-*"));
        QCOMPARE(aside.size(), 1);
        QVERIFY(report.contains(path(aside.first())));
        QCOMPARE(noteOn(library, 53), QStringLiteral("saved before the backup"));
        QCOMPARE(noteOn(library, 257), QString());
        QCOMPARE(library.questions().outline().size(), 780);
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

    void aSecondWriterIsKeptOut()
    {
        const QString db = path(QStringLiteral("study.sqlite"));
        StudyLibrary first;
        QString error;
        QVERIFY(first.open(db, &error));
        StudyLibrary second;
        QVERIFY(!second.open(db, &error));
        QVERIFY2(error.contains(QStringLiteral("open in another System Design Study (process %1)").arg(QCoreApplication::applicationPid())),
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
