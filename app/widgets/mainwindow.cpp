#include "mainwindow.h"

#include "itemdatarole.h"
#include "questionview.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"
#include "studylibrary.h"
#include "topictreemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kSearchLimit = 200;
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastQuestionKey = QStringLiteral("study/lastQuestion");
const QString kEveryPhrasingKey = QStringLiteral("view/everyPhrasing");
} // namespace

MainWindow::MainWindow(StudyLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_treeModel(new TopicTreeModel(this))
    , m_resultsModel(new SearchResultsModel(this))
    , m_searchBox(new QLineEdit)
    , m_navigator(new QStackedWidget)
    , m_tree(new QTreeView)
    , m_results(new QListView)
    , m_questionView(new QuestionView)
    , m_splitter(new QSplitter)
{
    setWindowTitle(tr("System Design Study"));

    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_questionView->setObjectName(QStringLiteral("questionView"));
    m_searchBox->setPlaceholderText(tr("Search questions and answers (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->installEventFilter(this); // Up and Down walk the results while typing
    m_searchBox->setAccessibleName(tr("Search"));

    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Topics"));
    m_results->setModel(m_resultsModel);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_navigator->addWidget(m_tree);
    m_navigator->addWidget(m_results);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_searchBox);
    leftLayout->addWidget(m_navigator);

    m_questionView->setAccessibleName(tr("Question"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_questionView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString id = index.data(ItemDataRole::QuestionId).toString();
        // A folded phrasing already on show keeps its page when its concept's entry is selected.
        if (!id.isEmpty() && m_treeModel->indexOfQuestion(currentQuestionId()) != index)
            openQuestion(id);
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString id = index.data(ItemDataRole::QuestionId).toString();
        if (!id.isEmpty())
            openQuestion(id);
    });
    connect(m_results, &QListView::activated, this, [this] { m_questionView->setFocus(); });
    connect(m_searchBox, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::openFirstResult);
    connect(m_questionView, &QuestionView::questionLinkActivated, this, [this](const QString &reference) {
        if (const auto id = m_library.questions().resolve(reference))
            openQuestion(*id);
    });

    createActions();
    reloadOutline();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Bank…"), this, &MainWindow::importBank);
    import->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
    topics->setShortcutContext(Qt::WindowShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *every = view->addAction(tr("Show &Every Phrasing"));
    every->setObjectName(QStringLiteral("showEveryPhrasing"));
    every->setCheckable(true);
    every->setToolTip(tr("List paraphrased repeats of a question separately instead of once per concept"));
    connect(every, &QAction::toggled, this, &MainWindow::setShowEveryPhrasing);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About System Design Study"), this, [this] {
        QMessageBox::about(this, tr("About System Design Study"),
                           tr("<h3>System Design Study %1</h3><p>Study system-design interview questions offline.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
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
        // Saved at once, not on quit, so a crash or kill keeps the place too.
        QSettings().setValue(kLastQuestionKey, id);
    }
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
        m_navigator->setCurrentWidget(m_tree);
        return;
    }
    const bool fold = !m_treeModel->showsEveryPhrasing();
    m_resultsModel->setHits(m_library.search().search(text, kSearchLimit), fold);
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
    openQuestion(target.data(ItemDataRole::QuestionId).toString());
}

void MainWindow::leaveSearch()
{
    const QString current = currentQuestionId();
    m_searchBox->clear();
    m_navigator->setCurrentWidget(m_tree);
    if (!current.isEmpty())
        openQuestion(current);
    m_tree->setFocus();
}

void MainWindow::stepQuestion(int delta)
{
    if (m_navigator->currentWidget() == m_results) {
        const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() + delta : 0;
        if (row >= 0 && row < m_resultsModel->rowCount())
            m_results->setCurrentIndex(m_resultsModel->index(row, 0));
        return;
    }
    const QStringList order = m_treeModel->questionOrder();
    if (order.isEmpty())
        return;
    const QModelIndex current = m_treeModel->indexOfQuestion(currentQuestionId());
    const qsizetype at = current.isValid() ? order.indexOf(current.data(ItemDataRole::QuestionId).toString()) : -1;
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + delta, 0, order.size() - 1);
    openQuestion(order.at(next));
}

void MainWindow::importBank()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Question Bank"), QString(),
                                                      tr("Markdown files (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto outcome = m_library.importFile(path);
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Failed"),
                             tr("Nothing was imported.\n\n%1").arg(outcome.error));
        return;
    }
    reloadOutline();
    statusBar()->showMessage(outcome.changed ? tr("Questions imported: %1").arg(outcome.questionCount)
                                             : tr("This bank is already imported; nothing changed."));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({360, 740});
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
    settings.setValue(kEveryPhrasingKey, m_treeModel->showsEveryPhrasing());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchBox && event->type() == QEvent::KeyPress
        && m_navigator->currentWidget() == m_results) {
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
    saveSettings();
    event->accept();
}
