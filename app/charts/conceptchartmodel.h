#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::charts {

// The numbers behind a concept chart, computed from the model its file names
// and the position of its slider (if it has one). No drawing here: the view
// turns this into a Qt Charts chart, the tests check the numbers.
//
// Models: "availability" (downtime per year and month for each number of
// nines), "latency" (a long-tailed latency distribution with p50/p95/p99),
// "backoff" (retries of many clients over time, with and without jitter),
// "zipf-cache" (hit ratio against cache size under a Zipf workload),
// "mm1-queue" (waiting time against utilisation in an M/M/1 queue).
struct ConceptChartData
{
    struct Series
    {
        enum class Kind { Line, Area, Bars };
        QString name;
        Kind kind = Kind::Line;
        QList<QPointF> points; // Bars: y per category, x unused
        QString colour;        // "#rrggbb"
    };
    struct Marker
    {
        double x = 0;
        QString label;
    };

    QString xTitle;
    QString yTitle;
    QStringList categories; // bar charts
    bool logY = false;
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
    QList<Series> series;
    QList<Marker> markers; // vertical lines: percentiles, the chosen utilisation
    QString caption;       // one sentence of what the picture says, with the numbers
};

struct ChartSlider
{
    QString label;
    double minimum = 0;
    double maximum = 1;
    double value = 0;
    double step = 0.01;
    QString format; // "%1%" etc.: how the value reads next to the slider
};

class ConceptChartModel final
{
public:
    static const QStringList &models();

    // Reads the model and its settings; nullopt with *error if the model is unknown.
    static std::optional<ConceptChartModel> from(const QJsonObject &chart, QString *error);

    std::optional<ChartSlider> slider() const;
    ConceptChartData data(double sliderValue) const;
    ConceptChartData data() const; // at the slider's starting value

private:
    ConceptChartData availability() const;
    ConceptChartData latency(double sigma) const;
    ConceptChartData backoff(double jitter) const;
    ConceptChartData zipfCache(double skew) const;
    ConceptChartData mm1Queue(double utilisation) const;

    QString m_model;
    QJsonObject m_settings;
};

} // namespace sdstudy::charts
