#include "widgets/topictreemodel.h"

#include "widgets/bookmarkicons.h"
#include "widgets/itemdatarole.h"
#include "widgets/plaintooltip.h"

#include <QFont>
#include <QSet>

#include <functional>

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
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(Level childLevel, const QString &childTitle)
    {
        auto child = std::make_unique<Node>();
        child->level = childLevel;
        child->title = childTitle;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::setOutline(const QList<core::OutlineEntry> &outline)
{
    m_outline = outline;
    rebuild();
}

void TopicTreeModel::setShowEveryPhrasing(bool show)
{
    if (show == m_showEveryPhrasing)
        return;
    m_showEveryPhrasing = show;
    rebuild();
}

void TopicTreeModel::setBookmarks(const QHash<QString, QString> &flags)
{
    m_flags = flags;
    rebuild();
}

void TopicTreeModel::setBookmarkedOnly(bool only)
{
    if (only == m_bookmarkedOnly)
        return;
    m_bookmarkedOnly = only;
    rebuild();
}

void TopicTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_questionNodes.clear();

    QSet<QString> banks;
    for (const auto &e : std::as_const(m_outline))
        banks.insert(e.bankKey);
    const bool showBanks = banks.size() > 1;

    // A folded entry stands for its whole concept: it carries any phrasing's bookmark.
    QHash<QString, QString> conceptFlags;
    for (const auto &e : std::as_const(m_outline)) {
        if (const auto it = m_flags.constFind(e.id); it != m_flags.cend() && !conceptFlags.contains(e.conceptId))
            conceptFlags.insert(e.conceptId, *it);
    }
    auto flagOf = [&](const core::OutlineEntry &e) -> std::optional<QString> {
        const auto &source = m_showEveryPhrasing ? m_flags : conceptFlags;
        const auto it = source.constFind(m_showEveryPhrasing ? e.id : e.conceptId);
        return it != source.cend() ? std::optional(*it) : std::nullopt;
    };

    Node *bank = nullptr, *topic = nullptr, *subtopic = nullptr;
    QString bankKey;
    QList<const core::OutlineEntry *> folded;
    for (const auto &e : std::as_const(m_outline)) {
        if (!m_showEveryPhrasing && !e.leadsConcept()) {
            folded.append(&e);
            continue;
        }
        const auto flag = flagOf(e);
        if (m_bookmarkedOnly && !flag)
            continue;
        if (showBanks && (!bank || e.bankKey != bankKey)) {
            bank = m_root->addChild(Level::Bank, e.bankName);
            bank->bankKey = e.bankKey;
            bankKey = e.bankKey;
            topic = subtopic = nullptr;
        }
        Node *topicParent = showBanks ? bank : m_root.get();
        if (!topic || topic->title != e.topic) {
            topic = topicParent->addChild(Level::Topic, e.topic);
            subtopic = nullptr;
        }
        // A bank grouped by its own headings may have topics without subtopics.
        Node *questionParent = topic;
        if (!e.subtopic.isEmpty()) {
            if (!subtopic || subtopic->title != e.subtopic)
                subtopic = topic->addChild(Level::Subtopic, e.subtopic);
            questionParent = subtopic;
        }
        Node *question = questionParent->addChild(Level::Question, e.title);
        question->questionId = e.id;
        question->number = e.number;
        question->flag = flag;
        m_questionNodes.insert(e.id, question);
        for (Node *n = questionParent; n; n = n->parent)
            ++n->questions;
    }
    for (const core::OutlineEntry *e : std::as_const(folded)) {
        if (Node *node = m_questionNodes.value(e->conceptId))
            m_questionNodes.insert(e->id, node);
    }
    endResetModel();
}

TopicTreeModel::Node *TopicTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopicTreeModel::indexOfQuestion(const QString &id) const
{
    Node *node = m_questionNodes.value(id);
    return node ? createIndex(node->row(), 0, node) : QModelIndex();
}

QStringList TopicTreeModel::questionOrder() const
{
    QStringList ids;
    std::function<void(const Node *)> walk = [&](const Node *node) {
        if (node->level == Level::Question && node != m_root.get())
            ids.append(node->questionId);
        for (const auto &child : node->children)
            walk(child.get());
    };
    walk(m_root.get());
    return ids;
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
    Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row(), 0, parentNode);
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
