#include "widgets/collectionviews.h"

#include "core/flags.h"
#include "widgets/bookmarkicons.h"
#include "widgets/itemdatarole.h"
#include "widgets/plainmarkdown.h"
#include "widgets/plaintooltip.h"
#include "widgets/searchresultdelegate.h"

#include <QCoreApplication>
#include <QStandardItemModel>

namespace sdstudy::widgets {

namespace {

QString titleOf(const core::QuestionSummary &question, const QString &questionId)
{
    return question.id.isEmpty()
        ? QCoreApplication::translate("CollectionViews", "(no longer in a bank) %1").arg(questionId)
        : question.title;
}

QStandardItem *questionItem(const core::QuestionSummary &question, const QString &questionId)
{
    auto *item = new QStandardItem(titleOf(question, questionId));
    item->setEditable(false);
    item->setData(question.id, ItemDataRole::QuestionId);
    item->setData(question.number, ItemDataRole::QuestionNumber);
    item->setToolTip(plainToolTip(
        QCoreApplication::translate("CollectionViews", "#%1 · %2").arg(question.number).arg(question.topic)));
    return item;
}

} // namespace

BookmarksView::BookmarksView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Bookmarks"));
}

void BookmarksView::setBookmarks(const QList<core::Bookmark> &bookmarks)
{
    m_model->clear();
    QStandardItem *group = nullptr;
    QString groupFlag = QStringLiteral("\x01");
    auto closeGroup = [&] {
        if (group)
            group->setText(QStringLiteral("%1 (%2)").arg(group->data(Qt::UserRole).toString()).arg(group->rowCount()));
    };
    for (const core::Bookmark &b : bookmarks) {
        if (b.flag != groupFlag) {
            closeGroup();
            groupFlag = b.flag;
            const auto flag = core::Flags::find(b.flag);
            const QString name = flag ? flag->name : tr("Bookmarked");
            group = new QStandardItem(BookmarkIcons::forFlag(b.flag), name);
            group->setData(name, Qt::UserRole);
            group->setEditable(false);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow(group);
        }
        group->appendRow(questionItem(b.question, b.questionId));
    }
    closeGroup();
    expandAll();
}

NotesListView::NotesListView(QWidget *parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setUniformItemSizes(true);
    setItemDelegate(new SearchResultDelegate(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each line is elided to fit
    setAccessibleName(tr("All notes"));
}

void NotesListView::setNotes(const QList<core::Note> &notes)
{
    m_model->clear();
    for (const core::Note &note : notes) {
        QStandardItem *item = questionItem(note.question, note.questionId);
        // Where the question sits, then the note as it reads.
        item->setData(QCoreApplication::translate("CollectionViews", "#%1 · %2")
                          .arg(note.question.number)
                          .arg(note.question.topic),
                      ItemDataRole::Location);
        constexpr qsizetype kShown = 300; // more than a row shows
        item->setData(PlainMarkdown::from(note.text, kShown), ItemDataRole::Snippet);
        item->setToolTip(plainToolTip(note.text.left(400)));
        m_model->appendRow(item);
    }
}

} // namespace sdstudy::widgets
