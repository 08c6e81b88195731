#pragma once

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class BackupScheduler;

// The File menu's exchanges with the world outside the database: importing a
// bank, Anki cards or progress; exporting notes, cards or progress; backing up.
// Each reads or writes one file the person chose and says what it did; what an
// import changes reaches the window's views through LibraryChanges.
class ExchangeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeActions)

public:
    struct Hooks
    {
        std::function<void()> saveNote;                    // what is being typed, before anything comes in
        std::function<void(const QString &)> showStatus;   // a line in the status bar
        std::function<void(const QString &)> openQuestion; // by stable id
    };

    ExchangeActions(core::StudyLibrary &library, BackupScheduler &backups, QWidget *window, Hooks hooks);

    // The menu's groups, in the order the File menu shows them.
    void addBankAndNotesTo(QMenu *menu);
    void addCardsAndProgressTo(QMenu *menu);
    void addBackupsTo(QMenu *menu);

private:
    void importBank();
    void exportNotes();
    void exportAnki();
    void importAnki();
    void exportProgress();
    void importProgress();
    void backUpNow();
    void chooseBackupFolder();
    bool writeFile(const QString &path, const QByteArray &content);
    // The file's bytes, or nullopt (cancelled, or refused with a message).
    std::optional<QByteArray> readFile(const QString &path, qint64 mostBytes);

    core::StudyLibrary &m_library;
    BackupScheduler &m_backups;
    QWidget *m_window;
    Hooks m_hooks;
};

} // namespace sdstudy::widgets
