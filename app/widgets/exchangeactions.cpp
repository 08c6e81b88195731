#include "widgets/exchangeactions.h"

#include "core/backupsettings.h"
#include "core/inputfile.h"
#include "core/progressfile.h"
#include "core/studylibrary.h"
#include "sheets/ankiexchange.h"
#include "widgets/backupscheduler.h"
#include "widgets/importbankdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUrl>

namespace sdstudy::widgets {

ExchangeActions::ExchangeActions(core::StudyLibrary &library, BackupScheduler &backups, QWidget *window, Hooks hooks)
    : QObject(window)
    , m_library(library)
    , m_backups(backups)
    , m_window(window)
    , m_hooks(std::move(hooks))
{ }

void ExchangeActions::addBankAndNotesTo(QMenu *menu)
{
    QAction *import = menu->addAction(tr("&Import Bank…"), this, &ExchangeActions::importBank);
    import->setShortcut(QKeySequence::Open);
    menu->addAction(tr("&Export Notes…"), this, &ExchangeActions::exportNotes);
}

void ExchangeActions::addCardsAndProgressTo(QMenu *menu)
{
    menu->addAction(tr("Export Cards for &Anki…"), this, &ExchangeActions::exportAnki);
    menu->addAction(tr("Import Cards from A&nki…"), this, &ExchangeActions::importAnki);
    menu->addAction(tr("Expor&t Progress…"), this, &ExchangeActions::exportProgress);
    menu->addAction(tr("Import P&rogress…"), this, &ExchangeActions::importProgress);
}

void ExchangeActions::addBackupsTo(QMenu *menu)
{
    menu->addAction(tr("&Back Up Now"), this, &ExchangeActions::backUpNow);
    menu->addAction(tr("Backup &Folder…"), this, &ExchangeActions::chooseBackupFolder);
}

void ExchangeActions::backUpNow()
{
    const QString error = m_backups.backUpNow();
    m_hooks.showStatus(error.isEmpty() ? tr("Backed up to %1").arg(m_backups.folder())
                                       : tr("Backup failed: %1").arg(error));
}

void ExchangeActions::exportNotes()
{
    m_hooks.saveNote();
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export Notes"), tr("notes.md"), tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(core::NoteStore::exportMarkdown(m_library.notes().all()).toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(m_window, tr("Export Failed"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_hooks.showStatus(tr("Notes exported to %1").arg(path));
}

bool ExchangeActions::writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) >= 0 && file.commit())
        return true;
    QMessageBox::warning(m_window, tr("Export Failed"), tr("%1: %2").arg(path, file.errorString()));
    return false;
}

std::optional<QByteArray> ExchangeActions::readFile(const QString &path, qint64 mostBytes)
{
    if (path.isEmpty())
        return std::nullopt; // the person cancelled
    QString error;
    if (auto content = core::InputFile::read(path, mostBytes, &error))
        return content;
    QMessageBox::warning(m_window, tr("Import Failed"), error);
    return std::nullopt;
}

void ExchangeActions::exportAnki()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Cards for Anki"),
                                                      tr("system-design-cards.txt"), tr("Anki text files (*.txt)"));
    if (!path.isEmpty() && writeFile(path, sheets::AnkiExchange::write(m_library)))
        m_hooks.showStatus(tr("Cards written to %1; in Anki: File > Import").arg(path));
}

void ExchangeActions::importAnki()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Cards from Anki"), QString(),
                                                      tr("Anki text files (*.txt *.tsv);;All files (*)"));
    m_hooks.saveNote(); // what is being typed is on disk before anything comes in
    const auto content = readFile(path, sheets::AnkiExchange::kMostBytes);
    if (!content)
        return;
    const auto report = sheets::AnkiExchange::read(*content, path, m_library);
    if (!report.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Failed"), tr("Nothing was imported.\n\n%1").arg(report.error));
        return;
    }
    QMessageBox::information(m_window, tr("Cards Imported"),
                             tr("New cards: %1\nFlags brought back: %2\nAlready here: %3")
                                 .arg(report.added)
                                 .arg(report.flagged)
                                 .arg(report.unchanged));
}

void ExchangeActions::exportProgress()
{
    m_hooks.saveNote();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Progress"), tr("sdstudy-progress.json"),
                                                      tr("Progress files (*.json)"));
    if (!path.isEmpty() && writeFile(path, core::ProgressFile::write(m_library)))
        m_hooks.showStatus(tr("Progress written to %1").arg(path));
}

void ExchangeActions::importProgress()
{
    m_hooks.saveNote();
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Import Progress"), QString(), tr("Progress files (*.json)"));
    const auto content = readFile(path, core::ProgressFile::kMostBytes);
    if (!content)
        return;
    // A merge changes much at once: a backup first, so File > restore can take it back.
    if (const QString error = m_backups.backUpNow(); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Failed"),
                             tr("Nothing was imported: the backup taken before an import failed.\n\n%1").arg(error));
        return;
    }
    const auto report = core::ProgressFile::read(*content, path, m_library);
    if (!report.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Failed"), tr("Nothing was imported.\n\n%1").arg(report.error));
        return;
    }
    QStringList lines = {tr("Added: %1\nUpdated (newer in the file): %2\nAlready here or newer here: %3")
                             .arg(report.added)
                             .arg(report.updated)
                             .arg(report.unchanged)};
    lines += core::ProgressFile::notices(report);
    QMessageBox::information(m_window, tr("Progress Imported"), lines.join(QStringLiteral("\n\n")));
}

void ExchangeActions::chooseBackupFolder()
{
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Backup Folder"));
    box.setText(
        tr("Backups of your bookmarks and notes are kept in:\n%1").arg(QDir::toNativeSeparators(m_backups.folder())));
    box.setInformativeText(tr("One is made on quit and every half hour while you make changes; the last %n, one a "
                              "day for a week and one a week for a month are kept (Preferences > Data).",
                              nullptr, m_backups.recentToKeep()));
    QPushButton *open = box.addButton(tr("&Open Folder"), QMessageBox::ActionRole);
    QPushButton *change = box.addButton(tr("&Change…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open) {
        QDir().mkpath(m_backups.folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_backups.folder()));
    } else if (box.clickedButton() == change) {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Backup Folder"), m_backups.folder());
        if (folder.isEmpty())
            return;
        // The command line reads the same setting, so both back up to one place.
        core::BackupSettings settings = core::BackupSettings::load();
        settings.folder = folder;
        settings.save();
        m_backups.setPolicy(folder, settings.recentToKeep);
        m_hooks.showStatus(tr("Backups now go to %1").arg(QDir::toNativeSeparators(folder)));
    }
}

void ExchangeActions::importBank()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Question Bank"), QString(),
        tr("Question banks (*.md *.markdown *.txt *.csv *.tsv *.apkg);;Markdown files (*.md *.markdown);;"
           "CSV or TSV files (*.csv *.tsv);;Anki packages (*.apkg);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto source = m_library.bankSource(path, {}, &error);
    if (!source) {
        QMessageBox::warning(m_window, tr("Import Failed"), tr("Nothing was imported.\n\n%1").arg(error));
        return;
    }
    ImportBankDialog assistant(m_library, *source, m_window);
    if (assistant.exec() != QDialog::Accepted)
        return;
    const auto outcome = assistant.outcome();
    if (!outcome.changed) {
        m_hooks.showStatus(tr("This bank is already imported; nothing changed."));
        return;
    }
    // The new bank on show, from its first question.
    const QString key = assistant.source().key;
    for (const core::OutlineEntry &entry : m_library.questions().outline()) {
        if (entry.bankKey == key && entry.leadsConcept()) {
            m_hooks.openQuestion(entry.id);
            break;
        }
    }
    // The tree shows concepts: say why it may count fewer than were imported.
    const auto bank = m_library.banks().bank(key);
    const int concepts = bank ? bank->conceptCount : outcome.questionCount;
    m_hooks.showStatus(concepts < outcome.questionCount
                           ? tr("Questions imported: %1, shown as %2 in the tree (repeats fold into one)")
                                 .arg(outcome.questionCount)
                                 .arg(concepts)
                           : tr("Questions imported: %1").arg(outcome.questionCount));
}

} // namespace sdstudy::widgets
