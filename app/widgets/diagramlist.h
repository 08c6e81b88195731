#pragma once

#include <QTreeWidget>

namespace sdstudy::widgets {

// The "Diagrams" tab: every diagram the app has, grouped by kind.
class DiagramList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramList)

public:
    explicit DiagramList(QWidget *parent = nullptr);

Q_SIGNALS:
    void diagramChosen(const QString &name);
};

} // namespace sdstudy::widgets
