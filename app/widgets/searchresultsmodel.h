#pragma once

#include "searchengine.h"

#include <QAbstractListModel>

// Search hits as a list: the title, with the topic and a piece of the answer
// below it. Paraphrases of one concept show once unless every phrasing is wanted.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits, bool foldPhrasings);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};
