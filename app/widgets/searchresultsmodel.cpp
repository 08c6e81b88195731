#include "searchresultsmodel.h"

#include "itemdatarole.h"

#include <QSet>

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits, bool foldPhrasings)
{
    beginResetModel();
    m_hits.clear();
    QSet<QString> concepts;
    for (const auto &hit : hits) {
        if (foldPhrasings && concepts.contains(hit.conceptId))
            continue;
        concepts.insert(hit.conceptId);
        m_hits.append(hit);
    }
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return tr("#%1 · %2\n%3").arg(hit.number).arg(hit.topic, hit.snippet);
    case ItemDataRole::QuestionId:
        return hit.id;
    case ItemDataRole::QuestionNumber:
        return hit.number;
    case ItemDataRole::Snippet:
        return hit.snippet;
    case ItemDataRole::Location:
        return tr("#%1 · %2").arg(hit.number).arg(hit.topic);
    default:
        return {};
    }
}
