// The concept charts' numbers, and the charts a person sees and saves.

#include "charts/conceptchartmodel.h"
#include "charts/conceptchartview.h"
#include "diagrams/diagramcatalog.h"

#include <QApplication>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::diagrams;
using namespace sdstudy::charts;

class TestConceptCharts final : public QObject
{
    Q_OBJECT

private:
    static ConceptChartModel model(const char *name, const QJsonObject &extra = {})
    {
        QJsonObject chart = extra;
        chart.insert(QStringLiteral("model"), QLatin1String(name));
        QString error;
        const auto made = ConceptChartModel::from(chart, &error);
        if (!made)
            qFatal("%s", qPrintable(error));
        return *made;
    }
    static double yAt(const ConceptChartData::Series &series, double x)
    {
        for (const QPointF &p : series.points) {
            if (std::abs(p.x() - x) < 1e-9)
                return p.y();
        }
        return -1;
    }

private Q_SLOTS:
    void everyChartFileNamesAKnownModel()
    {
        int charts = 0;
        for (const DiagramFile &file : DiagramCatalog::bundled().all()) {
            if (file.kind != DiagramFile::Kind::Chart)
                continue;
            ++charts;
            QString error;
            QVERIFY2(ConceptChartModel::from(file.chart, &error), qPrintable(file.name + QStringLiteral(": ") + error));
        }
        QCOMPARE(charts, 5);
        QString error;
        QVERIFY(!ConceptChartModel::from(QJsonObject {{QStringLiteral("model"), QStringLiteral("pie")}}, &error));
        QVERIFY(error.contains(QStringLiteral("mm1-queue")));
    }

    void ninesCutDowntimeTenfold()
    {
        const auto data = model("availability").data();
        QCOMPARE(data.categories.size(), 5);
        QCOMPARE(data.categories[1], QStringLiteral("99.9%"));
        QCOMPARE(qRound(data.series[0].points[1].y()), 526); // 8.77 hours a year
        QCOMPARE(qRound(data.series[0].points[3].y()), 53);  // 99.99%: 52.6 minutes
        QVERIFY(data.caption.contains(QStringLiteral("8.8 hours")));
    }

    void latencyPercentilesOfALongTail()
    {
        const auto data = model("latency", {{QStringLiteral("median_ms"), 40}}).data(0.6);
        QCOMPARE(data.markers.size(), 3);
        QCOMPARE(qRound(data.markers[0].x), 40); // p50 is the median
        // p99 / p50 = exp(sigma * z(0.99)), to the approximation's 1e-9.
        QVERIFY(std::abs(data.markers[2].x / data.markers[0].x - std::exp(0.6 * 2.3263478740)) < 1e-6);
        // A heavier tail pushes p99 further out.
        QVERIFY(model("latency").data(1.2).markers[2].x > 2 * data.markers[2].x);
    }

    void jitterSpreadsTheRetries()
    {
        const auto plain = model("backoff", {{QStringLiteral("clients"), 200}}).data(0);
        const auto spread = model("backoff", {{QStringLiteral("clients"), 200}}).data(1);
        const auto peak = [](const ConceptChartData::Series &s) {
            double top = 0;
            for (const QPointF &p : s.points)
                top = std::max(top, p.y());
            return top;
        };
        const auto total = [](const ConceptChartData::Series &s) {
            double sum = 0;
            for (const QPointF &p : s.points)
                sum += p.y();
            return sum;
        };
        QCOMPARE(peak(plain.series[0]), 200.0);    // every client at once
        QCOMPARE(total(spread.series[1]), 1000.0); // five retries each, either way
        QVERIFY(peak(spread.series[1]) < 100);
        QCOMPARE(peak(plain.series[1]), 200.0); // no jitter: the "with" line is the same herd
    }

    void skewMakesSmallCachesWork()
    {
        const auto uniform = model("zipf-cache").data(0);
        QCOMPARE(qRound(yAt(uniform.series[0], 10)), 10);
        const auto skewed = model("zipf-cache").data(1.0);
        const double tenPercent = yAt(skewed.series[0], 10);
        QVERIFY2(tenPercent > 70 && tenPercent < 85, qPrintable(QString::number(tenPercent)));
        QCOMPARE(yAt(skewed.series[0], 100), 100.0);
    }

    void waitingGrowsWithUtilisation()
    {
        const auto data = model("mm1-queue", {{QStringLiteral("service_ms"), 10}}).data(0.9);
        QCOMPARE(yAt(data.series[0], 50), 20.0);
        QCOMPARE(qRound(data.markers[0].x), 90);
        QVERIFY(data.markers[0].label.contains(QStringLiteral("100 ms")));
    }

    void theViewFollowsItsSlider()
    {
        ConceptChartView view(model("mm1-queue"));
        view.resize(800, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *slider = view.findChild<QSlider *>(QStringLiteral("chartSlider"));
        QVERIFY(slider);
        QVERIFY(view.caption().contains(QStringLiteral("70% busy")));
        view.setSliderValue(0.9);
        QVERIFY2(view.caption().contains(QStringLiteral("90% busy takes 100 ms")), qPrintable(view.caption()));
        QVERIFY(view.chart()->series().size() >= 2); // the curve and the marker

        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("q.png"));
        QVERIFY(view.writePicture(png, false, &error));
        QVERIFY(QImage(png).width() >= 800);
        const QString svg = dir.filePath(QStringLiteral("q.svg"));
        QVERIFY(ConceptChartView::writeChart(*DiagramCatalog::bundled().find(QStringLiteral("queueing-delay")), svg,
                                             true, &error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }
};

QTEST_MAIN(TestConceptCharts)
#include "tst_conceptcharts.moc"
