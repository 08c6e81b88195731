#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QTabBar;
class QTreeView;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class BookmarksView;
class DiagramList;
class NotesListView;
class SearchResultsModel;
class TopicTreeModel;

// The left side of the window: the search box, the page tabs (Topics, Bookmarks,
// Notes, Diagrams) and the list each shows, and stepping from question to
// question. It says which question, diagram or menu the person asked for; the
// window shows it and tells the pane which question is on show.
class NavigatorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorPane)

public:
    enum Page { TopicsPage, BookmarksPage, NotesPage, DiagramsPage };

    // saveNote: what is being typed goes to the store before the Notes page lists notes.
    NavigatorPane(core::StudyLibrary &library, std::function<void()> saveNote, QWidget *parent = nullptr);

    // The question on show: its row is selected in the tree.
    void followQuestion(const QString &id);

    void reloadOutline();
    // A split or a join: the tree's entries and the search's folded results change.
    void showConceptChanges();
    void showBookmarkChanges();
    void showNoteChanges();
    void setShowEveryPhrasing(bool show);
    bool showsEveryPhrasing() const;
    void setBookmarkedOnly(bool only);

    void focusSearch();
    void leaveSearch(); // back to the tree, the search cleared
    void stepQuestion(int delta);
    // What was searched for while the results are on show, else empty.
    QString searchOnShow() const;
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void questionChosen(const QString &id);
    void questionActivated(); // Enter on a result: the person wants to read it
    void diagramChosen(const QString &name);
    void diagramsPageShown();
    void statusMessage(const QString &message);
    void questionMenuRequested(const QString &id, const QPoint &globalPosition);
    void topicMenuRequested(const QString &topic, const QPoint &globalPosition);
    void bankMenuRequested(const QString &bankKey, const QPoint &globalPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPage(int page);
    void runSearch(const QString &text);
    void rerunSearch();
    void openFirstResult();
    void showCounts();
    // The search box says where a search looks: every question, or the bookmarked.
    void showSearchPlaceholder();
    void showContextMenu(QAbstractItemView *view, const QPoint &position);

    core::StudyLibrary &m_library;
    std::function<void()> m_saveNote;
    QString m_shown; // the question on show in the window
    TopicTreeModel *m_treeModel;
    SearchResultsModel *m_resultsModel;
    QLineEdit *m_searchBox;
    QTabBar *m_pages;
    QStackedWidget *m_navigator;
    QTreeView *m_tree;
    BookmarksView *m_bookmarksView;
    NotesListView *m_notesView;
    QListView *m_results;
    DiagramList *m_diagramList;
};

} // namespace sdstudy::widgets
