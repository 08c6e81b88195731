#pragma once

#include "core/outlinebranches.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace sdstudy::widgets {

// Banks (when there is more than one), topics, subtopics and questions, with
// question counts. Paraphrases of one concept fold into one entry unless every
// phrasing is asked for.
//
// Lazy: the branches and their counts are read at once, a branch's questions
// only when it is opened, shown or stepped into, so a bank of 100,000
// questions shows its tree as fast as one of 800.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

public:
    enum class Level { Bank, Topic, Subtopic, Question };

    explicit TopicTreeModel(core::Database &database, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    // Reads the tree again: after an import, a bank's removal, a concept or a
    // bookmark change. Opened branches close.
    void reload();
    // Bookmark icons follow a change without closing what is open (with only
    // bookmarked questions listed, the tree is read again).
    void refreshBookmarks();
    void setShowEveryPhrasing(bool show);
    bool showsEveryPhrasing() const { return m_filter.everyPhrasing; }
    // Only questions that are bookmarked (or, folded, whose concept has a bookmarked phrasing).
    void setBookmarkedOnly(bool only);
    bool showsBookmarkedOnly() const { return m_filter.bookmarkedOnly; }

    // The index of the entry for a question; a folded phrasing maps to its
    // concept's entry. Reads its branch if it is not read yet.
    QModelIndex indexOfQuestion(const QString &id);
    // The question `delta` entries away from a question's entry in tree order,
    // stopping at either end; the first question when the id is not listed.
    QString questionAfter(const QString &id, int delta);
    int questionCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    // Reads a branch's questions into its node, once.
    void fetch(Node *branch);
    // The first or last question entry of branch number `at` on, walking by `step`.
    Node *edgeEntryFrom(qsizetype at, int step);

    core::OutlineBranches m_outline;
    core::OutlineFilter m_filter;
    std::unique_ptr<Node> m_root;
    std::vector<Node *> m_branchNodes;      // in tree order, one per OutlineBranch
    QHash<QString, Node *> m_questionNodes; // by question id, folded phrasings looked up included
    bool m_resetting = false;               // while the reset is announced
};

} // namespace sdstudy::widgets
