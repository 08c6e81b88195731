#include "widgets/searchresultsmodel.h"

#include "core/bundledbank.h"

#include "core/searchquery.h"

#include "widgets/bookmarkicons.h"
#include "widgets/itemdatarole.h"
#include "widgets/plaintooltip.h"

#include <QSet>

namespace sdstudy::widgets {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchResultsModel::setHits(const QList<core::SearchHit> &hits, bool foldPhrasings, const QString &searched,
                                 const QHash<QString, int> &foundIn)
{
    // The title's words marked as the search found them, other forms included.
    m_searchedWords = core::SearchEngine::wordsPattern(core::SearchQuery::parse(searched).words);
    beginResetModel();
    m_hits.clear();
    m_folded = foldPhrasings;
    m_foundIn = foundIn;
    QSet<QString> concepts;
    for (const auto &hit : hits) {
        if (foldPhrasings && concepts.contains(hit.conceptId))
            continue;
        concepts.insert(hit.conceptId);
        m_hits.append(hit);
    }
    endResetModel();
}

void SearchResultsModel::setBookmarks(const QHash<QString, QString> &flags)
{
    m_flags = flags;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1), {Qt::DecorationRole});
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SearchHit &hit = m_hits[index.row()];
    const QString entryId = m_folded ? hit.conceptId : hit.id;
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return plainToolTip(tr("#%1 · %2\n%3").arg(hit.number).arg(hit.topic, hit.snippet));
    case ItemDataRole::QuestionId:
        return entryId;
    case ItemDataRole::QuestionNumber:
        return hit.number;
    case ItemDataRole::TitleMatches:
        return QVariant::fromValue(titleMatches(hit.title));
    case ItemDataRole::Snippet:
        return hit.snippet;
    case ItemDataRole::SnippetMatches: {
        QList<QPoint> matches;
        for (const core::SearchHit::Match &match : hit.matches)
            matches.append(QPoint(int(match.start), int(match.length)));
        return QVariant::fromValue(matches);
    }
    case ItemDataRole::Location: {
        // A question of another bank says which: its numbers start again at 1.
        const QString place = hit.bankKey == core::BundledBank::kKey
            ? tr("#%1 · %2").arg(hit.number).arg(hit.topic)
            : tr("%1 · #%2 · %3").arg(hit.bankName, QString::number(hit.number), hit.topic);
        if (const auto phrasing = m_foundIn.constFind(hit.id); phrasing != m_foundIn.cend()) {
            // One arg() call: a % in a bank's or topic's name stays as it is.
            return hit.inNote ? tr("%1 · in your note on #%2").arg(place, QString::number(*phrasing))
                              : tr("%1 · found in #%2").arg(place, QString::number(*phrasing));
        }
        return hit.inNote ? tr("%1 · in your note").arg(place) : place;
    }
    case Qt::DecorationRole:
        if (const auto it = m_flags.constFind(entryId); it != m_flags.cend())
            return BookmarkIcons::forFlag(*it);
        return {};
    default:
        return {};
    }
}

QList<QPoint> SearchResultsModel::titleMatches(const QString &title) const
{
    QList<QPoint> matches;
    if (m_searchedWords.pattern().isEmpty())
        return matches;
    for (auto it = m_searchedWords.globalMatch(title); it.hasNext();) {
        const auto match = it.next();
        matches.append(QPoint(int(match.capturedStart()), int(match.capturedLength())));
    }
    return matches;
}

} // namespace sdstudy::widgets
