#include "charts/conceptchartview.h"

#include "charts/charttheme.h"
#include "diagrams/diagramfile.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QSlider>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sdstudy::charts {

namespace {
constexpr int kSliderSteps = 1000;
}

ConceptChartView::ConceptChartView(const ConceptChartModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_sliderSpec(model.slider())
    , m_view(new QChartView)
    , m_caption(new QLabel)
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 16);
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    if (m_sliderSpec) {
        m_slider = new QSlider(Qt::Horizontal);
        m_slider->setObjectName(QStringLiteral("chartSlider"));
        m_slider->setAccessibleName(m_sliderSpec->label);
        m_slider->setRange(0, kSliderSteps);
        m_sliderValue = new QLabel;
        m_sliderValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(m_sliderSpec->label + QLatin1Char(':'));
        label->setBuddy(m_slider);
        row->addWidget(label);
        row->addWidget(m_slider, 1);
        row->addWidget(m_sliderValue);
        layout->addLayout(row);
        setSliderValue(m_sliderSpec->value);
        connect(m_slider, &QSlider::valueChanged, this, &ConceptChartView::rebuild);
    }
    layout->addWidget(m_caption);
    rebuild();
}

QChart *ConceptChartView::chart() const
{
    return m_view->chart();
}

QString ConceptChartView::caption() const
{
    return m_caption->text();
}

double ConceptChartView::sliderValue() const
{
    if (!m_sliderSpec)
        return 0;
    return m_sliderSpec->minimum + (m_sliderSpec->maximum - m_sliderSpec->minimum) * m_slider->value() / kSliderSteps;
}

void ConceptChartView::setSliderValue(double value)
{
    if (!m_sliderSpec)
        return;
    const double share = (value - m_sliderSpec->minimum) / (m_sliderSpec->maximum - m_sliderSpec->minimum);
    m_slider->setValue(qRound(std::clamp(share, 0.0, 1.0) * kSliderSteps));
}

void ConceptChartView::rebuild()
{
    const ConceptChartData data = m_model.data(sliderValue());
    if (m_sliderValue)
        m_sliderValue->setText(QString::number(sliderValue(), 'f', 2));
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));

    QAbstractAxis *x = nullptr;
    QAbstractAxis *y = nullptr;
    if (!data.categories.isEmpty()) {
        auto *bars = new QBarSeries;
        for (const auto &series : data.series) {
            auto *set = new QBarSet(series.name);
            set->setColor(QColor(series.colour));
            set->setBorderColor(QColor(series.colour));
            for (const QPointF &point : series.points)
                set->append(point.y());
            bars->append(set);
        }
        chart->addSeries(bars);
        auto *categories = new QBarCategoryAxis;
        categories->append(data.categories);
        x = categories;
    } else {
        for (const auto &series : data.series) {
            auto *line = new QLineSeries;
            line->setName(series.name);
            line->append(series.points);
            QPen pen(QColor(series.colour), 2.2);
            line->setPen(pen);
            if (series.kind == ConceptChartData::Series::Kind::Area) {
                auto *area = new QAreaSeries(line);
                area->setName(series.name);
                QColor fill(series.colour);
                fill.setAlphaF(0.35);
                area->setBrush(fill);
                area->setPen(pen);
                chart->addSeries(area);
            } else {
                chart->addSeries(line);
            }
        }
        auto *values = new QValueAxis;
        values->setRange(data.xMin, data.xMax);
        values->applyNiceNumbers(); // round ticks: 0, 500, 1000, not 787.5
        values->setLabelFormat(QStringLiteral("%g"));
        x = values;
    }
    if (data.logY) {
        auto *log = new QLogValueAxis;
        log->setRange(data.yMin, data.yMax);
        log->setLabelFormat(QStringLiteral("%g"));
        y = log;
    } else {
        auto *values = new QValueAxis;
        values->setRange(data.yMin, data.yMax);
        values->applyNiceNumbers();
        values->setLabelFormat(QStringLiteral("%g"));
        y = values;
    }
    x->setTitleText(data.xTitle);
    y->setTitleText(data.yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // Markers: dashed vertical lines named in the legend ("p99 120 ms").
    static const QList<QColor> markerColours = {QColor(67, 160, 71), QColor(239, 108, 0), QColor(211, 47, 47)};
    for (qsizetype i = 0; i < data.markers.size(); ++i) {
        auto *marker = new QLineSeries;
        marker->setName(data.markers[i].label);
        marker->append(data.markers[i].x, data.yMin);
        marker->append(data.markers[i].x, data.yMax);
        marker->setPen(QPen(markerColours[i % markerColours.size()], 1.6, Qt::DashLine));
        chart->addSeries(marker);
    }
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    ChartTheme::apply(chart, palette());
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_caption->setText(data.caption);
}

void ConceptChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartTheme::apply(chart(), palette());
    QWidget::changeEvent(event);
}

bool ConceptChartView::writePicture(const QString &path, bool svg, QString *error)
{
    if (!svg) {
        if (grab().save(path, "PNG"))
            return true;
        *error = tr("%1: could not write the picture").arg(path);
        return false;
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("%1: could not write the picture").arg(path);
        return false;
    }
    render(&painter);
    return true;
}

bool ConceptChartView::writeChart(const diagrams::DiagramFile &file, const QString &path, bool svg, QString *error)
{
    const auto model = ConceptChartModel::from(file.chart, error);
    if (!model)
        return false;
    ConceptChartView view(*model);
    view.setPalette(QPalette(Qt::black, Qt::white)); // pictures go on paper and into documents
    view.setAutoFillBackground(true);
    view.resize(900, 620);
    view.ensurePolished();
    view.chart()->setTitle(file.title);
    ChartTheme::apply(view.chart(), view.palette());
    return view.writePicture(path, svg, error);
}

} // namespace sdstudy::charts
