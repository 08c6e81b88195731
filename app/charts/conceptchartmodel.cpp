#include "charts/conceptchartmodel.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>

namespace sdstudy::charts {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct ConceptChartModelText
{
    Q_DECLARE_TR_FUNCTIONS(ConceptChartModel)
};

const QString kBlue = QStringLiteral("#1e88e5");
const QString kOrange = QStringLiteral("#ef6c00");
const QString kGrey = QStringLiteral("#9e9e9e");

QString durationText(double minutes)
{
    if (minutes >= 24 * 60)
        return ConceptChartModelText::tr("%1 days").arg(minutes / (24 * 60), 0, 'f', 1);
    if (minutes >= 60)
        return ConceptChartModelText::tr("%1 hours").arg(minutes / 60, 0, 'f', 1);
    if (minutes >= 1)
        return ConceptChartModelText::tr("%1 min").arg(minutes, 0, 'f', 1);
    return ConceptChartModelText::tr("%1 s").arg(minutes * 60, 0, 'f', 0);
}

// The inverse of the standard normal distribution (Acklam's approximation,
// good to 1e-9), for the percentiles of a log-normal latency.
double normalQuantile(double p)
{
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[]
        = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    if (p < 0.02425) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - 0.02425)
        return -normalQuantile(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

const QStringList &ConceptChartModel::models()
{
    static const QStringList names
        = {QStringLiteral("availability"), QStringLiteral("latency"), QStringLiteral("backoff"),
           QStringLiteral("zipf-cache"), QStringLiteral("mm1-queue")};
    return names;
}

std::optional<ConceptChartModel> ConceptChartModel::from(const QJsonObject &chart, QString *error)
{
    ConceptChartModel model;
    model.m_model = chart.value(QStringLiteral("model")).toString();
    model.m_settings = chart;
    if (!models().contains(model.m_model)) {
        *error = ConceptChartModelText::tr("unknown chart model \"%1\"; the models are %2")
                     .arg(model.m_model, models().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return model;
}

std::optional<ChartSlider> ConceptChartModel::slider() const
{
    if (m_model == QLatin1String("latency"))
        return ChartSlider {ConceptChartModelText::tr("Tail heaviness (sigma)"),     0.2,  1.5,
                            m_settings.value(QStringLiteral("sigma")).toDouble(0.6), 0.05, QStringLiteral("%1")};
    if (m_model == QLatin1String("backoff"))
        return ChartSlider {ConceptChartModelText::tr("Jitter"),
                            0,
                            1,
                            m_settings.value(QStringLiteral("jitter")).toDouble(1.0),
                            0.05,
                            QStringLiteral("%1")};
    if (m_model == QLatin1String("zipf-cache"))
        return ChartSlider {ConceptChartModelText::tr("Skew (Zipf s)"),
                            0.0,
                            1.5,
                            m_settings.value(QStringLiteral("skew")).toDouble(1.0),
                            0.05,
                            QStringLiteral("%1")};
    if (m_model == QLatin1String("mm1-queue"))
        return ChartSlider {ConceptChartModelText::tr("Utilisation"),
                            0.1,
                            0.98,
                            m_settings.value(QStringLiteral("utilisation")).toDouble(0.7),
                            0.01,
                            QStringLiteral("%1")};
    return std::nullopt;
}

ConceptChartData ConceptChartModel::data() const
{
    const auto s = slider();
    return data(s ? s->value : 0);
}

ConceptChartData ConceptChartModel::data(double value) const
{
    if (m_model == QLatin1String("availability"))
        return availability();
    if (m_model == QLatin1String("latency"))
        return latency(value);
    if (m_model == QLatin1String("backoff"))
        return backoff(value);
    if (m_model == QLatin1String("zipf-cache"))
        return zipfCache(value);
    return mm1Queue(value);
}

ConceptChartData ConceptChartModel::availability() const
{
    ConceptChartData data;
    data.xTitle = ConceptChartModelText::tr("Availability");
    data.yTitle = ConceptChartModelText::tr("Downtime (minutes, log scale)");
    data.logY = true;
    const QList<double> levels = {0.99, 0.999, 0.9995, 0.9999, 0.99999};
    ConceptChartData::Series year {
        ConceptChartModelText::tr("per year"), ConceptChartData::Series::Kind::Bars, {}, kOrange};
    ConceptChartData::Series month {
        ConceptChartModelText::tr("per month"), ConceptChartData::Series::Kind::Bars, {}, kBlue};
    const double minutesPerYear = 365.25 * 24 * 60;
    QStringList lines;
    for (double level : levels) {
        data.categories.append(QStringLiteral("%1%").arg(level * 100, 0, 'g', 6));
        const double perYear = (1 - level) * minutesPerYear;
        year.points.append({0, perYear});
        month.points.append({0, perYear / 12});
        lines.append(
            ConceptChartModelText::tr("%1%: %2 a year").arg(level * 100, 0, 'g', 6).arg(durationText(perYear)));
    }
    data.series = {year, month};
    data.yMin = 0.1;
    data.yMax = 10000;
    data.caption
        = ConceptChartModelText::tr("Each nine cuts downtime tenfold: %1.").arg(lines.join(QStringLiteral(", ")));
    return data;
}

ConceptChartData ConceptChartModel::latency(double sigma) const
{
    // Log-normal around a median latency: most requests fast, a long tail slow.
    const double medianMs = m_settings.value(QStringLiteral("median_ms")).toDouble(40);
    const double mu = std::log(medianMs);
    const auto quantile = [&](double p) { return std::exp(mu + sigma * normalQuantile(p)); };
    ConceptChartData data;
    data.xTitle = ConceptChartModelText::tr("Latency (ms)");
    data.yTitle = ConceptChartModelText::tr("% of requests per ms");
    const double xMax = std::min(2000.0, quantile(0.995) * 1.1);
    ConceptChartData::Series density {
        ConceptChartModelText::tr("requests"), ConceptChartData::Series::Kind::Area, {}, kBlue};
    double top = 0;
    for (int i = 1; i <= 200; ++i) {
        const double x = xMax * i / 200;
        const double z = (std::log(x) - mu) / sigma;
        const double y = 100 * std::exp(-z * z / 2) / (x * sigma * std::sqrt(2 * M_PI));
        density.points.append({x, y});
        top = std::max(top, y);
    }
    data.series = {density};
    data.xMax = xMax;
    data.yMax = top * 1.15;
    const double p50 = quantile(0.5), p95 = quantile(0.95), p99 = quantile(0.99);
    data.markers = {{p50, ConceptChartModelText::tr("p50 %1 ms").arg(qRound(p50))},
                    {p95, ConceptChartModelText::tr("p95 %1 ms").arg(qRound(p95))},
                    {p99, ConceptChartModelText::tr("p99 %1 ms").arg(qRound(p99))}};
    data.caption
        = ConceptChartModelText::tr(
              "Half the requests take under %1 ms, but one in a hundred takes over %2 ms: %3 times the median. "
              "A page that makes 100 calls almost always waits for a p99.")
              .arg(qRound(p50))
              .arg(qRound(p99))
              .arg(p99 / p50, 0, 'f', 1);
    return data;
}

ConceptChartData ConceptChartModel::backoff(double jitter) const
{
    // Clients that failed together retry with exponential backoff; jitter
    // spreads each wait over [(1 - jitter) * d, d].
    const int clients = m_settings.value(QStringLiteral("clients")).toInt(200);
    const double baseMs = m_settings.value(QStringLiteral("base_ms")).toDouble(100);
    const int attempts = 5;
    const double bucketMs = 25;
    const double endMs = baseMs * ((1 << attempts) - 1) + bucketMs;
    const int buckets = int(endMs / bucketMs) + 1;
    QList<int> plain(buckets, 0), spread(buckets, 0);
    QRandomGenerator random(20261128);
    for (int c = 0; c < clients; ++c) {
        double tPlain = 0, tSpread = 0;
        for (int a = 0; a < attempts; ++a) {
            const double delay = baseMs * (1 << a);
            tPlain += delay;
            tSpread += delay * (1 - jitter * random.generateDouble());
            ++plain[std::min(buckets - 1, int(tPlain / bucketMs))];
            ++spread[std::min(buckets - 1, int(tSpread / bucketMs))];
        }
    }
    ConceptChartData data;
    data.xTitle = ConceptChartModelText::tr("Time since the failure (ms)");
    data.yTitle = ConceptChartModelText::tr("Retries per %1 ms").arg(bucketMs);
    ConceptChartData::Series without {
        ConceptChartModelText::tr("without jitter"), ConceptChartData::Series::Kind::Line, {}, kOrange};
    ConceptChartData::Series with {
        ConceptChartModelText::tr("with jitter"), ConceptChartData::Series::Kind::Line, {}, kBlue};
    int peakPlain = 0, peakSpread = 0;
    for (int b = 0; b < buckets; ++b) {
        without.points.append({b * bucketMs, double(plain[b])});
        with.points.append({b * bucketMs, double(spread[b])});
        peakPlain = std::max(peakPlain, plain[b]);
        peakSpread = std::max(peakSpread, spread[b]);
    }
    data.series = {without, with};
    data.xMax = endMs;
    data.yMax = peakPlain * 1.1;
    data.caption = ConceptChartModelText::tr(
                       "%1 clients that failed at once retry at 100, 300, 700 ms ... Without jitter every retry lands "
                       "together (peaks of %2); with %3% jitter the peak is %4.")
                       .arg(clients)
                       .arg(peakPlain)
                       .arg(qRound(jitter * 100))
                       .arg(peakSpread);
    return data;
}

ConceptChartData ConceptChartModel::zipfCache(double skew) const
{
    // Item k is asked for in proportion to 1 / k^s; caching the most popular
    // share of items catches this share of requests.
    const int items = m_settings.value(QStringLiteral("items")).toInt(10000);
    QList<double> cumulative(items + 1, 0);
    for (int k = 1; k <= items; ++k)
        cumulative[k] = cumulative[k - 1] + 1 / std::pow(double(k), skew);
    ConceptChartData data;
    data.xTitle = ConceptChartModelText::tr("Cache size (% of items)");
    data.yTitle = ConceptChartModelText::tr("Hit ratio (%)");
    ConceptChartData::Series skewed {
        ConceptChartModelText::tr("Zipf s = %1").arg(skew, 0, 'f', 2), ConceptChartData::Series::Kind::Line, {}, kBlue};
    ConceptChartData::Series uniform {
        ConceptChartModelText::tr("uniform (no skew)"), ConceptChartData::Series::Kind::Line, {}, kGrey};
    for (int percent = 0; percent <= 100; ++percent) {
        const int cached = items * percent / 100;
        skewed.points.append({double(percent), 100 * cumulative[cached] / cumulative[items]});
        uniform.points.append({double(percent), double(percent)});
    }
    data.series = {skewed, uniform};
    data.xMax = 100;
    data.yMax = 100;
    const double tenPercent = 100 * cumulative[items / 10] / cumulative[items];
    data.markers = {{10, ConceptChartModelText::tr("10% cached: %1% hits").arg(qRound(tenPercent))}};
    data.caption
        = ConceptChartModelText::tr("With skew %1, caching the most popular 10% of %2 items serves %3% of requests; "
                                    "without skew it serves 10%.")
              .arg(skew, 0, 'f', 2)
              .arg(items)
              .arg(qRound(tenPercent));
    return data;
}

ConceptChartData ConceptChartModel::mm1Queue(double utilisation) const
{
    // M/M/1: the average wait in the queue is rho / (1 - rho) service times.
    const double serviceMs = m_settings.value(QStringLiteral("service_ms")).toDouble(10);
    ConceptChartData data;
    data.xTitle = ConceptChartModelText::tr("Utilisation (%)");
    data.yTitle = ConceptChartModelText::tr("Time in the system (ms)");
    ConceptChartData::Series wait {
        ConceptChartModelText::tr("queueing + service"), ConceptChartData::Series::Kind::Line, {}, kOrange};
    for (int i = 0; i <= 98; ++i) {
        const double rho = i / 100.0;
        wait.points.append({100 * rho, serviceMs / (1 - rho)});
    }
    data.series = {wait};
    data.xMax = 100;
    data.yMax = serviceMs / (1 - 0.98) * 1.05;
    const double atChoice = serviceMs / (1 - utilisation);
    data.markers = {{100 * utilisation,
                     ConceptChartModelText::tr("%1%: %2 ms").arg(qRound(utilisation * 100)).arg(atChoice, 0, 'f', 0)}};
    data.caption
        = ConceptChartModelText::tr(
              "A %1 ms request on a server %2% busy takes %3 ms on average; at 50% it takes %4 ms, at 90% %5 ms. "
              "Latency climbs steeply past about 80%: keep headroom.")
              .arg(serviceMs)
              .arg(qRound(utilisation * 100))
              .arg(atChoice, 0, 'f', 0)
              .arg(serviceMs / 0.5, 0, 'f', 0)
              .arg(serviceMs / 0.1, 0, 'f', 0);
    return data;
}

} // namespace sdstudy::charts
