#include "widgets/diagramlist.h"

#include "diagrams/diagramcatalog.h"

namespace sdstudy::widgets {

DiagramList::DiagramList(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setAccessibleName(tr("Diagrams"));
    const QList<QPair<diagrams::DiagramFile::Kind, QString>> groups = {
        {diagrams::DiagramFile::Kind::Architecture, tr("Architectures")},
        {diagrams::DiagramFile::Kind::Concept, tr("Concepts")},
        {diagrams::DiagramFile::Kind::Chart, tr("Charts")},
    };
    for (const auto &[kind, name] : groups) {
        auto *group = new QTreeWidgetItem(this, {name});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const diagrams::DiagramFile &file : diagrams::DiagramCatalog::bundled().all()) {
            if (file.kind != kind)
                continue;
            auto *item = new QTreeWidgetItem(group, {file.title});
            item->setData(0, Qt::UserRole, file.name);
        }
        group->setText(0, tr("%1 (%2)").arg(name).arg(group->childCount()));
    }
    expandAll();
    const auto choose = [this](QTreeWidgetItem *item) {
        const QString name = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!name.isEmpty())
            Q_EMIT diagramChosen(name);
    };
    connect(this, &QTreeWidget::currentItemChanged, this, [choose](QTreeWidgetItem *item) { choose(item); });
}

} // namespace sdstudy::widgets
