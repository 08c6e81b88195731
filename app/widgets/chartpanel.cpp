#include "widgets/chartpanel.h"

#include "charts/charttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace sdstudy::widgets {

ChartPanel::ChartPanel(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_note(new QLabel)
    , m_save(new QToolButton)
    , m_title(title)
{
    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_save->setText(tr("Save as PNG…"));
    m_save->setAccessibleName(tr("Save “%1” as PNG").arg(title));
    m_save->setAutoRaise(true);
    // Hidden on an empty panel, its room kept: titles side by side stay level.
    QSizePolicy keepRoom = m_save->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_save->setSizePolicy(keepRoom);
    connect(m_save, &QToolButton::clicked, this, &ChartPanel::exportPng);
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(content, 1);
    layout->addStretch(); // takes the room of a hidden content, so the note stays under the title
}

void ChartPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChartPanel::note() const
{
    return m_note->text();
}

void ChartPanel::setEmpty(const QString &note)
{
    setNote(note);
    m_content->hide();
    m_save->hide();
}

bool ChartPanel::isEmpty() const
{
    return m_content->isHidden();
}

ChartPanel::ChartPanel(const QString &title, QChart *chart, QWidget *parent)
    : ChartPanel(title, new QChartView(chart), parent)
{
    m_view = static_cast<QChartView *>(m_content);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Tall enough that a translated axis title ("Wiederholungen") fits beside a chart with a legend.
    m_view->setMinimumHeight(fontMetrics().height() * 17);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation); // the numbers at once, on every machine
    charts::ChartTheme::apply(chart, palette());
}

QChart *ChartPanel::chart() const
{
    return m_view ? m_view->chart() : nullptr;
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && chart())
        charts::ChartTheme::apply(chart(), palette());
    QWidget::changeEvent(event);
}

bool ChartPanel::savePng(const QString &path) const
{
    return m_content->grab().save(path, "PNG");
}

void ChartPanel::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), m_title + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !savePng(path))
        QMessageBox::warning(this, tr("Chart Not Saved"), tr("The picture could not be written to %1.").arg(path));
}

} // namespace sdstudy::widgets
