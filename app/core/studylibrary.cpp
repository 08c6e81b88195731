#include "core/studylibrary.h"

#include "core/backupmanager.h"
#include "core/bundledbank.h"
#include "core/databasefilecheck.h"
#include "core/fsrsfitstore.h"
#include "core/inputfile.h"
#include "core/interviewstore.h"
#include "core/topicrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sdstudy::core {

namespace {

// Beside the database: the next start must read it whole first.
const QString kFullCheckSuffix = QStringLiteral(".check");

// The translation context of this file's texts, as lupdate reads it.
struct StudyLibraryText
{
    Q_DECLARE_TR_FUNCTIONS(StudyLibrary)
};

const QStringList kCompanionSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// A lock file is written in one go as it is made; one still unreadable after this
// long was left by a process killed in between.
constexpr qint64 kUnreadableLockMs = 1000;

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Moves the database file and its WAL companions to `target` (+ the same suffixes).
bool moveDatabase(const QString &from, const QString &target)
{
    bool moved = true;
    for (const QString &suffix : kCompanionSuffixes) {
        if (QFile::exists(from + suffix))
            moved = QFile::rename(from + suffix, target + suffix) && moved;
    }
    return moved;
}

// Copies under a temporary name, then renames: the database is never half a file.
bool copyIntoPlace(const QString &from, const QString &databasePath)
{
    const QString partial = databasePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (QFile::copy(from, partial) && QFile::rename(partial, databasePath))
        return true;
    QFile::remove(partial);
    return false;
}

} // namespace

StudyLibrary::StudyLibrary()
    : m_questions(m_database)
    , m_search(m_database)
    , m_banks(m_database)
    , m_bookmarks(m_database)
    , m_notes(m_database)
    , m_mockAttempts(m_database)
    , m_sketches(m_database)
    , m_drills(m_database)
    , m_attachments(m_database)
    , m_reviews(m_database, m_scheduler)
{ }

StudyLibrary::~StudyLibrary() = default;

QuizPlanner StudyLibrary::planner()
{
    QuizPlanner planner(m_database, m_reviews);
    if (const auto interview = InterviewStore(m_database).next(QDate::currentDate()))
        planner.prepareFor(*interview, m_scheduler);
    return planner;
}

void StudyLibrary::setSchedulerParameters(FsrsScheduler::Parameters parameters)
{
    parameters.w = FsrsFitStore(m_database).weightsInUse();
    m_scheduler = FsrsScheduler(parameters);
}

BankImporter::Source StudyLibrary::bundledBank()
{
    QFile file(QStringLiteral(":/banks/system-design.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The bundled question bank is missing from the binary");
    // Named by its own title; filed by the topic rules, which know it best.
    return BankImporter::Source {
        BundledBank::kKey, {}, QStringLiteral("system-design.md"), file.readAll(), std::nullopt, false, false};
}

bool StudyLibrary::takeLock(const QString &databasePath, QString *error)
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    const QString lockPath = databasePath + QStringLiteral(".lock");
    // A lock left behind: the last session was killed or crashed, maybe mid-write.
    const bool leftBehind = QFile::exists(lockPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // only a live process holds it; a killed one's lock is stale at once
    if (m_lock->tryLock(0)) {
        m_uncleanEnd = leftBehind;
        return true;
    }
    QString host, application;
    if (!m_lock->getLockInfo(&m_lockHolder, &host, &application)) {
        // A lock file with no owner in it: its process was killed while writing it.
        // Qt cannot tell it is stale, so once it is clearly not being written, drop it.
        const QFileInfo lock(lockPath);
        if (lock.lastModified().msecsTo(QDateTime::currentDateTime()) >= kUnreadableLockMs
            && m_lock->removeStaleLockFile() && m_lock->tryLock(0)) {
            m_uncleanEnd = true;
            return true;
        }
    }
    *error = m_lockHolder != 0
        ? StudyLibraryText::tr(
              "%1 is open in another System Design Study (process %2). Close that one first, or use it.")
              .arg(databasePath)
              .arg(m_lockHolder)
        : StudyLibraryText::tr("%1 is being opened by another System Design Study right now. Try again in a moment.")
              .arg(databasePath);
    m_lock.reset();
    return false;
}

void StudyLibrary::askForFullCheck(const QString &databasePath)
{
    QFile marker(databasePath + kFullCheckSuffix);
    if (marker.open(QIODevice::WriteOnly))
        marker.write("quick_check found the file damaged after a start; the next start recovers it\n");
}

bool StudyLibrary::checkFile(const QString &databasePath, Access access, QString *error, bool readWhole)
{
    // Only the writer reads the whole file, and before opening it only when the
    // last session may have left it half-written; a clean start opens at once and
    // the window reads it whole after its first paint.
    const QString fullCheckAsked = databasePath + kFullCheckSuffix;
    const bool whole = access == Access::Exclusive && (readWhole || m_uncleanEnd || QFile::exists(fullCheckAsked));
    const auto depth = whole ? DatabaseFileCheck::Depth::Integrity : DatabaseFileCheck::Depth::Owner;
    const auto check = DatabaseFileCheck::examine(databasePath, depth);
    m_checkedWholeFile = m_checkedWholeFile || whole;
    if (whole && check.verdict != DatabaseFileCheck::Verdict::Busy)
        QFile::remove(fullCheckAsked);
    if (const QString refusal = DatabaseFileCheck::refusal(databasePath, check); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (check.verdict == DatabaseFileCheck::Verdict::Damaged && access == Access::Exclusive)
        recoverDamaged(databasePath, check);
    return true;
}

void StudyLibrary::recoverDamaged(const QString &databasePath, const DatabaseFileCheck::Result &check)
{
    const QString aside = databasePath + QStringLiteral(".damaged-") + stamp();
    if (!moveDatabase(databasePath, aside)) {
        m_recoveryReport = StudyLibraryText::tr("The study database %1 is damaged (%2) and could not be moved aside.")
                               .arg(databasePath, check.detail);
        return;
    }
    // Only a copy of this very database: a shared backup folder holds others' too.
    const BackupManager backups(m_backupFolder);
    auto backup = backups.newestHealthy(check.databaseId);
    if (!backup)
        backup = backups.newestHealthyWithoutId(check.databaseId); // one made before backups had ids
    if (backup && copyIntoPlace(*backup, databasePath)) {
        m_recoveryReport
            = StudyLibraryText::tr("The study database was damaged (%1). It was moved to %2 and the backup of %3 "
                                   "was restored: changes made after that backup are only in the damaged file.")
                  .arg(check.detail, aside,
                       QFileInfo(*backup).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    } else {
        m_recoveryReport
            = StudyLibraryText::tr(
                  "The study database was damaged (%1) and there is no good backup of it. It was moved to %2 "
                  "and a new database was started; your earlier bookmarks and notes are in the damaged file.")
                  .arg(check.detail, aside);
    }
}

bool StudyLibrary::open(const QString &databasePath, QString *error)
{
    return open(databasePath, error, Options());
}

bool StudyLibrary::open(const QString &databasePath, QString *error, const Options &options)
{
    m_backupFolder = options.backupFolder.isEmpty() ? BackupManager::defaultFolder(databasePath) : options.backupFolder;
    if (options.access == Access::Exclusive)
        return takeLock(databasePath, error)
            && checkFile(databasePath, options.access, error,
                         DatabaseFileCheck::schemaVersion(databasePath) != Database::kSchemaVersion)
            && openAsWriter(databasePath, error);

    // A reader never writes: it reads a file that is set up for this version, and
    // sets one up (creates, migrates, imports the bundled bank) only as the writer
    // would, holding the lock.
    if (!checkFile(databasePath, options.access, error))
        return false;
    QString notReady;
    if (QFile::exists(databasePath) && m_database.openReadOnly(databasePath, &notReady)
        && BankImporter(m_database, TopicRules::bundled()).isCurrent(bundledBank()))
        return true;
    m_database.close();
    if (!takeLock(databasePath, error)) {
        if (m_lockHolder != 0)
            *error = StudyLibraryText::tr(
                         "%1 needs setting up for this version of the app, and another System Design Study "
                         "(process %2) has it open. Close that one first.")
                         .arg(databasePath)
                         .arg(m_lockHolder);
        return false;
    }
    // As the writer now: a damaged file is recovered first, never written into.
    const bool ready = checkFile(databasePath, Access::Exclusive, error, true) && openAsWriter(databasePath, error);
    m_lock.reset(); // set up: from here on this only reads
    return ready;
}

bool StudyLibrary::openAsWriter(const QString &databasePath, QString *error)
{
    if (!m_database.open(databasePath, error) || !m_database.claimIdentity(error))
        return false;
    const auto outcome = BankImporter(m_database, TopicRules::bundled()).import(bundledBank());
    if (!outcome.error.isEmpty()) {
        *error = outcome.error;
        return false;
    }
    return true;
}

std::optional<BankImporter::Source> StudyLibrary::bankSource(const QString &path, const ImportChoices &choices,
                                                             QString *error)
{
    const auto content = InputFile::read(path, BankImporter::kMostBytes, error);
    if (!content)
        return std::nullopt;
    const QFileInfo info(path);
    if (info.completeBaseName() == BundledBank::kKey) {
        *error = StudyLibraryText::tr("%1: the name \"%2\" is taken by the bundled bank; rename the file")
                     .arg(path, info.completeBaseName());
        return std::nullopt;
    }
    const QString source = info.absoluteFilePath();
    const QString key = importer().keyForSource(source, info.completeBaseName());
    return BankImporter::Source {key, choices.name.simplified(), source, *content, choices.shape};
}

BankImporter::Outcome StudyLibrary::importFile(const QString &path, const ImportChoices &choices)
{
    QString error;
    const auto source = bankSource(path, choices, &error);
    if (!source)
        return BankImporter::Outcome {false, 0, error, {}};
    return importer().import(*source);
}

BankImporter::Outcome StudyLibrary::restoreBank(const BankImporter::Source &source)
{
    // A bank imported since under the same key is the person's newer choice.
    if (m_banks.bank(source.key)) {
        return BankImporter::Outcome {
            false,
            0,
            StudyLibraryText::tr("a bank \u201c%1\u201d was imported since; the removed one was not brought back")
                .arg(source.key),
            {}};
    }
    if (source.content.isEmpty())
        return BankImporter::Outcome {false, 0, StudyLibraryText::tr("the removed bank's text was not kept"), {}};
    return importer().import(source);
}

std::optional<QString> StudyLibrary::restore(const QString &backup, const QString &databasePath, QString *error)
{
    QString problem;
    if (!QFile::exists(backup)) {
        *error = StudyLibraryText::tr("%1: no such file").arg(backup);
        return std::nullopt;
    }
    if (!BackupManager::isHealthy(backup, &problem)) {
        *error = StudyLibraryText::tr("%1 cannot be restored: %2").arg(backup, problem);
        return std::nullopt;
    }
    // A file given by mistake as the database is never moved to make room.
    const auto target = DatabaseFileCheck::examine(databasePath, DatabaseFileCheck::Depth::Owner);
    if (target.verdict == DatabaseFileCheck::Verdict::NotSQLite
        || target.verdict == DatabaseFileCheck::Verdict::OtherSQLite) {
        *error = DatabaseFileCheck::refusal(databasePath, target);
        return std::nullopt;
    }
    QLockFile lock(databasePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        *error
            = StudyLibraryText::tr("%1 is open in another System Design Study (process %2). Close it before restoring.")
                  .arg(databasePath)
                  .arg(pid);
        return std::nullopt;
    }
    // The file and its -wal and -shm go aside together, even with the file itself
    // gone: an old WAL left beside the restored copy would be replayed into it.
    const QString aside = databasePath + QStringLiteral(".before-restore-") + stamp();
    if (!moveDatabase(databasePath, aside)) {
        *error = StudyLibraryText::tr("%1: cannot move the current database aside").arg(databasePath);
        return std::nullopt;
    }
    if (!copyIntoPlace(backup, databasePath)) {
        moveDatabase(aside, databasePath);
        *error = StudyLibraryText::tr("%1: cannot copy %2 into place").arg(databasePath, backup);
        return std::nullopt;
    }
    return QFile::exists(aside) ? aside : QString();
}

} // namespace sdstudy::core
