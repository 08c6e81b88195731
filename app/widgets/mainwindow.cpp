#include "mainwindow.h"

#include "backupscheduler.h"
#include "backupsettings.h"
#include "bookmarkicons.h"
#include "collectionviews.h"
#include "abouttext.h"
#include "diagramcatalog.h"
#include "exchangeactions.h"
#include "helpdialog.h"
#include "diagramlist.h"
#include "diagrampanel.h"
#include "flags.h"
#include "itemdatarole.h"
#include "notespane.h"
#include "preferencesdialog.h"
#include "printsheetdialog.h"
#include "questionview.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"
#include "studylauncher.h"
#include "studylibrary.h"
#include "theme.h"
#include "topictreemodel.h"
#include "usercommands.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int kSearchLimit = 200;
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kQuestionSplitterKey = QStringLiteral("window/questionSplitter");
const QString kLastQuestionKey = QStringLiteral("study/lastQuestion");
const QString kWelcomedKey = QStringLiteral("window/welcomed");
const QString kEveryPhrasingKey = QStringLiteral("view/everyPhrasing");

QString questionIdAt(const QModelIndex &index)
{
    return index.data(ItemDataRole::QuestionId).toString();
}
} // namespace

MainWindow::MainWindow(StudyLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_treeModel(new TopicTreeModel(this))
    , m_resultsModel(new SearchResultsModel(this))
    , m_searchBox(new QLineEdit)
    , m_pages(new QTabBar)
    , m_navigator(new QStackedWidget)
    , m_tree(new QTreeView)
    , m_bookmarksView(new BookmarksView)
    , m_notesView(new NotesListView)
    , m_results(new QListView)
    , m_questionView(new QuestionView)
    , m_diagramList(new DiagramList)
    , m_diagramPanel(new DiagramPanel)
    , m_diagramDock(new QDockWidget(tr("Diagram")))
    , m_notesPane(new NotesPane(library.notes(), library.attachments()))
    , m_splitter(new QSplitter)
    , m_questionSplitter(new QSplitter(Qt::Vertical))
    , m_undoStack(new QUndoStack(this))
    , m_backups(new BackupScheduler(library.database(), library.backupFolder(), BackupSettings::load().recentToKeep, this))
    , m_launcher(new StudyLauncher(library, this,
                                   {[this] { m_notesPane->saveNow(); }, [this] { return currentQuestionId(); }}))
    , m_exchange(new ExchangeActions(library, *m_backups, this,
                                     {[this] { m_notesPane->saveNow(); },
                                      [this](const QString &message) { statusBar()->showMessage(message); }}))
{
    setWindowTitle(tr("System Design Study"));
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_questionView->setObjectName(QStringLiteral("questionView"));
    m_bookmarksView->setObjectName(QStringLiteral("bookmarksView"));
    m_notesView->setObjectName(QStringLiteral("notesView"));
    m_notesPane->setObjectName(QStringLiteral("notesPane"));
    m_pages->setObjectName(QStringLiteral("pages"));

    m_searchBox->setPlaceholderText(tr("Search, e.g. cache flag:hard (Ctrl+F)"));
    m_searchBox->setToolTip(tr("Words search titles, answers and your notes.\n"
                               "Filters: is:bookmarked, flag:hard, flag:review, flag:favourite, has:note, topic:caching"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->installEventFilter(this); // Up and Down walk the results while typing
    m_searchBox->setAccessibleName(tr("Search"));

    m_pages->addTab(tr("Topics"));
    m_pages->addTab(tr("Bookmarks"));
    m_pages->addTab(tr("Notes"));
    m_pages->addTab(tr("Diagrams"));
    m_pages->setExpanding(false);
    m_pages->setDrawBase(false);

    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Topics"));
    m_results->setModel(m_resultsModel);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_navigator->addWidget(m_tree);
    m_navigator->addWidget(m_bookmarksView);
    m_navigator->addWidget(m_notesView);
    m_navigator->addWidget(m_results);
    m_navigator->addWidget(m_diagramList);
    connect(m_diagramList, &DiagramList::diagramChosen, this, &MainWindow::chooseDiagram);

    m_diagramDock->setObjectName(QStringLiteral("diagramDock"));
    m_diagramDock->setWidget(m_diagramPanel);
    m_diagramDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                               | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_diagramDock);
    connect(m_diagramPanel, &DiagramPanel::questionRequested, this, &MainWindow::openQuestion);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_searchBox);
    leftLayout->addWidget(m_pages);
    leftLayout->addWidget(m_navigator);

    m_questionView->setAccessibleName(tr("Question"));
    auto *questionArea = new QWidget;
    auto *questionLayout = new QVBoxLayout(questionArea);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->setSpacing(0);
    questionLayout->addWidget(makeWelcomeBar());
    questionLayout->addWidget(m_questionView, 1);
    m_questionSplitter->addWidget(questionArea);
    m_questionSplitter->addWidget(m_notesPane);
    m_questionSplitter->setStretchFactor(0, 3);
    m_questionSplitter->setStretchFactor(1, 2);
    m_questionSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_questionSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{m_tree, m_bookmarksView, m_notesView, m_results}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
            const QString id = questionIdAt(index);
            // A folded phrasing already on show keeps its page when its concept's entry is selected.
            if (!id.isEmpty() && m_treeModel->indexOfQuestion(currentQuestionId()) != index)
                openQuestion(id);
        });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { showContextMenu(view, position); });
    }
    // Views rebuilt from scratch keep no selection model connections: reconnect after reset.
    connect(m_results, &QListView::activated, this, [this] { m_questionView->setFocus(); });
    connect(m_pages, &QTabBar::currentChanged, this, &MainWindow::showPage);
    connect(m_searchBox, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::openFirstResult);
    connect(m_questionView, &QuestionView::questionLinkActivated, this, [this](const QString &reference) {
        if (const auto id = m_library.questions().resolve(reference))
            openQuestion(*id);
    });
    // What changed reaches every view from here, whoever wrote it: this window, undo,
    // an import, a study sitting.
    const LibraryChanges &changes = m_library.database().changes();
    connect(&changes, &LibraryChanges::bookmarksChanged, this, &MainWindow::showBookmarkChanges);
    connect(&changes, &LibraryChanges::notesChanged, this, &MainWindow::showNoteChanges);
    connect(&changes, &LibraryChanges::banksChanged, this, &MainWindow::reloadOutline);
    connect(m_backups, &BackupScheduler::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Backup failed: %1").arg(error));
    });

    createActions();
    m_treeModel->setBookmarks(m_library.bookmarks().flagsById());
    reloadOutline();
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
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferences"));

    QMenu *bookmarks = menuBar()->addMenu(tr("&Bookmarks"));
    m_bookmarkAction = bookmarks->addAction(tr("&Bookmark"), this, &MainWindow::toggleBookmark);
    m_bookmarkAction->setObjectName(QStringLiteral("toggleBookmark"));
    m_bookmarkAction->setCheckable(true);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmarkAction->setIcon(BookmarkIcons::forFlag(QString()));
    int key = Qt::Key_1;
    for (const Flag &flag : Flags::all()) {
        QAction *action = bookmarks->addAction(BookmarkIcons::forFlag(flag.key), tr("Flag as %1").arg(flag.name));
        action->setObjectName(QStringLiteral("flag-") + flag.key);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(action, &QAction::triggered, this, [this, key = flag.key] { toggleFlag(key); });
        m_flagActions.append(action);
    }
    bookmarks->addSeparator();
    m_bookmarkedOnlyAction = bookmarks->addAction(tr("Show Bookmarked &Only"));
    m_bookmarkedOnlyAction->setObjectName(QStringLiteral("bookmarkedOnly"));
    m_bookmarkedOnlyAction->setCheckable(true);
    m_bookmarkedOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_bookmarkedOnlyAction, &QAction::toggled, this, [this](bool only) {
        m_treeModel->setBookmarkedOnly(only);
        m_tree->expandAll();
        showCounts();
        if (!currentQuestionId().isEmpty())
            openQuestion(currentQuestionId());
    });

    QMenu *study = menuBar()->addMenu(tr("&Study"));
    QToolBar *toolBar = addToolBar(tr("Study"));
    toolBar->setObjectName(QStringLiteral("studyToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    m_launcher->addActionsTo(study, toolBar);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *find = go->addAction(tr("&Search"), this, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *next = go->addAction(tr("&Next Question"), this, [this] { stepQuestion(+1); });
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F8)});
    QAction *previous = go->addAction(tr("&Previous Question"), this, [this] { stepQuestion(-1); });
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    QAction *topics = go->addAction(tr("Back to &Topics"), this, &MainWindow::leaveSearch);
    topics->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction *note = go->addAction(tr("&Write Note"), this, [this] {
        m_notesPane->showPreview(false);
        m_notesPane->editor()->setFocus();
    });
    // Not Ctrl+E: line edits take it for "end of line" on X11.
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *diagrams = m_diagramDock->toggleViewAction();
    diagrams->setText(tr("&Diagram Panel"));
    diagrams->setShortcut(QKeySequence(Qt::Key_F9));
    diagrams->setObjectName(QStringLiteral("toggleDiagramPanel"));
    view->addAction(diagrams);
    view->addSeparator();
    QAction *every = view->addAction(tr("Show &Every Phrasing"));
    every->setObjectName(QStringLiteral("showEveryPhrasing"));
    every->setCheckable(true);
    every->setToolTip(tr("List paraphrased repeats of a question separately instead of once per concept"));
    connect(every, &QAction::toggled, this, &MainWindow::setShowEveryPhrasing);
    QAction *preview = view->addAction(tr("Note &Preview"));
    preview->setCheckable(true);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(preview, &QAction::toggled, m_notesPane, &NotesPane::showPreview);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { showHelp(HelpDialog::GuidePage); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuide"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showHelp(HelpDialog::ShortcutsPage); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    help->addSeparator();
    help->addAction(tr("&About System Design Study"), this, [this] { AboutText::show(this, m_library); });
}

QWidget *MainWindow::makeWelcomeBar()
{
    // Shown until dismissed: the few keys that make the app quick to use.
    auto *bar = new QFrame;
    bar->setObjectName(QStringLiteral("welcomeBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    auto *text = new QLabel(tr("<b>Welcome.</b> Ctrl+F searches, Alt+Down walks the questions, Ctrl+D bookmarks, "
                               "F5 starts studying, F9 shows the diagrams, F1 opens the guide."));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *close = new QToolButton;
    close->setText(tr("Got it"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Hide the welcome"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(text, 1);
    layout->addWidget(close);
    bar->setVisible(!QSettings().value(kWelcomedKey, false).toBool());
    connect(close, &QToolButton::clicked, bar, [bar] {
        QSettings().setValue(kWelcomedKey, true);
        bar->hide();
    });
    return bar;
}

void MainWindow::showHelp(int page)
{
    if (!m_help)
        m_help = new HelpDialog(menuBar(), this);
    m_help->showPage(HelpDialog::Page(page));
    m_help->show();
    m_help->raise();
}

QMenu *MainWindow::bookmarkMenuFor(const QString &questionId)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto state = m_library.bookmarks().flagOf(questionId);
    QAction *bookmark = menu->addAction(BookmarkIcons::forFlag(QString()), tr("Bookmark"));
    bookmark->setCheckable(true);
    bookmark->setChecked(state.has_value());
    connect(bookmark, &QAction::triggered, this, [this, questionId, state] {
        changeBookmark(questionId, state ? std::nullopt : std::optional<QString>(QString()));
    });
    for (const Flag &flag : Flags::all()) {
        QAction *action = menu->addAction(BookmarkIcons::forFlag(flag.key), tr("Flag as %1").arg(flag.name));
        action->setCheckable(true);
        action->setChecked(state == flag.key);
        connect(action, &QAction::triggered, this, [this, questionId, state, key = flag.key] {
            changeBookmark(questionId, state == key ? std::nullopt : std::optional<QString>(key));
        });
    }
    return menu;
}

void MainWindow::showContextMenu(QAbstractItemView *view, const QPoint &position)
{
    const QModelIndex index = view->indexAt(position);
    const QString id = questionIdAt(index);
    if (!id.isEmpty()) {
        bookmarkMenuFor(id)->popup(view->viewport()->mapToGlobal(position));
        return;
    }
    // A topic or subtopic row: print its sheet.
    if (view == m_tree && index.isValid()) {
        QModelIndex topic = index;
        while (topic.isValid() && topic.data(ItemDataRole::TopicName).toString().isEmpty())
            topic = topic.parent();
        const QString name = topic.data(ItemDataRole::TopicName).toString();
        if (name.isEmpty())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Study “%1”…").arg(name), this, [this, name] { m_launcher->chooseSession(name); });
        menu->addAction(tr("Print “%1”…").arg(name), this, [this, name] { printSheet(name); });
        menu->popup(view->viewport()->mapToGlobal(position));
    }
}

void MainWindow::changeBookmark(const QString &questionId, const std::optional<QString> &state)
{
    const auto before = m_library.bookmarks().flagOf(questionId);
    if (before == state)
        return;
    m_undoStack->push(new ChangeBookmarkCommand(m_library.bookmarks(), questionId, before, state, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Bookmark Not Saved"), tr("The bookmark could not be saved:\n%1").arg(error));
    }));
}

void MainWindow::toggleBookmark()
{
    const QString id = currentQuestionId();
    if (id.isEmpty())
        return;
    changeBookmark(id, m_library.bookmarks().flagOf(id) ? std::nullopt : std::optional<QString>(QString()));
}

void MainWindow::toggleFlag(const QString &flagKey)
{
    const QString id = currentQuestionId();
    if (id.isEmpty())
        return;
    changeBookmark(id, m_library.bookmarks().flagOf(id) == flagKey ? std::nullopt : std::optional<QString>(flagKey));
}

void MainWindow::showBookmarkChanges()
{
    const auto flags = m_library.bookmarks().flagsById();
    const QString current = currentQuestionId();
    m_treeModel->setBookmarks(flags);
    m_tree->expandToDepth(m_treeModel->showsBookmarkedOnly() ? 3 : 0);
    m_resultsModel->setBookmarks(flags);
    m_bookmarksView->setBookmarks(m_library.bookmarks().all());
    rerunSearch(); // is:bookmarked and flag: results follow
    updateBookmarkActions();
    if (!current.isEmpty())
        openQuestion(current);
}

void MainWindow::showNoteChanges(const QStringList &questionIds)
{
    if (questionIds.contains(currentQuestionId()))
        m_notesPane->noteChangedElsewhere();
    if (m_navigator->currentWidget() == m_notesView)
        m_notesView->setNotes(m_library.notes().all());
    rerunSearch(); // has:note results and words found in notes follow
}

void MainWindow::rerunSearch()
{
    if (!m_searchBox->text().trimmed().isEmpty())
        runSearch(m_searchBox->text());
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
    const QString search = m_navigator->currentWidget() == m_results ? m_searchBox->text() : QString();
    PrintSheetDialog(m_library, current, search, this).exec();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(BackupManager::defaultFolder(m_library.database().path()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Theme and study settings apply themselves; these belong to this window's parts.
    const BackupSettings backups = BackupSettings::load();
    m_backups->setPolicy(backups.folderFor(m_library.database().path()), backups.recentToKeep);
    m_notesPane->setAutosave(NotesPane::savedAutosave());
}

void MainWindow::updateBookmarkActions()
{
    const auto state = m_library.bookmarks().flagOf(currentQuestionId());
    m_bookmarkAction->setChecked(state.has_value());
    for (qsizetype i = 0; i < m_flagActions.size(); ++i)
        m_flagActions[i]->setChecked(state == Flags::all().at(i).key);
}

void MainWindow::showPage(int page)
{
    if (!m_searchBox->text().trimmed().isEmpty())
        m_searchBox->clear();
    switch (page) {
    case BookmarksPage:
        m_bookmarksView->setBookmarks(m_library.bookmarks().all());
        m_navigator->setCurrentWidget(m_bookmarksView);
        break;
    case NotesPage:
        m_notesPane->saveNow();
        m_notesView->setNotes(m_library.notes().all());
        m_navigator->setCurrentWidget(m_notesView);
        break;
    case DiagramsPage:
        m_navigator->setCurrentWidget(m_diagramList);
        m_diagramDock->show();
        break;
    default:
        m_navigator->setCurrentWidget(m_tree);
        if (!currentQuestionId().isEmpty())
            openQuestion(currentQuestionId());
        break;
    }
}

void MainWindow::chooseDiagram(const QString &name)
{
    const DiagramFile *file = DiagramCatalog::bundled().find(name);
    if (!file)
        return;
    // The question the diagram explains beside it, then the diagram itself.
    for (const QString &id : file->questions) {
        if (m_library.questions().question(id)) {
            openQuestion(id);
            break;
        }
    }
    m_diagramPanel->showDiagram(name);
    m_diagramDock->show();
}

void MainWindow::reloadOutline()
{
    const QString current = currentQuestionId();
    m_treeModel->setOutline(m_library.questions().outline());
    m_tree->expandToDepth(0);
    showCounts();
    if (!current.isEmpty())
        openQuestion(current);
}

void MainWindow::showCounts()
{
    statusBar()->showMessage(m_treeModel->showsEveryPhrasing()
                                 ? tr("Questions: %1").arg(m_treeModel->questionCount())
                                 : tr("Concepts: %1 (paraphrased repeats folded)").arg(m_treeModel->questionCount()));
}

void MainWindow::setShowEveryPhrasing(bool show)
{
    const QString current = currentQuestionId();
    m_treeModel->setShowEveryPhrasing(show);
    m_tree->expandToDepth(0);
    showCounts();
    runSearch(m_searchBox->text());
    if (!current.isEmpty())
        openQuestion(current);
}

QString MainWindow::currentQuestionId() const
{
    return m_questionView->questionId();
}

void MainWindow::openQuestion(const QString &id)
{
    const auto question = m_library.questions().question(id);
    if (!question)
        return;
    if (m_questionView->questionId() != id) {
        m_questionView->showQuestion(*question);
        m_notesPane->setQuestion(id);
        m_diagramPanel->showForQuestion(m_library.questions().phrasingsOf(question->conceptId));
        // Saved at once, not on quit, so a crash or kill keeps the place too.
        QSettings().setValue(kLastQuestionKey, id);
    }
    updateBookmarkActions();
    if (m_navigator->currentWidget() == m_tree) {
        const QModelIndex index = m_treeModel->indexOfQuestion(id);
        if (index.isValid() && m_tree->currentIndex() != index) {
            m_tree->scrollTo(index);
            m_tree->setCurrentIndex(index);
        }
    }
}

void MainWindow::runSearch(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        showPage(m_pages->currentIndex());
        return;
    }
    const bool fold = !m_treeModel->showsEveryPhrasing();
    m_resultsModel->setHits(m_library.search().search(text, kSearchLimit), fold);
    m_resultsModel->setBookmarks(m_library.bookmarks().flagsById());
    m_navigator->setCurrentWidget(m_results);
    const int count = m_resultsModel->rowCount();
    statusBar()->showMessage(count == 0 ? tr("No questions match “%1”").arg(text.trimmed())
                                        : tr("Matches: %1").arg(count));
}

void MainWindow::openFirstResult()
{
    if (m_navigator->currentWidget() != m_results || m_resultsModel->rowCount() == 0)
        return;
    const QModelIndex current = m_results->currentIndex();
    const QModelIndex target = current.isValid() ? current : m_resultsModel->index(0, 0);
    m_results->setCurrentIndex(target);
    openQuestion(questionIdAt(target));
}

void MainWindow::leaveSearch()
{
    const QString current = currentQuestionId();
    m_searchBox->clear();
    m_pages->setCurrentIndex(TopicsPage);
    showPage(TopicsPage);
    if (!current.isEmpty())
        openQuestion(current);
    m_tree->setFocus();
}

void MainWindow::stepQuestion(int delta)
{
    auto *list = qobject_cast<QAbstractItemView *>(m_navigator->currentWidget());
    if (list && list != m_tree) {
        // Walk the visible rows that stand for questions (group rows are skipped).
        QModelIndex index = list->currentIndex();
        QAbstractItemModel *model = list->model();
        QList<QModelIndex> rows;
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (!questionIdAt(i).isEmpty())
                    rows.append(i);
                collect(i);
            }
        };
        collect({});
        if (rows.isEmpty())
            return;
        const qsizetype at = rows.indexOf(index);
        const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + delta, 0, rows.size() - 1);
        list->setCurrentIndex(rows.at(next));
        return;
    }
    const QStringList order = m_treeModel->questionOrder();
    if (order.isEmpty())
        return;
    const QModelIndex current = m_treeModel->indexOfQuestion(currentQuestionId());
    const qsizetype at = current.isValid() ? order.indexOf(questionIdAt(current)) : -1;
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + delta, 0, order.size() - 1);
    openQuestion(order.at(next));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 780);
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_diagramDock}, {width() * 2 / 5}, Qt::Horizontal); // room for a readable diagram
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({380, 800});
    if (!m_questionSplitter->restoreState(settings.value(kQuestionSplitterKey).toByteArray()))
        m_questionSplitter->setSizes({460, 320});
    if (settings.value(kEveryPhrasingKey, false).toBool())
        findChild<QAction *>(QStringLiteral("showEveryPhrasing"))->setChecked(true);

    const QString last = settings.value(kLastQuestionKey).toString();
    const auto id = m_library.questions().question(last) ? std::optional<QString>(last)
                                                          : m_library.questions().resolve(QStringLiteral("1"));
    if (id)
        openQuestion(*id);
    else
        m_questionView->showPlaceholder(tr("Choose a question on the left."));
    m_tree->setFocus();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kQuestionSplitterKey, m_questionSplitter->saveState());
    settings.setValue(kEveryPhrasingKey, m_treeModel->showsEveryPhrasing());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchBox && event->type() == QEvent::KeyPress && m_navigator->currentWidget() == m_results) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            stepQuestion(key == Qt::Key_Down ? +1 : -1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
