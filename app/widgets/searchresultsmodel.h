#pragma once

#include "core/searchengine.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPoint>
#include <QRegularExpression>

namespace sdstudy::widgets {

// Search hits as a list: the title, with the number and topic below it.
// Paraphrases of one concept show once unless every phrasing is wanted; folded,
// a hit stands for its concept and opens the concept's entry, as the tree does.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    // searched: what was typed, so the title's words that match can be marked.
    // foundIn: by hit id, the number of a phrasing whose row names its concept's
    // first phrasing instead; the row then says where its piece of answer is from.
    void setHits(const QList<core::SearchHit> &hits, bool foldPhrasings, const QString &searched = QString(),
                 const QHash<QString, int> &foundIn = {});
    // Question id -> flag key, for bookmark icons.
    void setBookmarks(const QHash<QString, QString> &flags);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<QPoint> titleMatches(const QString &title) const;

    QList<core::SearchHit> m_hits;
    QRegularExpression m_searchedWords; // the words typed (SearchEngine::wordsPattern)
    bool m_folded = false;
    QHash<QString, int> m_foundIn;
    QHash<QString, QString> m_flags;
};

} // namespace sdstudy::widgets
