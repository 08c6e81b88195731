#include "widgets/mainwindow.h"

#include "core/backupsettings.h"
#include "core/flags.h"
#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/relatedlinks.h"
#include "widgets/abouttext.h"
#include "widgets/backupscheduler.h"
#include "widgets/bankactions.h"
#include "widgets/bookmarkactions.h"
#include "widgets/conceptactions.h"
#include "widgets/diagramdock.h"
#include "widgets/diagrampanel.h"
#include "widgets/exchangeactions.h"
#include "widgets/helpdialog.h"
#include "widgets/navigatorpane.h"
#include "widgets/notespane.h"
#include "widgets/preferencesdialog.h"
#include "widgets/printsheetdialog.h"
#include "widgets/questionhistory.h"
#include "widgets/questionview.h"
#include "widgets/schedulerfitter.h"
#include "widgets/studylauncher.h"
#include "widgets/theme.h"
#include "widgets/usercommands.h"
#include "widgets/welcomebar.h"
#include "widgets/whiteboardwindow.h"
#include "widgets/windowsize.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kQuestionSplitterKey = QStringLiteral("window/questionSplitter");
const QString kLastQuestionKey = QStringLiteral("study/lastQuestion");
const QString kEveryPhrasingKey = QStringLiteral("view/everyPhrasing");

} // namespace

MainWindow::MainWindow(core::StudyLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_navigator(new NavigatorPane(library, [this] { m_notesPane->saveNow(); }))
    , m_questionView(new QuestionView)
    , m_history(new QuestionHistory(this, [this](const QString &id) { return openQuestion(id); }))
    , m_diagramDock(new DiagramDock)
    , m_notesPane(new NotesPane(library.notes(), library.attachments()))
    , m_splitter(new QSplitter)
    , m_questionSplitter(new QSplitter(Qt::Vertical))
    , m_undoStack(new QUndoStack(this))
    , m_backups(new BackupScheduler(library.database(), library.backupFolder(),
                                    core::BackupSettings::load().recentToKeep, this))
    , m_launcher(new StudyLauncher(library, this,
                                   {[this] { m_notesPane->saveNow(); }, [this] { return currentQuestionId(); },
                                    [this](const QString &id) { openQuestion(id); },
                                    [this](bool sitting) { sittingChanged(sitting); }}))
    , m_bookmarks(new BookmarkActions(library, *m_undoStack, this,
                                      {[this] { return currentQuestionId(); },
                                       [this](const QString &message) { statusBar()->showMessage(message); }}))
    , m_concepts(new ConceptActions(library, *m_undoStack, this,
                                    {[this] { return currentQuestionId(); },
                                     [this](const QString &message) { statusBar()->showMessage(message); }}))
    , m_exchange(new ExchangeActions(library, *m_backups, this,
                                     {[this] { m_notesPane->saveNow(); },
                                      [this](const QString &message) { statusBar()->showMessage(message); },
                                      [this](const QString &id) { openQuestion(id); }}))
    , m_banks(new BankActions(library, *m_undoStack, this,
                              [this](const QString &message) { statusBar()->showMessage(message); }))
    , m_fitter(new SchedulerFitter(library, this))
{
    setWindowTitle(tr("System Design Study"));
    m_questionView->setObjectName(QStringLiteral("questionView"));
    m_questionView->setAttachmentSource(library.attachments().reader()); // an Anki package's pictures
    m_notesPane->setObjectName(QStringLiteral("notesPane"));
    connect(m_navigator, &NavigatorPane::questionChosen, this, &MainWindow::openQuestion);
    connect(m_navigator, &NavigatorPane::questionActivated, m_questionView, qOverload<>(&QWidget::setFocus));
    connect(m_navigator, &NavigatorPane::diagramChosen, this, &MainWindow::chooseDiagram);
    connect(m_navigator, &NavigatorPane::diagramsPageShown, m_diagramDock, &DiagramDock::showAsked);
    connect(m_navigator, &NavigatorPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_navigator, &NavigatorPane::questionMenuRequested, this,
            [this](const QString &id, const QPoint &position) { m_bookmarks->menuFor(id)->popup(position); });
    connect(m_navigator, &NavigatorPane::topicMenuRequested, this, &MainWindow::showTopicMenu);
    connect(m_navigator, &NavigatorPane::bankMenuRequested, m_banks, &BankActions::showMenu);

    addDockWidget(Qt::RightDockWidgetArea, m_diagramDock);
    connect(m_diagramDock->panel(), &DiagramPanel::questionRequested, this, &MainWindow::openQuestion);

    m_questionView->setAccessibleName(tr("Question"));
    auto *questionArea = new QWidget;
    auto *questionLayout = new QVBoxLayout(questionArea);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->setSpacing(0);
    questionLayout->addWidget(new WelcomeBar);
    questionLayout->addWidget(m_questionView, 1);
    m_questionSplitter->addWidget(questionArea);
    m_questionSplitter->addWidget(m_notesPane);
    m_questionSplitter->setStretchFactor(0, 3);
    m_questionSplitter->setStretchFactor(1, 2);
    m_questionSplitter->setChildrenCollapsible(false);
    connect(m_notesPane, &NotesPane::compactChanged, this, &MainWindow::fitNotesPane);
    m_notesPane->setFoldsWhenEmpty(true);
    m_openWhiteboard = new QAction(QIcon::fromTheme(QStringLiteral("draw-freehand")), tr("W&hiteboard…"), this);
    m_openWhiteboard->setObjectName(QStringLiteral("openWhiteboard"));
    m_openWhiteboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_openWhiteboard->setToolTip(tr("Sketch this question's architecture on a whiteboard and compare it with the "
                                    "reference (Ctrl+Shift+W)"));
    connect(m_openWhiteboard, &QAction::triggered, this, &MainWindow::openWhiteboard);
    m_notesPane->addHeaderAction(m_openWhiteboard);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_questionSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_questionView, &QuestionView::bookmarkChipClicked, this,
            [this] { m_bookmarks->menuFor(currentQuestionId())->popup(QCursor::pos()); });
    connect(m_questionView, &QuestionView::splitRequested, m_concepts, &ConceptActions::splitCurrent);
    connect(m_questionView, &QuestionView::joinRequested, m_concepts, &ConceptActions::joinCurrent);
    connect(m_questionView, &QuestionView::questionLinkActivated, this, [this](const QString &reference) {
        if (const auto id = m_library.questions().resolve(reference))
            openQuestion(*id);
    });
    // What changed reaches every view from here, whoever wrote it: this window, undo,
    // an import, a study sitting.
    const core::LibraryChanges &changes = m_library.database().changes();
    connect(&changes, &core::LibraryChanges::bookmarksChanged, this, &MainWindow::showBookmarkChanges);
    connect(&changes, &core::LibraryChanges::notesChanged, this, &MainWindow::showNoteChanges);
    connect(&changes, &core::LibraryChanges::banksChanged, m_navigator, &NavigatorPane::reloadOutline);
    connect(&changes, &core::LibraryChanges::banksChanged, this, &MainWindow::followBankChanges);
    // A split or a join changes the tree's entries, the page's links and the counts.
    connect(&changes, &core::LibraryChanges::conceptsChanged, this, &MainWindow::showConceptChanges);
    connect(m_backups, &BackupScheduler::failed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Backup failed: %1").arg(error)); });

    connect(m_fitter, &SchedulerFitter::finished, this, [this](const QString &error) {
        if (error.isEmpty() && m_fitter->fittedInUse())
            statusBar()->showMessage(tr("The scheduler now uses parameters fitted to your answers (see Preferences)."));
    });
    // Long after the first paint: a fit that is due runs in the background.
    QTimer::singleShot(std::chrono::seconds(20), m_fitter, &SchedulerFitter::fitIfDue);

    createActions();
    m_navigator->reloadOutline();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Child widgets outlive this body: the notes pane's last save, announced by the
    // database, must not call back into a window that is half gone.
    disconnect(&m_library.database().changes(), nullptr, this, nullptr);
    disconnect(m_notesPane, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createBookmarksMenu();
    createStudyMenu();
    createGoMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exchange->addBankAndNotesTo(file);
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print Topic Sheet…"), this, [this] { printSheet(QString()); });
    print->setShortcut(QKeySequence::Print);
    print->setIcon(Theme::icon(QStringLiteral("document-print")));
    m_exchange->addCardsAndProgressTo(file);
    file->addSeparator();
    m_exchange->addBackupsTo(file);
    file->addSeparator();
    QAction *quit
        = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *saveNote = edit->addAction(tr("&Save Note"), this, [this] { m_notesPane->saveNow(); });
    saveNote->setShortcut(QKeySequence::Save);
    saveNote->setObjectName(QStringLiteral("saveNote"));
    QAction *deleteNote = edit->addAction(tr("&Delete Note"), this, &MainWindow::deleteNote);
    deleteNote->setObjectName(QStringLiteral("deleteNote"));
    edit->addSeparator();
    m_concepts->addTo(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferences"));
}

void MainWindow::createBookmarksMenu()
{
    m_bookmarks->addTo(menuBar()->addMenu(tr("&Bookmarks")));
    connect(m_bookmarks->bookmarkedOnlyAction(), &QAction::toggled, m_navigator, &NavigatorPane::setBookmarkedOnly);
}

void MainWindow::createStudyMenu()
{
    QMenu *study = menuBar()->addMenu(tr("&Study"));
    QToolBar *toolBar = addToolBar(tr("Study"));
    toolBar->setObjectName(QStringLiteral("studyToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    m_launcher->addActionsTo(study, toolBar);
}

void MainWindow::createGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_history->addTo(go);
    go->addSeparator();
    QAction *find = go->addAction(tr("&Search"), m_navigator, &NavigatorPane::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *next = go->addAction(tr("&Next Question"), this, [this] { m_navigator->stepQuestion(+1); });
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F8)});
    QAction *previous = go->addAction(tr("&Previous Question"), this, [this] { m_navigator->stepQuestion(-1); });
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    QAction *topics = go->addAction(tr("Back to &Topics"), m_navigator, &NavigatorPane::leaveSearch);
    topics->setShortcut(QKeySequence(Qt::Key_Escape));
    go->addAction(m_openWhiteboard);
    QAction *note = go->addAction(tr("&Write Note"), this, [this] { m_notesPane->startWriting(); });
    // Not Ctrl+E: line edits take it for "end of line" on X11.
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_diagramDock->toggleViewAction());
    view->addSeparator();
    QAction *every = view->addAction(tr("Show &Every Phrasing"));
    every->setObjectName(QStringLiteral("showEveryPhrasing"));
    every->setCheckable(true);
    every->setToolTip(tr("List paraphrased repeats of a question separately instead of once per concept"));
    connect(every, &QAction::toggled, m_navigator, &NavigatorPane::setShowEveryPhrasing);
    QAction *preview = view->addAction(tr("Note &Preview"));
    preview->setCheckable(true);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(preview, &QAction::toggled, m_notesPane, &NotesPane::showPreview);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { showHelp(HelpDialog::GuidePage); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuide"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showHelp(HelpDialog::ShortcutsPage); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    help->addSeparator();
    help->addAction(tr("&About System Design Study"), this, [this] { AboutText::show(this, m_library); });
}

void MainWindow::showHelp(int page)
{
    if (!m_help)
        m_help = new HelpDialog(menuBar(), this);
    m_help->showPage(HelpDialog::Page(page));
    m_help->show();
    m_help->raise();
}

void MainWindow::showTopicMenu(const QString &topic, const QPoint &globalPosition)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // "Caching & CDN" in a menu: a lone & would underline the next letter.
    const QString shown = QString(topic).replace(QLatin1Char('&'), QLatin1String("&&"));
    menu->addAction(tr("Study “%1”…").arg(shown), this, [this, topic] { m_launcher->chooseSession(topic); });
    menu->addAction(tr("Print “%1”…").arg(shown), this, [this, topic] { printSheet(topic); });
    menu->popup(globalPosition);
}

void MainWindow::changeBookmark(const QString &questionId, const std::optional<QString> &state)
{
    m_bookmarks->change(questionId, state);
}

void MainWindow::showBookmarkChanges()
{
    m_questionView->showBookmark(m_library.bookmarks().flagOf(currentQuestionId()));
    m_navigator->showBookmarkChanges();
    m_bookmarks->updateChecks();
}

void MainWindow::showNoteChanges(const QStringList &questionIds)
{
    if (questionIds.contains(currentQuestionId()))
        m_notesPane->noteChangedElsewhere();
    m_navigator->showNoteChanges();
}

void MainWindow::deleteNote()
{
    const QString id = currentQuestionId();
    m_notesPane->saveNow();
    const auto note = m_library.notes().get(id);
    if (!note)
        return;
    DeleteNoteCommand::Hooks hooks;
    hooks.saveEditor = [this] { m_notesPane->saveNow(); };
    hooks.changed = [this](const QString &error, const QString &notice) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Note Not Saved"), tr("The note could not be changed:\n%1").arg(error));
        if (!notice.isEmpty())
            statusBar()->showMessage(notice);
    };
    m_undoStack->push(new DeleteNoteCommand(m_library.notes(), id, note->text, std::move(hooks)));
}

void MainWindow::printSheet(const QString &topic)
{
    m_notesPane->saveNow();
    QString current = topic;
    if (current.isEmpty()) {
        if (const auto question = m_library.questions().question(currentQuestionId()))
            current = question->topic;
    }
    const QString search = m_navigator->searchOnShow();
    PrintSheetDialog(m_library, current, search, this).exec();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(core::BackupManager::defaultFolder(m_library.database().path()), *m_fitter, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Theme and study settings apply themselves; these belong to this window's parts.
    const core::BackupSettings backups = core::BackupSettings::load();
    m_backups->setPolicy(backups.folderFor(m_library.database().path()), backups.recentToKeep);
    m_notesPane->setAutosave(NotesPane::savedAutosave());
}

void MainWindow::chooseDiagram(const QString &name)
{
    const diagrams::DiagramFile *file = diagrams::DiagramCatalog::bundled().find(name);
    if (!file)
        return;
    // The question the diagram explains beside it, then the diagram itself. The
    // question changes in plain view: the status bar says so, and Back returns.
    const QString before = currentQuestionId();
    for (const QString &id : file->questions) {
        if (openQuestion(id))
            break;
    }
    m_diagramDock->showDiagram(name);
    if (const auto question = m_library.questions().question(currentQuestionId()); question && question->id != before) {
        const QString back = QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText);
        statusBar()->showMessage(
            tr("Showing #%1, the question this diagram explains (Back, %2, returns)").arg(question->reference(), back));
    }
}

void MainWindow::openWhiteboard()
{
    const QString id = currentQuestionId();
    if (id.isEmpty() || !m_library.questions().question(id))
        return;
    if (!m_whiteboard)
        m_whiteboard = new WhiteboardWindow(m_library, this);
    m_whiteboard->setQuestion(id);
    m_whiteboard->show();
    m_whiteboard->raise();
    m_whiteboard->activateWindow();
}

QString MainWindow::currentQuestionId() const
{
    return m_studiedAway.isEmpty() ? m_questionView->questionId() : m_studiedAway;
}

// A sitting's window does not cover this one everywhere: the answer and its
// diagram on show here would give the sitting's questions away.
void MainWindow::sittingChanged(bool sitting)
{
    hideAnswersWhileStudying(sitting);
    // A sitting keeps the same scheduler from start to end; after it the log has
    // grown, so fit again if that is due.
    m_fitter->setSitting(sitting);
    if (!sitting)
        m_fitter->fitIfDue();
}

void MainWindow::hideAnswersWhileStudying(bool sitting)
{
    m_openWhiteboard->setEnabled(!sitting);
    if (sitting) {
        // A sitting has its own board; the reference here would give answers away.
        if (m_whiteboard)
            m_whiteboard->close();
        m_studiedAway = m_questionView->questionId();
        m_questionView->showPlaceholder(tr("Studying: the answers are out of sight until the session ends."));
        m_diagramDock->showForQuestion({});
        return;
    }
    const QString back = std::exchange(m_studiedAway, QString());
    if (!back.isEmpty())
        openQuestion(back);
}

bool MainWindow::openQuestion(const QString &id)
{
    const auto question = m_library.questions().question(id);
    if (!question)
        return false;
    if (m_questionView->questionId() != id) {
        showPage(*question);
        m_notesPane->setQuestion(id);
        if (m_whiteboard && m_whiteboard->isVisible())
            m_whiteboard->setQuestion(id);
        // Saved at once, not on quit, so a crash or kill keeps the place too.
        QSettings().setValue(kLastQuestionKey, id);
    }
    m_history->visit(id);
    m_bookmarks->updateChecks();
    m_concepts->updateEnabled();
    m_navigator->followQuestion(id);
    return true;
}

// The page shows the concept as it is now: its other phrasings and its related
// questions; the diagrams follow its phrasings.
void MainWindow::showConceptChanges()
{
    // The tree's rows are made anew: the keyboard stays where it was (not on the
    // toolbar, where Space would start a session).
    const QPointer<QWidget> focused = QApplication::focusWidget();
    m_navigator->showConceptChanges();
    if (focused)
        focused->setFocus();
    const QString shown = m_questionView->questionId();
    const auto question = m_library.questions().question(shown);
    if (!question)
        return;
    const int scrolled = m_questionView->verticalScrollBar()->value();
    showPage(*question);
    m_questionView->verticalScrollBar()->setValue(scrolled);
    m_concepts->updateEnabled();
}

// A question's page and the diagrams of its concept.
void MainWindow::showPage(const core::QuestionRecord &question)
{
    m_questionView->showQuestion(question, m_library.bookmarks().flagOf(question.id), relatedLinks().of(question));
    m_diagramDock->showForQuestion(m_library.questions().phrasingsOf(question.conceptId));
}

// One for the session: the words' rarity and the answers it has read are kept
// between pages; a bank imported or removed changes both.
const diagrams::RelatedLinks &MainWindow::relatedLinks()
{
    if (!m_relatedLinks)
        m_relatedLinks = std::make_unique<diagrams::RelatedLinks>(m_library);
    return *m_relatedLinks;
}

// A bank removed from under the page: the page says so and its note is put away
// (saved first), so nothing is typed into a question that is gone; the bank's
// return (undo, a new import) brings the page back.
void MainWindow::followBankChanges()
{
    m_relatedLinks.reset();
    const QString shown = m_questionView->questionId();
    if (!shown.isEmpty() && !m_library.questions().question(shown)) {
        m_notesPane->setQuestion(QString());
        m_diagramDock->showForQuestion({});
        m_questionView->showPlaceholder(tr("This question's bank was removed. Edit > Undo brings it back."));
        m_questionGoneSince = shown;
    } else if (!m_questionGoneSince.isEmpty() && m_library.questions().question(m_questionGoneSince)) {
        openQuestion(std::exchange(m_questionGoneSince, QString()));
    }
}

// The answer gets the room when the question has no diagram: the panel steps aside
// and comes back with the next question that has one, unless the person closed it.
// A floating panel stays where the person put it.
// An empty note is one line ("Add a Note"), so the answer gets the height; it
// gets its room back, as the person last left it, once a note is written.
void MainWindow::fitNotesPane(bool compact)
{
    const QList<int> sizes = m_questionSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return; // not laid out yet: restoreSettings sets the sizes
    if (compact) {
        m_notesRoom = sizes.value(1);
        const int line = m_notesPane->minimumSizeHint().height();
        m_questionSplitter->setSizes({total - line, line});
    } else {
        const int room = m_notesRoom >= 120 ? m_notesRoom : total * 2 / 5;
        m_questionSplitter->setSizes({total - room, room});
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        WindowSize::fitToScreen(this, QSize(1180, 780));
    // First start: the answer keeps the most room; on a small screen the list (as
    // wide as its tabs) and the diagram take less of it.
    constexpr int kRoomyWidth = 1100;
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_diagramDock}, {width() * (width() < kRoomyWidth ? 3 : 4) / 10}, Qt::Horizontal);
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({std::max(m_navigator->sizeHint().width(), std::min(width() * 30 / 100, 380)), 800});
    if (!m_questionSplitter->restoreState(settings.value(kQuestionSplitterKey).toByteArray()))
        m_questionSplitter->setSizes({460, 320});
    // The question opened below may fold an empty note, once the window is laid out.
    QTimer::singleShot(0, this, [this] {
        if (m_notesPane->isCompact())
            fitNotesPane(true);
    });
    if (settings.value(kEveryPhrasingKey, false).toBool())
        findChild<QAction *>(QStringLiteral("showEveryPhrasing"))->setChecked(true);

    const QString last = settings.value(kLastQuestionKey).toString();
    const auto id = m_library.questions().question(last) ? std::optional<QString>(last)
                                                         : m_library.questions().resolve(QStringLiteral("1"));
    if (id)
        openQuestion(*id);
    else
        m_questionView->showPlaceholder(tr("Choose a question on the left."));
    m_navigator->tree()->setFocus();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kQuestionSplitterKey, m_questionSplitter->saveState());
    settings.setValue(kEveryPhrasingKey, m_navigator->showsEveryPhrasing());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_notesPane->saveNow()) {
        const auto answer = QMessageBox::warning(
            this, tr("Note Not Saved"),
            tr("Your note could not be saved:\n%1\n\nIf you quit now, the text you typed since the last save is lost.")
                .arg(m_notesPane->statusText()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    backUpAndSaveSettings();
    event->accept();
}

void MainWindow::saveForShutdown()
{
    if (!m_notesPane->saveNow())
        qWarning("the note could not be saved on shutdown: %s", qPrintable(m_notesPane->statusText()));
    backUpAndSaveSettings();
}

void MainWindow::backUpAndSaveSettings()
{
    if (const QString error = m_backups->backUpIfChanged(); !error.isEmpty())
        qWarning("backup on quit failed: %s", qPrintable(error));
    saveSettings();
}

} // namespace sdstudy::widgets
