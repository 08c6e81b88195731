#pragma once

#include "core/bookmarkstore.h"
#include "core/notestore.h"

#include <QListView>
#include <QTreeView>

class QStandardItemModel;

namespace sdstudy::widgets {

// The person's bookmarks grouped by flag, each group with its count.
class BookmarksView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarksView)

public:
    explicit BookmarksView(QWidget *parent = nullptr);
    void setBookmarks(const QList<core::Bookmark> &bookmarks);

private:
    QStandardItemModel *m_model;
};

// Every note with its question, the first line of the note below the title.
class NotesListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesListView)

public:
    explicit NotesListView(QWidget *parent = nullptr);
    void setNotes(const QList<core::Note> &notes);

private:
    QStandardItemModel *m_model;
};

} // namespace sdstudy::widgets
