#pragma once

#include "core/attachmentstore.h"
#include "core/bankimporter.h"
#include "core/bankstore.h"
#include "core/bookmarkstore.h"
#include "core/database.h"
#include "core/databasefilecheck.h"
#include "core/drillstore.h"
#include "core/mockattemptstore.h"
#include "core/notestore.h"
#include "core/questionstore.h"
#include "core/quizplan.h"
#include "core/reviewstore.h"
#include "core/searchengine.h"
#include "core/sketchstore.h"
#include "core/topicrules.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace sdstudy::core {

// The app's data as one object: the database, opened and migrated, with the
// bundled bank imported on first use (and again only when its content changes).
// The window and every command start here.
class StudyLibrary final
{
    Q_DISABLE_COPY_MOVE(StudyLibrary)

public:
    enum class Access {
        Shared,    // reads, beside a window that may have the file open; writes nothing
        Exclusive, // the only writer: takes the lock, and repairs a damaged file
    };

    struct Options
    {
        Access access = Access::Exclusive;
        QString backupFolder; // empty: BackupManager::defaultFolder()
    };

    StudyLibrary();
    ~StudyLibrary();

    // On failure returns false and sets *error to a message for the person.
    bool open(const QString &databasePath, QString *error, const Options &options);
    bool open(const QString &databasePath, QString *error); // exclusive, default backup folder

    // What open() had to do to a damaged file, for the person; empty if nothing.
    QString recoveryReport() const { return m_recoveryReport; }
    // Whether open() read the whole file (quick_check) before opening it: it does
    // only when the last session did not end cleanly (its lock was left behind) or a
    // check after an earlier start asked for it. Otherwise the window checks the
    // file after its first paint (checkInBackground()).
    bool checkedWholeFile() const { return m_checkedWholeFile; }
    // For a check after start that found the file damaged: the next start reads it
    // whole before opening, and recovers it from a backup.
    static void askForFullCheck(const QString &databasePath);
    // The process that holds the file when open() failed for that reason, else 0.
    qint64 lockHolder() const { return m_lockHolder; }

    // How a person wants a file imported; left empty, the file decides.
    struct ImportChoices
    {
        std::optional<BankShape> shape;
        QString name;
    };
    // The bank a file would become, read from disk: its key is the one it had
    // when imported before. Fails with a message naming the file.
    std::optional<BankImporter::Source> bankSource(const QString &path, const ImportChoices &choices, QString *error);
    // Imports another bank from a Markdown or CSV file as a bank of its own.
    BankImporter::Outcome importFile(const QString &path, const ImportChoices &choices = {});
    // Brings back a bank that BankStore::remove() took out, unless another bank has
    // its key by now.
    BankImporter::Outcome restoreBank(const BankImporter::Source &source);
    BankImporter importer() { return BankImporter(m_database, TopicRules::bundled()); }
    BankStore &banks() { return m_banks; }

    Database &database() { return m_database; }
    const QuestionStore &questions() const { return m_questions; }
    const SearchEngine &search() const { return m_search; }
    BookmarkStore &bookmarks() { return m_bookmarks; }
    NoteStore &notes() { return m_notes; }
    MockAttemptStore &mockAttempts() { return m_mockAttempts; }
    SketchStore &sketches() { return m_sketches; }
    DrillStore &drills() { return m_drills; }
    AttachmentStore &attachments() { return m_attachments; }
    ReviewStore &reviews() { return m_reviews; }
    const FsrsScheduler &scheduler() const { return m_scheduler; }
    // Plans sittings; Study Now prepares for the next interview, if one is set.
    QuizPlanner planner();
    // The person's retention, maximum interval and fuzz (see StudySettings), with
    // the model's parameters fitted to their own reviews when those predict better.
    void setSchedulerParameters(FsrsScheduler::Parameters parameters);
    QString backupFolder() const { return m_backupFolder; }

    static BankImporter::Source bundledBank();

    // Puts a backup (or any copy) in place of the database at databasePath, keeping
    // the current file beside it. Fails, changing nothing, if the copy is damaged
    // or the database is open elsewhere. Returns where the old file went.
    static std::optional<QString> restore(const QString &backup, const QString &databasePath, QString *error);

private:
    bool takeLock(const QString &databasePath, QString *error);
    // Opens read-write, migrates and imports the bundled bank if it changed.
    bool openAsWriter(const QString &databasePath, QString *error);
    // Refuses a file that is not a study database; the writer recovers a damaged one.
    // readWhole: the file is about to be set up (migrated, its bank imported), so it
    // is read whole first; a damaged file is never written into.
    bool checkFile(const QString &databasePath, Access access, QString *error, bool readWhole = false);
    void recoverDamaged(const QString &databasePath, const DatabaseFileCheck::Result &check);

    std::unique_ptr<QLockFile> m_lock;
    qint64 m_lockHolder = 0;
    QString m_backupFolder;
    QString m_recoveryReport;
    bool m_uncleanEnd = false; // the last session's lock was left behind
    bool m_checkedWholeFile = false;
    Database m_database;
    QuestionStore m_questions;
    SearchEngine m_search;
    BankStore m_banks;
    BookmarkStore m_bookmarks;
    NoteStore m_notes;
    MockAttemptStore m_mockAttempts;
    SketchStore m_sketches;
    DrillStore m_drills;
    AttachmentStore m_attachments;
    FsrsScheduler m_scheduler;
    ReviewStore m_reviews;
};

} // namespace sdstudy::core
