#include "widgets/navigatorpane.h"

#include "core/studylibrary.h"
#include "widgets/collectionviews.h"
#include "widgets/diagramlist.h"
#include "widgets/emptyviewhint.h"
#include "widgets/itemdatarole.h"
#include "widgets/searchresultdelegate.h"
#include "widgets/searchresultsmodel.h"
#include "widgets/topictreemodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {

constexpr int kSearchLimit = 200;

QString questionIdAt(const QModelIndex &index)
{
    return index.data(ItemDataRole::QuestionId).toString();
}

} // namespace

NavigatorPane::NavigatorPane(core::StudyLibrary &library, std::function<void()> saveNote, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_saveNote(std::move(saveNote))
    , m_treeModel(new TopicTreeModel(library.database(), this))
    , m_resultsModel(new SearchResultsModel(this))
    , m_searchBox(new QLineEdit)
    , m_pages(new QTabBar)
    , m_navigator(new QStackedWidget)
    , m_tree(new QTreeView)
    , m_bookmarksView(new BookmarksView)
    , m_notesView(new NotesListView)
    , m_results(new QListView)
    , m_diagramList(new DiagramList)
{
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_bookmarksView->setObjectName(QStringLiteral("bookmarksView"));
    m_notesView->setObjectName(QStringLiteral("notesView"));
    m_pages->setObjectName(QStringLiteral("pages"));

    showSearchPlaceholder();
    m_searchBox->setToolTip(
        tr("Words search titles, answers and your notes.\n"
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
    // Cut in the middle: look-alike questions ("What is the difference between…")
    // differ at their ends, which stay in sight.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_bookmarksView->setTextElideMode(Qt::ElideMiddle);
    m_results->setModel(m_resultsModel);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each line is elided to fit
    // An empty list says why, and what fills it.
    EmptyViewHint::install(m_tree, [this] {
        return m_treeModel->showsBookmarkedOnly()
            ? tr("No bookmarked questions yet.\n\nBookmark the question on show with Bookmarks > Bookmark, or "
                 "show every question again with Bookmarks > Show Bookmarked Only.")
            : QString();
    });
    EmptyViewHint::install(m_bookmarksView, [] {
        return tr("No bookmarks yet.\n\nBookmark the question on show with Bookmarks > Bookmark, or flag it as "
                  "hard, to review or a favourite.");
    });
    EmptyViewHint::install(m_notesView, [] {
        return tr("No notes yet.\n\nWrite one under any question's answer; it is kept as you type.");
    });
    EmptyViewHint::install(m_results, [this] {
        return m_treeModel->showsBookmarkedOnly()
            ? tr("No bookmarked questions match “%1”.\n\nSearch every question by turning off Bookmarks > "
                 "Show Bookmarked Only.")
                  .arg(m_searchBox->text().trimmed())
            : tr("No questions match “%1”").arg(m_searchBox->text().trimmed());
    });
    m_navigator->addWidget(m_tree);
    m_navigator->addWidget(m_bookmarksView);
    m_navigator->addWidget(m_notesView);
    m_navigator->addWidget(m_results);
    m_navigator->addWidget(m_diagramList);
    connect(m_diagramList, &DiagramList::diagramChosen, this, &NavigatorPane::diagramChosen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_searchBox);
    layout->addWidget(m_pages);
    layout->addWidget(m_navigator);

    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *> {m_tree, m_bookmarksView, m_notesView, m_results}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
            const QString id = questionIdAt(index);
            // A folded phrasing already on show keeps its page when its concept's entry is selected.
            if (!id.isEmpty() && m_treeModel->indexOfQuestion(m_shown) != index)
                Q_EMIT questionChosen(id);
        });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { showContextMenu(view, position); });
    }
    connect(m_results, &QListView::activated, this, &NavigatorPane::questionActivated);
    connect(m_pages, &QTabBar::currentChanged, this, &NavigatorPane::showPage);
    connect(m_searchBox, &QLineEdit::textChanged, this, &NavigatorPane::runSearch);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &NavigatorPane::openFirstResult);
}

void NavigatorPane::followQuestion(const QString &id)
{
    m_shown = id;
    if (m_navigator->currentWidget() == m_results) {
        // Back or a link took the window elsewhere: the list marks the result on
        // show, or none, never the one that was left.
        const QString entry = m_treeModel->indexOfQuestion(id).data(ItemDataRole::QuestionId).toString();
        QModelIndex row;
        for (int r = 0; r < m_resultsModel->rowCount() && !row.isValid(); ++r) {
            const QString rowId = questionIdAt(m_resultsModel->index(r, 0));
            if (rowId == id || rowId == entry)
                row = m_resultsModel->index(r, 0);
        }
        if (row != m_results->currentIndex()) {
            const QSignalBlocker quiet(m_results->selectionModel()); // showing, not choosing
            m_results->setCurrentIndex(row);
            if (!row.isValid())
                m_results->clearSelection();
        }
        return;
    }
    if (m_navigator->currentWidget() != m_tree)
        return;
    const QModelIndex index = m_treeModel->indexOfQuestion(id);
    if (index.isValid() && m_tree->currentIndex() != index) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
}

void NavigatorPane::showPage(int page)
{
    if (!m_searchBox->text().trimmed().isEmpty())
        m_searchBox->clear();
    switch (page) {
    case BookmarksPage:
        m_bookmarksView->setBookmarks(m_library.bookmarks().all());
        m_navigator->setCurrentWidget(m_bookmarksView);
        break;
    case NotesPage:
        m_saveNote();
        m_notesView->setNotes(m_library.notes().all());
        m_navigator->setCurrentWidget(m_notesView);
        break;
    case DiagramsPage:
        m_navigator->setCurrentWidget(m_diagramList);
        Q_EMIT diagramsPageShown();
        break;
    default:
        m_navigator->setCurrentWidget(m_tree);
        followQuestion(m_shown);
        break;
    }
}

void NavigatorPane::reloadOutline()
{
    m_treeModel->reload();
    m_tree->expandToDepth(m_treeModel->showsBookmarkedOnly() ? 3 : 0);
    showCounts();
    followQuestion(m_shown);
}

void NavigatorPane::showConceptChanges()
{
    reloadOutline();
    rerunSearch();
}

void NavigatorPane::showBookmarkChanges()
{
    const auto flags = m_library.bookmarks().flagsById();
    m_treeModel->refreshBookmarks();
    if (m_treeModel->showsBookmarkedOnly())
        m_tree->expandAll(); // read again: the bookmarked questions, every branch open
    m_resultsModel->setBookmarks(flags);
    m_bookmarksView->setBookmarks(m_library.bookmarks().all());
    rerunSearch(); // is:bookmarked and flag: results follow
    followQuestion(m_shown);
}

void NavigatorPane::showNoteChanges()
{
    if (m_navigator->currentWidget() == m_notesView)
        m_notesView->setNotes(m_library.notes().all());
    rerunSearch(); // has:note results and words found in notes follow
}

void NavigatorPane::showCounts()
{
    Q_EMIT statusMessage(m_treeModel->showsEveryPhrasing()
                             ? tr("Questions: %1").arg(m_treeModel->questionCount())
                             : tr("Concepts: %1 (paraphrased repeats folded)").arg(m_treeModel->questionCount()));
}

void NavigatorPane::setShowEveryPhrasing(bool show)
{
    m_treeModel->setShowEveryPhrasing(show);
    m_tree->expandToDepth(0);
    showCounts();
    runSearch(m_searchBox->text());
    followQuestion(m_shown);
}

bool NavigatorPane::showsEveryPhrasing() const
{
    return m_treeModel->showsEveryPhrasing();
}

void NavigatorPane::setBookmarkedOnly(bool only)
{
    m_treeModel->setBookmarkedOnly(only);
    showSearchPlaceholder();
    // The few bookmarked questions all in sight; back to the topics, as at the start.
    if (only)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    showCounts();
    followQuestion(m_shown);
    rerunSearch(); // the search looks where the tree does; its count is the one that shows
}

void NavigatorPane::showSearchPlaceholder()
{
    m_searchBox->setPlaceholderText(m_treeModel->showsBookmarkedOnly() ? tr("Search bookmarked questions (Ctrl+F)")
                                                                       : tr("Search, e.g. cache flag:hard (Ctrl+F)"));
}

void NavigatorPane::focusSearch()
{
    m_searchBox->setFocus();
    m_searchBox->selectAll();
}

QString NavigatorPane::searchOnShow() const
{
    return m_navigator->currentWidget() == m_results ? m_searchBox->text() : QString();
}

void NavigatorPane::runSearch(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        showPage(m_pages->currentIndex());
        showCounts(); // "Matches: N" goes with the search
        return;
    }
    const bool fold = !m_treeModel->showsEveryPhrasing();
    // With Bookmarked Only on, the search looks among the bookmarks, as the tree.
    const bool bookmarkedOnly = m_treeModel->showsBookmarkedOnly();
    QList<core::SearchHit> hits
        = m_library.search().search(bookmarkedOnly ? QStringLiteral("is:bookmarked ") + text : text, kSearchLimit);
    QHash<QString, int> foundIn;
    if (fold) {
        // A phrasing folded into its concept opens the concept's first phrasing: the
        // row names that one, so the number shown is the number that opens, and
        // says which phrasing its piece of answer is from.
        for (core::SearchHit &hit : hits) {
            if (hit.id == hit.conceptId)
                continue;
            if (const auto leader = m_library.questions().question(hit.conceptId)) {
                foundIn.insert(hit.id, hit.number);
                hit.number = leader->number;
                hit.title = leader->title;
            }
        }
    }
    m_resultsModel->setHits(hits, fold, text, foundIn);
    m_resultsModel->setBookmarks(m_library.bookmarks().flagsById());
    m_navigator->setCurrentWidget(m_results);
    const int count = m_resultsModel->rowCount();
    if (count > 0)
        Q_EMIT statusMessage(bookmarkedOnly ? tr("Bookmarked matches: %1").arg(count) : tr("Matches: %1").arg(count));
    else if (bookmarkedOnly)
        Q_EMIT statusMessage(tr("No bookmarked questions match “%1”").arg(text.trimmed()));
    else
        Q_EMIT statusMessage(tr("No questions match “%1”").arg(text.trimmed()));
}

void NavigatorPane::rerunSearch()
{
    if (!m_searchBox->text().trimmed().isEmpty())
        runSearch(m_searchBox->text());
}

void NavigatorPane::openFirstResult()
{
    if (m_navigator->currentWidget() != m_results || m_resultsModel->rowCount() == 0)
        return;
    const QModelIndex current = m_results->currentIndex();
    const QModelIndex target = current.isValid() ? current : m_resultsModel->index(0, 0);
    m_results->setCurrentIndex(target);
    Q_EMIT questionChosen(questionIdAt(target));
}

void NavigatorPane::leaveSearch()
{
    m_searchBox->clear();
    m_pages->setCurrentIndex(TopicsPage);
    showPage(TopicsPage);
    m_tree->setFocus();
}

void NavigatorPane::stepQuestion(int delta)
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
    if (const QString next = m_treeModel->questionAfter(m_shown, delta); !next.isEmpty())
        Q_EMIT questionChosen(next);
}

void NavigatorPane::showContextMenu(QAbstractItemView *view, const QPoint &position)
{
    const QModelIndex index = view->indexAt(position);
    const QPoint global = view->viewport()->mapToGlobal(position);
    if (const QString id = questionIdAt(index); !id.isEmpty()) {
        Q_EMIT questionMenuRequested(id, global);
        return;
    }
    if (const QString bank = index.data(ItemDataRole::BankKey).toString(); view == m_tree && !bank.isEmpty()) {
        Q_EMIT bankMenuRequested(bank, global);
        return;
    }
    // A topic or subtopic row: the window offers to study or print it.
    if (view == m_tree && index.isValid()) {
        QModelIndex topic = index;
        while (topic.isValid() && topic.data(ItemDataRole::TopicName).toString().isEmpty())
            topic = topic.parent();
        if (const QString name = topic.data(ItemDataRole::TopicName).toString(); !name.isEmpty())
            Q_EMIT topicMenuRequested(name, global);
    }
}

bool NavigatorPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchBox && event->type() == QEvent::KeyPress && m_navigator->currentWidget() == m_results) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            stepQuestion(key == Qt::Key_Down ? +1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sdstudy::widgets
