#include "widgets/topictreemodel.h"

#include "widgets/bookmarkicons.h"
#include "widgets/itemdatarole.h"
#include "widgets/plaintooltip.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace sdstudy::widgets {

struct TopicTreeModel::Node
{
    Level level = Level::Topic;
    QString title;
    QString questionId;
    QString bankKey;             // of a bank's row
    std::optional<QString> flag; // bookmark of this entry or, folded, of any phrasing
    int number = 0;
    int questions = 0; // entries below, for the count shown beside groups
    int row = 0;       // among its parent's children, which are only ever appended
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    std::optional<core::OutlineBranch> branch; // the questions this node holds
    qsizetype branchAt = -1;                   // in m_branchNodes
    bool fetched = false;

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
    m_questionNodes.clear();

    const QList<core::OutlineBranch> branches = m_outline.branches(m_filter);
    QSet<QString> banks;
    for (const core::OutlineBranch &branch : branches)
        banks.insert(branch.bankKey);
    const bool showBanks = banks.size() > 1;

    Node *bank = nullptr, *topic = nullptr;
    for (const core::OutlineBranch &branch : branches) {
        if (showBanks && (!bank || branch.bankKey != bank->bankKey)) {
            bank = m_root->addChild(Level::Bank, branch.bankName);
            bank->bankKey = branch.bankKey;
            topic = nullptr;
        }
        Node *topicParent = showBanks ? bank : m_root.get();
        if (!topic || topic->title != branch.topic)
            topic = topicParent->addChild(Level::Topic, branch.topic);
        // A bank grouped by its own headings may have topics without subtopics:
        // their questions sit under the topic itself.
        Node *holder = branch.subtopic.isEmpty() ? topic : topic->addChild(Level::Subtopic, branch.subtopic);
        holder->branch = branch;
        holder->branchAt = qsizetype(m_branchNodes.size());
        m_branchNodes.push_back(holder);
        for (Node *n = holder; n; n = n->parent)
            n->questions += branch.entries;
    }
    // Whoever listens to the reset may open branches at once (a model tester
    // does): those are read as part of the new state, since every view reads a
    // reset model afresh, not announced as rows inserted into a reset in flight.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void TopicTreeModel::fetch(Node *holder)
{
    if (!holder->branch || holder->fetched)
        return;
    holder->fetched = true;
    const QList<core::OutlineBranchEntry> entries = m_outline.entries(*holder->branch, m_filter);
    if (entries.isEmpty())
        return;
    const int first = int(holder->children.size());
    if (!m_resetting)
        beginInsertRows(indexOf(holder), first, first + int(entries.size()) - 1);
    for (const core::OutlineBranchEntry &entry : entries) {
        Node *question = holder->addChild(Level::Question, entry.title);
        question->questionId = entry.id;
        question->number = entry.number;
        question->flag = entry.flag;
        m_questionNodes.insert(entry.id, question);
    }
    if (!m_resetting)
        endInsertRows();
}

void TopicTreeModel::refreshBookmarks()
{
    if (m_filter.bookmarkedOnly) {
        reload(); // which entries are listed changes too
        return;
    }
    // Only read branches carry flags: read them again, leaving what is open open.
    for (Node *holder : m_branchNodes) {
        if (!holder->fetched)
            continue;
        QHash<QString, std::optional<QString>> flags;
        for (const core::OutlineBranchEntry &entry : m_outline.entries(*holder->branch, m_filter))
            flags.insert(entry.id, entry.flag);
        for (const auto &child : holder->children) {
            if (child->level != Level::Question)
                continue;
            const std::optional<QString> flag = flags.value(child->questionId);
            if (flag != child->flag) {
                child->flag = flag;
                const QModelIndex changed = indexOf(child.get());
                Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
            }
        }
    }
}

TopicTreeModel::Node *TopicTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopicTreeModel::indexOf(Node *node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex TopicTreeModel::indexOfQuestion(const QString &id)
{
    Node *node = m_questionNodes.value(id);
    if (!node) {
        const auto place = m_outline.placeOf(id, m_filter);
        const auto holder = !place ? m_branchNodes.cend()
                                   : std::find_if(m_branchNodes.cbegin(), m_branchNodes.cend(), [&](const Node *n) {
                                         return n->branch->holds(place->bankId, place->topicRank, place->subtopicRank);
                                     });
        if (holder != m_branchNodes.cend()) {
            fetch(*holder);
            node = m_questionNodes.value(place->entryId);
            if (node) // a folded phrasing: found at once next time
                m_questionNodes.insert(id, node);
        }
    }
    return node ? indexOf(node) : QModelIndex();
}

TopicTreeModel::Node *TopicTreeModel::edgeEntryFrom(qsizetype at, int step)
{
    for (; at >= 0 && at < qsizetype(m_branchNodes.size()); at += step) {
        Node *holder = m_branchNodes[size_t(at)];
        fetch(holder);
        // A topic may hold subtopics before its own questions: only question rows count.
        Node *edge = nullptr;
        for (const auto &child : holder->children) {
            if (child->level != Level::Question)
                continue;
            edge = child.get();
            if (step > 0)
                break; // the first; walking back, the last
        }
        if (edge)
            return edge;
    }
    return nullptr;
}

QString TopicTreeModel::questionAfter(const QString &id, int delta)
{
    const QModelIndex current = indexOfQuestion(id);
    Node *node = current.isValid() ? nodeOf(current) : nullptr;
    if (!node) {
        Node *first = edgeEntryFrom(0, +1);
        return first ? first->questionId : QString();
    }
    const int step = delta < 0 ? -1 : +1;
    for (int taken = 0; taken < std::abs(delta); ++taken) {
        Node *holder = node->parent;
        const int row = node->row + step;
        Node *next = row >= 0 && row < int(holder->children.size()) ? holder->children[size_t(row)].get() : nullptr;
        if (!next || next->level != Level::Question)
            next = edgeEntryFrom(holder->branchAt + step, step);
        if (!next)
            break; // the first or last entry
        node = next;
    }
    return node->questionId;
}

int TopicTreeModel::questionCount() const
{
    return m_root->questions;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->children.empty() || (node->branch && !node->fetched && node->branch->entries > 0);
}

bool TopicTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node->branch && !node->fetched;
}

void TopicTreeModel::fetchMore(const QModelIndex &parent)
{
    fetch(nodeOf(parent));
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const bool isQuestion = node->level == Level::Question;
    switch (role) {
    case Qt::DisplayRole:
        return isQuestion ? node->title : tr("%1 (%2)").arg(node->title).arg(node->questions);
    case Qt::ToolTipRole:
        return isQuestion ? plainToolTip(tr("#%1  %2").arg(node->number).arg(node->title))
                          : QVariant(); // a bank's title is text
    case Qt::DecorationRole:
        return isQuestion && node->flag ? BookmarkIcons::forFlag(*node->flag) : QVariant();
    case Qt::FontRole:
        if (node->level == Level::Topic || node->level == Level::Bank) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemDataRole::QuestionId:
        return isQuestion ? node->questionId : QVariant();
    case ItemDataRole::QuestionNumber:
        return isQuestion ? node->number : QVariant();
    case ItemDataRole::TopicName:
        return node->level == Level::Topic ? node->title : QVariant();
    case ItemDataRole::BankKey:
        return node->level == Level::Bank ? node->bankKey : QVariant();
    default:
        return {};
    }
}

} // namespace sdstudy::widgets
