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
// Lazy: the branches and their counts are read at once; a branch's question
// rows are read a page at a time when they are drawn or looked up. A bank of
// 100,000 questions shows its tree, and any question in it, as fast as one of 800.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

public:
    enum class Level { Bank, Topic, Subtopic };

    explicit TopicTreeModel(core::Database &database, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    // Reads the tree again: after an import, a bank's removal or a concept change.
    void reload();
    // Bookmark icons follow a change (with only bookmarked questions listed, the
    // tree is read again).
    void refreshBookmarks();
    void setShowEveryPhrasing(bool show);
    bool showsEveryPhrasing() const { return m_filter.everyPhrasing; }
    // Only questions that are bookmarked (or, folded, whose concept has a bookmarked phrasing).
    void setBookmarkedOnly(bool only);
    bool showsBookmarkedOnly() const { return m_filter.bookmarkedOnly; }

    // The index of the entry for a question; a folded phrasing maps to its concept's entry.
    QModelIndex indexOfQuestion(const QString &id) const;
    // The question `delta` entries away from a question's entry in tree order,
    // stopping at either end; the first question when the id is not listed.
    QString questionAfter(const QString &id, int delta) const;
    int questionCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    // A question row's index carries its branch, tagged in the low bit that a
    // node's pointer never has.
    static bool isQuestionRow(const QModelIndex &index) { return index.isValid() && (index.internalId() & 1); }
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    QModelIndex questionIndex(qsizetype branchAt, int entry) const;
    // The `entry`th question of a branch, read with its page when not read yet.
    std::optional<core::OutlineBranchEntry> entryAt(qsizetype branchAt, int entry) const;

    core::OutlineBranches m_outline;
    core::OutlineFilter m_filter;
    std::unique_ptr<Node> m_root;
    std::vector<Node *> m_branchNodes; // in the order shown, one per OutlineBranch
    // Pages of entries read, by branch and page number; dropped on any change.
    mutable QHash<qsizetype, QHash<int, QList<core::OutlineBranchEntry>>> m_pages;
    mutable int m_pagesRead = 0;
};

} // namespace sdstudy::widgets
