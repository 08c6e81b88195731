#pragma once

#include "charts/conceptchartmodel.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QSlider;

namespace sdstudy::diagrams {
struct DiagramFile;
} // namespace sdstudy::diagrams

namespace sdstudy::charts {

// A concept chart on screen: the chart, a slider where moving one value
// teaches something (utilisation, jitter, skew), and a sentence of what the
// picture says. Follows the palette; saves as PNG or SVG.
class ConceptChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConceptChartView)

public:
    ConceptChartView(const ConceptChartModel &model, QWidget *parent = nullptr);

    QChart *chart() const;
    QString caption() const;
    void setSliderValue(double value);
    bool writePicture(const QString &path, bool svg, QString *error);

    // For the command line and printed sheets: a chart file as a picture.
    static bool writeChart(const diagrams::DiagramFile &file, const QString &path, bool svg, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    double sliderValue() const;

    ConceptChartModel m_model;
    std::optional<ChartSlider> m_sliderSpec;
    QChartView *m_view;
    QSlider *m_slider = nullptr;
    QLabel *m_sliderValue = nullptr;
    QLabel *m_caption;
};

} // namespace sdstudy::charts
