#pragma once

#include "diagrams/diagramlayout.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace sdstudy::diagrams {
struct DiagramFile;
} // namespace sdstudy::diagrams

namespace sdstudy::charts {
class ConceptChartView;
} // namespace sdstudy::charts

namespace sdstudy::widgets {

class DiagramView;

// The diagram panel beside the answer: the diagrams of the question on show
// (or of any of its phrasings), one at a time, with zoom, fit and export.
class DiagramPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramPanel)

public:
    explicit DiagramPanel(QWidget *parent = nullptr);

    // Shows the diagrams that name any of these question ids; says so when none do.
    void showForQuestion(const QStringList &phrasingIds);
    // True when the question on show has a diagram (false: "No diagram").
    bool hasDiagram() const;
    // Shows one diagram by name, with the others of the same question still to hand.
    void showDiagram(const QString &name);
    QString currentDiagram() const;
    int diagramCount() const;

Q_SIGNALS:
    void questionRequested(const QString &questionId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void display(const diagrams::DiagramFile *file);
    diagrams::DiagramLayout::Flow flowFor(const diagrams::DiagramFile &file) const;
    void exportPicture();

    QComboBox *m_choice;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    DiagramView *m_view;
    charts::ConceptChartView *m_chart = nullptr;
    QList<QToolButton *> m_zoomButtons;
    QToolButton *m_export;
    diagrams::DiagramLayout::Flow m_shownFlow = diagrams::DiagramLayout::Flow::AsWritten;
};

} // namespace sdstudy::widgets
