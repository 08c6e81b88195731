#include "widgets/topictreemodel.h"

#include "widgets/bookmarkicons.h"
#include "widgets/itemdatarole.h"
#include "widgets/plaintooltip.h"

#include <QFont>
#include <QSet>

#include <functional>
#include <utility>

namespace sdstudy::widgets {

namespace {

// Question rows are read this many at a time, and at most this many pages are
// kept: a screenful is one read, and scrolling all of a huge branch stays small.
constexpr int kPageSize = 200;
constexpr int kMostPages = 100;

} // namespace

// A bank, topic or subtopic row. A node whose `branch` is set holds that
// branch's questions as its first rows, before any child nodes: a topic's own
// questions come before its subtopics, as in the bank.
struct TopicTreeModel::Node
{
    Level level = Level::Topic;
    QString title;
    QString bankKey;   // of a bank's row
    int questions = 0; // entries below, for the count shown beside groups
    int row = 0;       // among its parent's child nodes (its own questions' rows come first)
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    std::optional<core::OutlineBranch> branch;
    qsizetype branchAt = -1; // in m_branchNodes

    Node *addChild(Level childLevel, const QString &childTitle)
    {
        auto child = std::make_unique<Node>();
        child->level = childLevel;
        child->title = childTitle;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    int entries() const { return branch ? branch->entries : 0; }
};

TopicTreeModel::TopicTreeModel(core::Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_outline(database)
    , m_root(std::make_unique<Node>())
{ }

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::setShowEveryPhrasing(bool show)
{
    if (show == m_filter.everyPhrasing)
        return;
    m_filter.everyPhrasing = show;
    reload();
}

void TopicTreeModel::setBookmarkedOnly(bool only)
{
    if (only == m_filter.bookmarkedOnly)
        return;
    m_filter.bookmarkedOnly = only;
    reload();
}

void TopicTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_branchNodes.clear();
    m_pages.clear();
    m_pagesRead = 0;

    const QList<core::OutlineBranch> branches = m_outline.branches(m_filter);
    QSet<QString> banks;
    for (const core::OutlineBranch &branch : branches)
        banks.insert(branch.bankKey);
    const bool showBanks = banks.size() > 1;

    Node *bank = nullptr, *topic = nullptr;
    int topicRank = -1;
    for (const core::OutlineBranch &branch : branches) {
        if (showBanks && (!bank || branch.bankKey != bank->bankKey)) {
            bank = m_root->addChild(Level::Bank, branch.bankName);
            bank->bankKey = branch.bankKey;
            topic = nullptr;
        }
        Node *topicParent = showBanks ? bank : m_root.get();
        if (!topic || topic->title != branch.topic || topicRank != branch.topicRank) {
            topic = topicParent->addChild(Level::Topic, branch.topic);
            topicRank = branch.topicRank;
        }
        // A bank grouped by its own headings may have questions under a topic's
        // heading itself, with or without subtopics after them.
        Node *holder
            = branch.subtopic.isEmpty() && !topic->branch ? topic : topic->addChild(Level::Subtopic, branch.subtopic);
        holder->branch = branch;
        for (Node *n = holder; n; n = n->parent)
            n->questions += branch.entries;
    }
    // Next and Previous walk the branches in the order they are shown.
    const std::function<void(Node *)> walk = [this, &walk](Node *node) {
        if (node->branch) {
            node->branchAt = qsizetype(m_branchNodes.size());
            m_branchNodes.push_back(node);
        }
        for (const auto &child : node->children)
            walk(child.get());
    };
    walk(m_root.get());
    endResetModel();
}

void TopicTreeModel::refreshBookmarks()
{
    if (m_filter.bookmarkedOnly) {
        reload(); // which entries are listed changes too
        return;
    }
    // Only rows on the pages read so far can be on show: they are drawn again,
    // their pages read afresh; what is open stays open. (Announcing a branch of
    // 70,000 rows whole costs the view seconds.)
    const auto pages = std::exchange(m_pages, {});
    m_pagesRead = 0;
    for (auto branch = pages.cbegin(); branch != pages.cend(); ++branch) {
        for (auto page = branch->cbegin(); page != branch->cend(); ++page) {
            if (page->isEmpty())
                continue;
            const int first = page.key() * kPageSize;
            Q_EMIT dataChanged(questionIndex(branch.key(), first),
                               questionIndex(branch.key(), first + int(page->size()) - 1), {Qt::DecorationRole});
        }
    }
}

TopicTreeModel::Node *TopicTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return isQuestionRow(index) ? nullptr : static_cast<Node *>(index.internalPointer());
}

QModelIndex TopicTreeModel::indexOf(const Node *node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->parent->entries() + node->row, 0, node);
}

QModelIndex TopicTreeModel::questionIndex(qsizetype branchAt, int entry) const
{
    return createIndex(entry, 0, (quintptr(branchAt) << 1) | 1);
}

std::optional<core::OutlineBranchEntry> TopicTreeModel::entryAt(qsizetype branchAt, int entry) const
{
    const int page = entry / kPageSize;
    if (!m_pages.value(branchAt).contains(page)) {
        if (++m_pagesRead > kMostPages) {
            m_pages.clear();
            m_pagesRead = 1;
        }
        m_pages[branchAt].insert(
            page, m_outline.entries(*m_branchNodes[size_t(branchAt)]->branch, m_filter, page * kPageSize, kPageSize));
    }
    const QList<core::OutlineBranchEntry> &entries = m_pages[branchAt][page];
    const qsizetype at = entry - qsizetype(page) * kPageSize;
    return at >= 0 && at < entries.size() ? std::optional(entries[at]) : std::nullopt;
}

QModelIndex TopicTreeModel::indexOfQuestion(const QString &id) const
{
    const auto place = m_outline.placeOf(id, m_filter);
    if (!place)
        return {};
    for (const Node *holder : m_branchNodes) {
        if (holder->branch->holds(place->bankId, place->topicRank, place->subtopicRank))
            return place->row < holder->entries() ? questionIndex(holder->branchAt, place->row) : QModelIndex();
    }
    return {};
}

QString TopicTreeModel::questionAfter(const QString &id, int delta) const
{
    if (m_branchNodes.empty())
        return {};
    const QModelIndex current = indexOfQuestion(id);
    qsizetype branchAt = 0;
    int entry = 0;
    if (current.isValid()) {
        branchAt = qsizetype(current.internalId() >> 1);
        entry = current.row() + delta;
    }
    // Across branches (every branch has an entry), stopping at either end.
    const auto entriesOf = [this](qsizetype at) { return m_branchNodes[size_t(at)]->entries(); };
    while (entry < 0 && branchAt > 0)
        entry += entriesOf(--branchAt);
    while (entry >= entriesOf(branchAt) && branchAt + 1 < qsizetype(m_branchNodes.size()))
        entry -= entriesOf(branchAt++);
    entry = std::clamp(entry, 0, entriesOf(branchAt) - 1);
    const auto found = entryAt(branchAt, entry);
    return found ? found->id : QString();
}

int TopicTreeModel::questionCount() const
{
    return m_root->questions;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeOf(parent);
    if (row < parentNode->entries())
        return createIndex(row, column, (quintptr(parentNode->branchAt) << 1) | 1);
    return createIndex(row, column, parentNode->children[size_t(row - parentNode->entries())].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    if (isQuestionRow(child))
        return indexOf(m_branchNodes[size_t(child.internalId() >> 1)]);
    return indexOf(nodeOf(child)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0 || isQuestionRow(parent))
        return 0;
    const Node *node = nodeOf(parent);
    return node->entries() + int(node->children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    // Said of a question row, the view neither asks for its children nor looks up
    // whether it is open as it lays out each of an open branch's rows (70,000 in
    // the benchmark's largest).
    const Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    return isQuestionRow(index) ? flags | Qt::ItemNeverHasChildren : flags;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isQuestionRow(index)) {
        const auto entry = entryAt(qsizetype(index.internalId() >> 1), index.row());
        if (!entry)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return entry->title;
        case Qt::ToolTipRole:
            return plainToolTip(tr("#%1  %2").arg(entry->number).arg(entry->title));
        case Qt::DecorationRole:
            return entry->flag ? BookmarkIcons::forFlag(*entry->flag) : QVariant();
        case ItemDataRole::QuestionId:
            return entry->id;
        case ItemDataRole::QuestionNumber:
            return entry->number;
        default:
            return {};
        }
    }
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(node->title).arg(node->questions);
    case Qt::FontRole:
        if (node->level == Level::Topic || node->level == Level::Bank) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemDataRole::TopicName:
        return node->level == Level::Topic ? node->title : QVariant();
    case ItemDataRole::BankKey:
        return node->level == Level::Bank ? node->bankKey : QVariant();
    default:
        return {};
    }
}

} // namespace sdstudy::widgets
