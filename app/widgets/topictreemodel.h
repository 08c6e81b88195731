#pragma once

#include "core/questionstore.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace sdstudy::widgets {

// Banks (when there is more than one), topics, subtopics and questions, with
// question counts. Paraphrases of one concept fold into one entry unless every
// phrasing is asked for.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

public:
    enum class Level { Bank, Topic, Subtopic, Question };

    explicit TopicTreeModel(QObject *parent = nullptr);
    ~TopicTreeModel() override;

    void setOutline(const QList<core::OutlineEntry> &outline);
    void setShowEveryPhrasing(bool show);
    bool showsEveryPhrasing() const { return m_showEveryPhrasing; }
    // Question id -> flag key ("" for a plain bookmark), for icons and the filter.
    void setBookmarks(const QHash<QString, QString> &flags);
    // Only questions that are bookmarked (or, folded, whose concept has a bookmarked phrasing).
    void setBookmarkedOnly(bool only);
    bool showsBookmarkedOnly() const { return m_bookmarkedOnly; }

    // The index of the entry for a question; a folded phrasing maps to its concept's entry.
    QModelIndex indexOfQuestion(const QString &id) const;
    // Question ids in tree order, for next / previous.
    QStringList questionOrder() const;
    int questionCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    void rebuild();
    Node *nodeOf(const QModelIndex &index) const;

    QList<core::OutlineEntry> m_outline;
    bool m_showEveryPhrasing = false;
    bool m_bookmarkedOnly = false;
    QHash<QString, QString> m_flags;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_questionNodes; // by question id, folded phrasings included
};

} // namespace sdstudy::widgets
