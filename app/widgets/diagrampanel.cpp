#include "widgets/diagrampanel.h"

#include "charts/conceptchartview.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/diagrampainter.h"
#include "widgets/diagramview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdstudy::widgets {

namespace {
enum Page { EmptyPage, DiagramPage, ChartPage };
}

DiagramPanel::DiagramPanel(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox)
    , m_pages(new QStackedWidget)
    , m_empty(new QLabel)
    , m_view(new DiagramView)
    , m_export(new QToolButton)
{
    m_choice->setObjectName(QStringLiteral("diagramChoice"));
    m_choice->setAccessibleName(tr("Diagram"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(12);
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { display(diagrams::DiagramCatalog::bundled().find(m_choice->currentData().toString())); });
    const auto addButton = [this](const QString &text, const QString &tip, const std::function<void()> &action) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, action);
        m_zoomButtons.append(button);
        return button;
    };
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_choice, 1);
    top->addWidget(addButton(QStringLiteral("−"), tr("Zoom out (-)"), [this] { m_view->zoomBy(0.8); }));
    top->addWidget(addButton(QStringLiteral("+"), tr("Zoom in (+)"), [this] { m_view->zoomBy(1.25); }));
    top->addWidget(addButton(tr("Fit"), tr("Fit to view (0)"), [this] { m_view->showWhole(); }));
    m_export->setText(tr("Save…"));
    m_export->setToolTip(tr("Save the diagram as PNG or SVG"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, &DiagramPanel::exportPicture);
    top->addWidget(m_export);

    m_empty->setObjectName(QStringLiteral("noDiagram"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setText(tr("No diagram for this question.\nThe Diagrams tab lists them all."));
    m_pages->insertWidget(EmptyPage, m_empty);
    m_pages->insertWidget(DiagramPage, m_view);
    m_pages->insertWidget(ChartPage, new QWidget); // replaced by each chart shown
    connect(m_view, &DiagramView::questionRequested, this, &DiagramPanel::questionRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    showForQuestion({});
}

void DiagramPanel::showForQuestion(const QStringList &phrasingIds)
{
    const QString before = currentDiagram();
    const QSignalBlocker quiet(m_choice);
    m_choice->clear();
    for (const diagrams::DiagramFile *file : diagrams::DiagramCatalog::bundled().forQuestions(phrasingIds))
        m_choice->addItem(file->title, file->name);
    // The same diagram stays up while moving between questions it belongs to.
    const int keep = m_choice->findData(before);
    m_choice->setCurrentIndex(keep >= 0 ? keep : 0);
    display(m_choice->count() > 0 ? diagrams::DiagramCatalog::bundled().find(m_choice->currentData().toString())
                                  : nullptr);
}

bool DiagramPanel::hasDiagram() const
{
    return m_choice->count() > 0;
}

void DiagramPanel::showDiagram(const QString &name)
{
    const diagrams::DiagramFile *file = diagrams::DiagramCatalog::bundled().find(name);
    if (!file)
        return;
    showForQuestion(file->questions);
    const QSignalBlocker quiet(m_choice);
    m_choice->setCurrentIndex(m_choice->findData(name));
    display(file);
}

QString DiagramPanel::currentDiagram() const
{
    return m_choice->currentData().toString();
}

int DiagramPanel::diagramCount() const
{
    return m_choice->count();
}

void DiagramPanel::display(const diagrams::DiagramFile *file)
{
    const bool any = file != nullptr;
    // The picker looks and works the same for every question: a single diagram is
    // named in it as plainly as one of several, never greyed out as if unavailable.
    m_choice->setEnabled(m_choice->count() > 0);
    m_export->setEnabled(any);
    if (!file) {
        m_pages->setCurrentIndex(EmptyPage);
        for (QToolButton *button : m_zoomButtons)
            button->setEnabled(false);
        return;
    }
    if (file->kind == diagrams::DiagramFile::Kind::Chart) {
        QString error;
        const auto built = charts::ConceptChartModel::from(file->chart, &error);
        auto *chart = built ? new charts::ConceptChartView(*built) : nullptr;
        QWidget *old = m_pages->widget(ChartPage);
        m_pages->removeWidget(old);
        old->deleteLater();
        m_pages->insertWidget(ChartPage, chart ? static_cast<QWidget *>(chart) : new QLabel(error));
        m_chart = chart;
        m_pages->setCurrentIndex(ChartPage);
        for (QToolButton *button : m_zoomButtons)
            button->setEnabled(false);
        return;
    }
    QString error;
    const diagrams::DiagramLayout::Flow flow = flowFor(*file);
    const diagrams::DiagramGeometry *geometry
        = diagrams::DiagramCatalog::bundled().geometry(*file, font(), &error, flow);
    if (!geometry) {
        m_empty->setText(error);
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    m_view->setDiagram(*file, *geometry);
    m_shownFlow = flow;
    m_pages->setCurrentIndex(DiagramPage);
    for (QToolButton *button : m_zoomButtons)
        button->setEnabled(true);
}

diagrams::DiagramLayout::Flow DiagramPanel::flowFor(const diagrams::DiagramFile &file) const
{
    // Whichever direction draws the diagram larger in the panel: a tall panel
    // often reads a left-to-right diagram better top to bottom.
    const QSizeF room = m_pages->size();
    const auto scale = [&](diagrams::DiagramLayout::Flow flow) {
        const diagrams::DiagramGeometry *geometry
            = diagrams::DiagramCatalog::bundled().geometry(file, font(), nullptr, flow);
        if (!geometry)
            return 0.0;
        const QRectF drawn
            = diagrams::DiagramPainter(*geometry, diagrams::DiagramStyle::from(palette(), font())).bounds();
        return std::min(room.width() / drawn.width(), room.height() / drawn.height());
    };
    return scale(diagrams::DiagramLayout::Flow::Vertical) > scale(diagrams::DiagramLayout::Flow::AsWritten) * 1.05
        ? diagrams::DiagramLayout::Flow::Vertical
        : diagrams::DiagramLayout::Flow::AsWritten;
}

void DiagramPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const diagrams::DiagramFile *file = diagrams::DiagramCatalog::bundled().find(currentDiagram());
    if (file && file->kind != diagrams::DiagramFile::Kind::Chart && flowFor(*file) != m_shownFlow)
        display(file);
}

void DiagramPanel::exportPicture()
{
    const diagrams::DiagramFile *file = diagrams::DiagramCatalog::bundled().find(currentDiagram());
    if (!file)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Diagram"), file->name + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    QString error;
    bool written = false;
    if (file->kind == diagrams::DiagramFile::Kind::Chart) {
        written = m_chart && m_chart->writePicture(path, svg, &error);
    } else if (const diagrams::DiagramGeometry *geometry
               = diagrams::DiagramCatalog::bundled().geometry(*file, font(), &error)) {
        const diagrams::DiagramStyle style = diagrams::DiagramStyle::from(palette(), font());
        written = svg
            ? diagrams::DiagramExport::writeSvg(path, *geometry, style, file->title, &error)
            : diagrams::DiagramExport::writePng(path, *geometry, style, file->title, devicePixelRatioF() * 2, &error);
    }
    if (!written)
        QMessageBox::warning(this, tr("Diagram Not Saved"), error);
}

} // namespace sdstudy::widgets
