#include "widgets/diagramdock.h"

#include "widgets/diagrampanel.h"

#include <QAction>
#include <QSettings>

namespace sdstudy::widgets {

namespace {
const QString kWantedKey = QStringLiteral("view/diagramPanel");
} // namespace

DiagramDock::DiagramDock(QWidget *parent)
    : QDockWidget(tr("Diagram"), parent)
    , m_panel(new DiagramPanel)
    , m_wanted(QSettings().value(kWantedKey, true).toBool())
{
    setObjectName(QStringLiteral("diagramDock"));
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("&Diagram Panel"));
    toggle->setShortcut(QKeySequence(Qt::Key_F9));
    toggle->setObjectName(QStringLiteral("toggleDiagramPanel"));
    connect(toggle, &QAction::triggered, this, &DiagramDock::setWanted);
}

void DiagramDock::setWanted(bool wanted)
{
    m_wanted = wanted;
    QSettings().setValue(kWantedKey, wanted);
}

void DiagramDock::showForQuestion(const QStringList &phrasingIds)
{
    m_panel->showForQuestion(phrasingIds);
    if (!isFloating())
        setVisible(m_wanted && m_panel->hasDiagram());
}

void DiagramDock::showDiagram(const QString &name)
{
    m_panel->showDiagram(name);
    showAsked();
}

void DiagramDock::showAsked()
{
    setWanted(true);
    show();
}

void DiagramDock::closeEvent(QCloseEvent *event)
{
    setWanted(false); // its close button: the person's choice
    QDockWidget::closeEvent(event);
}

} // namespace sdstudy::widgets
