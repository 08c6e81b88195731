#pragma once

#include <QDockWidget>

namespace sdstudy::widgets {

class DiagramPanel;

// The Diagram panel in its dock. It gives the answer its room back for a question
// without a diagram and comes back with the next one that has one, unless the
// person closed it; F9 (its toggle action) and a diagram asked for bring it back.
// A floating panel stays where the person put it.
class DiagramDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramDock)

public:
    explicit DiagramDock(QWidget *parent = nullptr);

    DiagramPanel *panel() const { return m_panel; }
    // The diagrams of the question on show (its phrasings' ids).
    void showForQuestion(const QStringList &phrasingIds);
    // A diagram the person asked for: shown, and the panel keeps following.
    void showDiagram(const QString &name);
    void showAsked();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setWanted(bool wanted);

    DiagramPanel *m_panel;
    bool m_wanted;
};

} // namespace sdstudy::widgets
