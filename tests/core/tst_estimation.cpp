// Estimation drills: every problem type against answers worked out by hand from
// the numbers its question gives, for fixed seeds; answers read in the units a
// person writes; the tolerance each type states.

#include "core/estimationdrill.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace sdstudy::core;
using namespace Qt::StringLiterals;
using Dimension = EstimationProblem::Dimension;

class TestEstimation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeAgainstHandComputedAnswers_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<uint>("seed");
        QTest::addColumn<QStringList>("numbers"); // as the question says them
        QTest::addColumn<double>("answer");
        // 100 million users × 20 requests a day ÷ 86,400 s
        QTest::newRow("qps") << u"qps"_s << 7u << QStringList {u"100 million"_s, u"20 requests"_s} << 1e8 * 20 / 86400;
        QTest::newRow("peak") << u"peak"_s << 7u << QStringList {u"100 million"_s, u"20 requests"_s, u"2 times"_s}
                              << 2 * 1e8 * 20 / 86400;
        // 100 million items × 2 KB × 365 days × 1 year × 2 copies
        QTest::newRow("storage") << u"storage"_s << 7u
                                 << QStringList {u"100 million"_s, u"2 KB"_s, u"1 year"_s, u"2 copies"_s}
                                 << 1e8 * 2e3 * 365 * 2;
        // 50,000 requests/s × 100 KB
        QTest::newRow("bandwidth") << u"bandwidth"_s << 7u << QStringList {u"50,000 requests"_s, u"100 KB"_s}
                                   << 5e4 * 1e5;
        // 500 million items × 2 KB × the hot 10%
        QTest::newRow("cache") << u"cache"_s << 7u << QStringList {u"500 million items"_s, u"2 KB"_s, u"10%"_s}
                               << 5e8 * 2e3 * 0.1;
        QTest::newRow("cache, seed 3") << u"cache"_s << 3u << QStringList {u"10 million items"_s, u"5 KB"_s, u"10%"_s}
                                       << 1e7 * 5e3 * 0.1;
        // 100,000 ÷ (2,000 × 50%) = 100
        QTest::newRow("servers") << u"servers"_s << 7u
                                 << QStringList {u"100,000 requests"_s, u"2,000 per second"_s, u"50%"_s} << 100.0;
        // 10,000 ÷ (5,000 × 60%) = 3.3, rounded up
        QTest::newRow("servers, seed 3") << u"servers"_s << 3u
                                         << QStringList {u"10,000 requests"_s, u"5,000 per second"_s, u"60%"_s} << 4.0;
        // 100 TB ÷ (2 TB × 50%)
        QTest::newRow("shards") << u"shards"_s << 7u << QStringList {u"100 TB"_s, u"2 TB"_s, u"50%"_s} << 100.0;
        QTest::newRow("shards, seed 3") << u"shards"_s << 3u << QStringList {u"10 TB"_s, u"4 TB"_s, u"50%"_s} << 5.0;
        // max(500 ÷ 20, 500 ÷ 5)
        QTest::newRow("partitions") << u"partitions"_s << 7u << QStringList {u"500 MB/s"_s, u"20 MB/s"_s, u"5 MB/s"_s}
                                    << 100.0;
        // max(50 ÷ 50, 50 ÷ 10)
        QTest::newRow("partitions, seed 3")
            << u"partitions"_s << 3u << QStringList {u"50 MB/s"_s, u"50 MB/s"_s, u"10 MB/s"_s} << 5.0;
        QTest::newRow("latency") << u"latency"_s << 7u << QStringList {u"reading 1 MB sequentially from an SSD"_s}
                                 << 1e-3;
    }
    void everyTypeAgainstHandComputedAnswers()
    {
        QFETCH(QString, type);
        QFETCH(uint, seed);
        QFETCH(QStringList, numbers);
        QFETCH(double, answer);
        const EstimationProblem problem = EstimationDrill::generate(type, seed);
        QCOMPARE(problem.type, type);
        for (const QString &number : std::as_const(numbers))
            QVERIFY2(problem.question.contains(number), qPrintable(problem.question + u" lacks "_s + number));
        QVERIFY2(std::abs(problem.answer - answer) <= 1e-9 * answer, qPrintable(QString::number(problem.answer)));
        QVERIFY(problem.steps.size() >= 2);
        // The same seed gives the same problem.
        QCOMPARE(EstimationDrill::generate(type, seed).question, problem.question);
    }

    void workedStepsUsePowersOfTen()
    {
        const EstimationProblem problem = EstimationDrill::generate(u"storage"_s, 7);
        QCOMPARE(problem.steps.first(), u"A day: 10⁸ × 2 × 10³ B = 2 × 10¹¹ B"_s);
        QCOMPARE(problem.answerText, u"146 TB (1.46 × 10¹⁴)"_s);
        QCOMPARE(EstimationDrill::powerOfTen(11574.07), u"1.16 × 10⁴"_s);
        QCOMPARE(EstimationDrill::powerOfTen(0.001), u"10⁻³"_s);
        QCOMPARE(EstimationDrill::powerOfTen(99999), u"10⁵"_s);
    }

    void everyTypeComesUp()
    {
        QSet<QString> seen;
        for (quint32 seed = 0; seed < 200; ++seed)
            seen.insert(EstimationDrill::generate(seed).type);
        const QStringList all = EstimationDrill::types();
        QCOMPARE(seen, QSet<QString>(all.cbegin(), all.cend()));
    }

    void answersAreReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<double>("value");
        QTest::newRow("TB") << u"12 TB"_s << int(Dimension::Bytes) << 12e12;
        QTest::newRow("tb, no space") << u"12tb"_s << int(Dimension::Bytes) << 12e12;
        QTest::newRow("TiB") << u"1 TiB"_s << int(Dimension::Bytes) << std::pow(1024.0, 4);
        QTest::newRow("bytes with an exponent") << u"1.2e13 bytes"_s << int(Dimension::Bytes) << 1.2e13;
        QTest::newRow("x 10^") << u"1.46 x 10^14 B"_s << int(Dimension::Bytes) << 1.46e14;
        QTest::newRow("≈ and ×") << u"≈ 1.5 × 10^14 B"_s << int(Dimension::Bytes) << 1.5e14;
        QTest::newRow("GB/s") << u"5 GB/s"_s << int(Dimension::Bandwidth) << 5e9;
        QTest::newRow("Gbps are bits") << u"40 Gbps"_s << int(Dimension::Bandwidth) << 5e9;
        QTest::newRow("Gbit/s") << u"40 Gbit/s"_s << int(Dimension::Bandwidth) << 5e9;
        QTest::newRow("MBps are bytes") << u"5000 MBps"_s << int(Dimension::Bandwidth) << 5e9;
        QTest::newRow("12k") << u"12k"_s << int(Dimension::Rate) << 12e3;
        QTest::newRow("digit groups") << u"12,000 req/s"_s << int(Dimension::Rate) << 12e3;
        QTest::newRow("million qps") << u"1.2 million QPS"_s << int(Dimension::Rate) << 1.2e6;
        QTest::newRow("10^4") << u"10^4"_s << int(Dimension::Rate) << 1e4;
        QTest::newRow("servers") << u"34 servers"_s << int(Dimension::Count) << 34.0;
        QTest::newRow("ns") << u"100 ns"_s << int(Dimension::Duration) << 1e-7;
        QTest::newRow("µs") << u"0.5 µs"_s << int(Dimension::Duration) << 5e-7;
        QTest::newRow("us") << u"150 us"_s << int(Dimension::Duration) << 150e-6;
        QTest::newRow("ms") << u"10 ms"_s << int(Dimension::Duration) << 10e-3;
    }
    void answersAreReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(int, dimension);
        QFETCH(double, value);
        QString error;
        const auto read = EstimationDrill::parseAnswer(text, Dimension(dimension), &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(std::abs(*read - value) <= 1e-9 * value, qPrintable(QString::number(*read)));
    }

    void unreadableAnswersSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QString>("error");
        QTest::newRow("words") << u"twelve"_s << int(Dimension::Bytes) << u"\"twelve\" does not start with a number"_s;
        QTest::newRow("no unit") << u"12"_s << int(Dimension::Bytes) << u"give a unit, such as GB or TB"_s;
        QTest::newRow("not a size") << u"12 parsecs"_s << int(Dimension::Bytes) << u"\"parsecs\" is not a size"_s;
        QTest::newRow("a size for a rate") << u"12 GB"_s << int(Dimension::Rate) << u"\"GB\" is not a rate"_s;
        QTest::newRow("zero") << u"0 TB"_s << int(Dimension::Bytes) << u"the answer must be more than zero"_s;
        QTest::newRow("negative") << u"-5 TB"_s << int(Dimension::Bytes) << u"does not start with a number"_s;
        QTest::newRow("no time unit") << u"100"_s << int(Dimension::Duration) << u"give a unit, such as ns"_s;
        QTest::newRow("huge") << u"1e999 B"_s << int(Dimension::Bytes) << u"the number is too large"_s;
    }
    void unreadableAnswersSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(int, dimension);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!EstimationDrill::parseAnswer(text, Dimension(dimension), &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void answersAreAcceptedWithinTheStatedTolerance()
    {
        const EstimationProblem qps = EstimationDrill::generate(u"qps"_s, 7); // 23,148 a second, within 1.5×
        QCOMPARE(qps.toleranceText, u"within 1.5× either way"_s);
        QVERIFY(EstimationDrill::check(qps, u"2e4 req/s"_s).accepted);
        QVERIFY(EstimationDrill::check(qps, u"34000"_s).accepted);
        EstimationVerdict high = EstimationDrill::check(qps, u"35000"_s);
        QVERIFY(!high.accepted);
        QVERIFY2(high.message.startsWith(u"Too high"_s), qPrintable(high.message));
        EstimationVerdict low = EstimationDrill::check(qps, u"15000"_s);
        QVERIFY(!low.accepted);
        QVERIFY2(low.message.startsWith(u"Too low"_s), qPrintable(low.message));
        const EstimationVerdict unread = EstimationDrill::check(qps, u"lots"_s);
        QVERIFY(!unread.accepted && !unread.given);

        const EstimationProblem servers = EstimationDrill::generate(u"servers"_s, 7); // 100, within 25%
        QVERIFY(EstimationDrill::check(servers, u"125 servers"_s).accepted);
        QVERIFY(!EstimationDrill::check(servers, u"130"_s).accepted);
        QVERIFY(EstimationDrill::check(servers, u"80"_s).accepted);
        QVERIFY(!EstimationDrill::check(servers, u"79"_s).accepted);

        // An answer off every scale (its ratio to half a nanosecond is past the largest
        // double) is no answer: nothing to keep that a progress file could not read back.
        quint32 l1 = 0;
        while (EstimationDrill::generate(u"latency"_s, l1).answer > 1e-9)
            ++l1;
        const EstimationVerdict huge
            = EstimationDrill::check(EstimationDrill::generate(u"latency"_s, l1), u"1e300 s"_s);
        QVERIFY(!huge.accepted && !huge.given);
        QCOMPARE(huge.ratio, 0.0);
        QCOMPARE(huge.message, u"the number is too large"_s);

        const EstimationProblem latency = EstimationDrill::generate(u"latency"_s, 7); // 1 ms, order of magnitude
        QVERIFY(EstimationDrill::check(latency, u"3 ms"_s).accepted);
        QVERIFY(EstimationDrill::check(latency, u"500 us"_s).accepted);
        QVERIFY(!EstimationDrill::check(latency, u"4 ms"_s).accepted);
        QVERIFY(!EstimationDrill::check(latency, u"100 us"_s).accepted);
    }
};

QTEST_GUILESS_MAIN(TestEstimation)
#include "tst_estimation.moc"
