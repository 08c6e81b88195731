#pragma once

#include <QMainWindow>

class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QuestionView;
class SearchResultsModel;
class StudyLibrary;
class TopicTreeModel;

// The study window: topic tree and search on the left, the question on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(StudyLibrary &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a question (a phrasing folded into its concept selects the concept's entry).
    void openQuestion(const QString &id);
    QString currentQuestionId() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void runSearch(const QString &text);
    void openFirstResult();
    void leaveSearch();
    void stepQuestion(int delta);
    void importBank();
    void reloadOutline();
    void showCounts();
    void setShowEveryPhrasing(bool show);
    void restoreSettings();
    void saveSettings() const;

    StudyLibrary &m_library;
    TopicTreeModel *m_treeModel;
    SearchResultsModel *m_resultsModel;
    QLineEdit *m_searchBox;
    QStackedWidget *m_navigator;
    QTreeView *m_tree;
    QListView *m_results;
    QuestionView *m_questionView;
    QSplitter *m_splitter;
};
