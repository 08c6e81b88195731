#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

class QSplitter;
class QUndoStack;

namespace sdstudy::core {
struct QuestionRecord;
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::diagrams {
class RelatedLinks;
} // namespace sdstudy::diagrams

namespace sdstudy::widgets {

class BackupScheduler;
class BookmarkActions;
class ConceptActions;
class DiagramDock;
class BankActions;
class WhiteboardWindow;
class ExchangeActions;
class HelpDialog;
class NavigatorPane;
class NotesPane;
class QuestionHistory;
class QuestionView;
class SchedulerFitter;
class StudyLauncher;

// The study window: topics, bookmarks, notes and search on the left; the
// question, its answer and the person's note on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(core::StudyLibrary &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a question (a phrasing folded into its concept selects the concept's entry).
    // Says whether the question exists.
    bool openQuestion(const QString &id);
    QString currentQuestionId() const;

    // Bookmark state of a question: a flag key ("" for none), or nullopt if not bookmarked.
    // Changes go through the window's undo stack.
    void changeBookmark(const QString &questionId, const std::optional<QString> &state);
    QUndoStack *undoStack() const { return m_undoStack; }

    // Everything a quit must keep, without asking anything: the note being written,
    // the quit backup, the window's layout. For a logout, a shutdown or SIGTERM.
    void saveForShutdown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum Page { TopicsPage, BookmarksPage, NotesPage, DiagramsPage };

    void createActions(); // one function per menu:
    void createFileMenu();
    void createEditMenu();
    void createBookmarksMenu();
    void createStudyMenu();
    void createGoMenu();
    void createViewMenu();
    void createHelpMenu();
    void showTopicMenu(const QString &topic, const QPoint &globalPosition);
    void followBankChanges();
    void showConceptChanges();
    const diagrams::RelatedLinks &relatedLinks();
    void showPage(const core::QuestionRecord &question);
    void deleteNote();
    // The whiteboard window, for the question on show.
    void openWhiteboard();
    void editPreferences();
    void printSheet(const QString &topic);
    void chooseDiagram(const QString &name);
    void showHelp(int page);
    // Each view brought up to date with what LibraryChanges announced.
    void showBookmarkChanges();
    void showNoteChanges(const QStringList &questionIds);
    void fitNotesPane(bool compact);
    void sittingChanged(bool sitting);
    void hideAnswersWhileStudying(bool sitting);
    void restoreSettings();
    void saveSettings() const;
    void backUpAndSaveSettings();

    core::StudyLibrary &m_library;
    NavigatorPane *m_navigator;
    QuestionView *m_questionView;
    QuestionHistory *m_history;
    QString m_studiedAway; // the question on show before a sitting hid it
    DiagramDock *m_diagramDock;
    int m_notesRoom = 0;          // the note's height before it folded to one line
    HelpDialog *m_help = nullptr; // made when first asked for
    NotesPane *m_notesPane;
    WhiteboardWindow *m_whiteboard = nullptr; // made when first asked for
    QAction *m_openWhiteboard;
    QSplitter *m_splitter;
    QSplitter *m_questionSplitter;
    QUndoStack *m_undoStack;
    BackupScheduler *m_backups;
    StudyLauncher *m_launcher;
    BookmarkActions *m_bookmarks;
    ConceptActions *m_concepts;
    std::unique_ptr<diagrams::RelatedLinks> m_relatedLinks; // made on first use
    ExchangeActions *m_exchange;
    BankActions *m_banks;
    SchedulerFitter *m_fitter;   // fits the scheduler to the person's answers, in the background
    QString m_questionGoneSince; // the question on show when its bank was removed
};

} // namespace sdstudy::widgets
