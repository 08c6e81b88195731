// The FSRS optimizer: the log it learns from, its exact gradients, its scores,
// and that it learns a simulated learner's memory back from their review log.

#include "../support/simulatedlearner.h"
#include "core/fsrshistory.h"
#include "core/fsrsoptimizer.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sdstudy::core;
using sdstudy::testing::SimulatedLearner;
using Row = FsrsHistory::LogRow;

namespace {

qint64 at(int day, int hour, int minute = 0, const QTimeZone &zone = QTimeZone::UTC)
{
    return QDateTime(QDate(2026, 3, 1).addDays(day), QTime(hour, minute), zone).toMSecsSinceEpoch();
}

// Two cards whose predictions were worked out by hand from FSRS-6's formulas with
// the default parameters (see evaluationMatchesHandComputation).
QList<Row> handLog()
{
    return {
        {QStringLiteral("A"), at(0, 10), 3, 0, 1000}, {QStringLiteral("A"), at(3, 10), 3, 2, 1000},
        {QStringLiteral("B"), at(0, 10), 1, 0, 1000}, {QStringLiteral("B"), at(0, 10, 10), 3, 1, 1000},
        {QStringLiteral("B"), at(2, 10), 1, 2, 1000}, {QStringLiteral("B"), at(2, 10, 10), 3, 3, 1000},
        {QStringLiteral("B"), at(7, 10), 3, 2, 1000},
    };
}

QList<int> ratingsOf(const FsrsHistory::Card &card)
{
    QList<int> ratings;
    for (const FsrsHistory::Review &review : card.reviews)
        ratings.append(review.rating);
    return ratings;
}

QList<int> daysOf(const FsrsHistory::Card &card)
{
    QList<int> days;
    for (const FsrsHistory::Review &review : card.reviews)
        days.append(review.elapsedDays);
    return days;
}

} // namespace

class TestFsrsOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void historyKeepsWhatTheReferenceKeeps()
    {
        const QList<Row> rows = {
            // Out of order on purpose, and a reset: learnt, reviewed, learnt again.
            {QStringLiteral("c"), at(5, 10), 3, 2, 0},
            {QStringLiteral("c"), at(0, 10), 3, 0, 0},
            {QStringLiteral("c"), at(9, 10), 1, 0, 0},
            {QStringLiteral("c"), at(9, 10, 5), 3, 1, 0},
            {QStringLiteral("c"), at(12, 10), 4, 2, 0},
            // A card whose first answers are not in the log is left out.
            {QStringLiteral("d"), at(1, 10), 3, 2, 0},
            {QStringLiteral("d"), at(4, 10), 3, 2, 0},
        };
        const FsrsHistory history = FsrsHistory::fromLog(rows, QTimeZone::UTC);
        QCOMPARE(history.cards().size(), 1);
        QCOMPARE(ratingsOf(history.cards().first()), QList<int>({1, 3, 4}));
        QCOMPARE(daysOf(history.cards().first()), QList<int>({0, 0, 3}));
        QCOMPARE(history.reviewCount(), 3);
        // Only the answer a day or more later is a prediction to score.
        QCOMPARE(history.targets().size(), 1);
        QCOMPARE(history.targets().first().review, 2);
    }

    void daysTurnAtFourInTheMorningLocalTime()
    {
        // India is 5:30 ahead of UTC. 23:00 and 03:30 the next night are one study day;
        // 04:30 is the next.
        const QTimeZone india("Asia/Kolkata");
        QVERIFY(india.isValid());
        const QList<Row> rows = {
            {QStringLiteral("x"), at(0, 23, 0, india), 3, 0, 0},
            {QStringLiteral("x"), at(1, 3, 30, india), 3, 1, 0},
            {QStringLiteral("x"), at(1, 4, 30, india), 3, 2, 0},
        };
        const FsrsHistory history = FsrsHistory::fromLog(rows, india);
        QCOMPARE(daysOf(history.cards().first()), QList<int>({0, 0, 1}));
        // In UTC the same answers fall on other days: 17:30, 22:00 the same day, 23:00.
        QCOMPARE(daysOf(FsrsHistory::fromLog(rows, QTimeZone::UTC).cards().first()), QList<int>({0, 0, 0}));
    }

    void csvErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray header = "card_id,review_time,review_rating,review_state,review_duration\n";
        QTest::newRow("no header") << QByteArray("card,time\n1,2\n")
                                   << QStringLiteral("line 1: the header has no column \"card_id\"");
        QTest::newRow("rating") << header + "1,1767225600000,5,0,100\n"
                                << QStringLiteral("line 2: review_rating 5 is not 1 (again) to 4 (easy)");
        // A repeated or blank column name would leave a row's fields unchecked.
        QTest::newRow("repeated column") << QByteArray(
            "card_id,review_time,review_rating,review_state,review_duration,card_id\n1,2,3,0,5\n")
                                         << QStringLiteral("line 1: the header names the column \"card_id\" twice");
        QTest::newRow("blank column") << QByteArray(
            ",card_id,review_time,review_rating,review_state,review_duration\n1,2,3,0,5\n")
                                      << QStringLiteral("line 2: 5 fields where the header has 6");
        QTest::newRow("state") << header + "1,1767225600000,3,0,100\n1,1767225600000,3,6,100\n"
                               << QStringLiteral("line 3: review_state 6 is not");
        QTest::newRow("text") << header + "1,yesterday,3,0,100\n"
                              << QStringLiteral("line 2: review_time is not a whole number");
        QTest::newRow("fields") << header + "1,1767225600000,3\n"
                                << QStringLiteral("line 2: 3 fields where the header has 5");
        QTest::newRow("seconds, not ms") << header + "1,-5,3,0,100\n"
                                         << QStringLiteral("line 2: review_time -5 is not a time in milliseconds");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    }

    void csvErrorsNameTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("revlog.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        QString error;
        QVERIFY(!FsrsHistory::readCsv(path, &error));
        QVERIFY2(error.startsWith(path) || error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void csvIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("revlog.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Columns in another order, Windows line ends: both are fine.
        file.write("review_time,card_id,review_state,review_rating,review_duration\r\n"
                   "1767225600000,7,0,3,1500\r\n1767484800000,7,2,1,900\r\n"
                   // Anki's exports hold manual reschedules (state 5, rating 0): skipped.
                   "1767571200000,7,5,0,0\r\n");
        file.close();
        QString error;
        const std::optional<QList<Row>> rows = FsrsHistory::readCsv(path, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).card, QStringLiteral("7"));
        QCOMPARE(rows->at(1).timeMs, 1767484800000);
        QCOMPARE(rows->at(1).rating, 1);
        QCOMPARE(rows->at(1).state, 2);
        QCOMPARE(rows->at(1).durationMs, 900);
    }

    void evaluationMatchesHandComputation()
    {
        // By hand, with the defaults (decay 0.1542, factor 0.9^(-1/0.1542) - 1):
        // A: first Good, S = w2 = 2.3065; after 3 days R = 0.880948, recalled.
        // B: first Again, S = w0 = 0.212, then Good the same day (short-term
        //    stability), after 2 days R = 0.713253, forgotten; Again and Good again,
        //    after 5 days R = 0.582875, recalled.
        // Log loss: -(ln 0.880948 + ln(1 - 0.713253) + ln 0.582875) / 3 = 0.638565.
        // Bins: A and B's first share one (2-3 days, second review, no lapse):
        // predicted 0.797101, actual 0.5; B's second is alone: 0.582875 vs 1.
        // RMSE = sqrt((2 * 0.297101^2 + 0.417125^2) / 3) = 0.341824.
        const FsrsHistory history = FsrsHistory::fromLog(handLog(), QTimeZone::UTC);
        QCOMPARE(history.targets().size(), 3);
        const FsrsOptimizer optimizer(history);
        const FsrsOptimizer::Evaluation evaluation = optimizer.evaluate(FsrsOptimizer::defaults(), 0, 3);
        QCOMPARE(evaluation.predictions, 3);
        QVERIFY2(qAbs(evaluation.logLoss - 0.638564933) < 1e-8,
                 qPrintable(QString::number(evaluation.logLoss, 'g', 10)));
        QVERIFY2(qAbs(evaluation.rmseBins - 0.341823970) < 1e-8,
                 qPrintable(QString::number(evaluation.rmseBins, 'g', 10)));
        // The summed loss training descends is the same number, times three.
        QVERIFY(qAbs(optimizer.lossAndGradient(FsrsOptimizer::defaults(), 0, 3, nullptr) - 3 * 0.638564933) < 1e-7);
    }

    void gradientMatchesFiniteDifferences_data()
    {
        QTest::addColumn<FsrsOptimizer::Weights>("weights");
        QTest::newRow("defaults") << FsrsOptimizer::defaults();
        // Somewhere else in the legal ranges, with every branch of the model taken.
        FsrsOptimizer::Weights other = SimulatedLearner::trueParameters(7).w;
        QTest::newRow("elsewhere") << other;
    }

    void gradientMatchesFiniteDifferences()
    {
        QFETCH(FsrsOptimizer::Weights, weights);
        QList<Row> rows = handLog();
        // Hard and Easy answers, and a same-day Again, for the penalty and bonus terms.
        rows += QList<Row>({
            {QStringLiteral("C"), at(0, 10), 2, 0, 0},
            {QStringLiteral("C"), at(4, 10), 2, 2, 0},
            {QStringLiteral("C"), at(9, 10), 4, 2, 0},
            {QStringLiteral("C"), at(9, 10, 5), 1, 2, 0},
            {QStringLiteral("C"), at(20, 10), 3, 3, 0},
            {QStringLiteral("D"), at(0, 10), 4, 0, 0},
            {QStringLiteral("D"), at(30, 10), 1, 2, 0},
        });
        const FsrsHistory history = FsrsHistory::fromLog(rows, QTimeZone::UTC);
        const FsrsOptimizer optimizer(history);
        const int n = int(history.targets().size());
        FsrsOptimizer::Weights gradient;
        optimizer.lossAndGradient(weights, 0, n, &gradient);
        for (int i = 0; i < 21; ++i) {
            const double step = 1e-6 * std::max(1.0, std::abs(weights[i]));
            FsrsOptimizer::Weights up = weights;
            FsrsOptimizer::Weights down = weights;
            up[i] += step;
            down[i] -= step;
            const double numeric
                = (optimizer.lossAndGradient(up, 0, n, nullptr) - optimizer.lossAndGradient(down, 0, n, nullptr))
                / (2 * step);
            const double scale = std::max({1e-3, std::abs(numeric), std::abs(gradient[i])});
            QVERIFY2(std::abs(numeric - gradient[i]) / scale < 1e-5,
                     qPrintable(
                         QStringLiteral("w%1: exact %2, finite differences %3").arg(i).arg(gradient[i]).arg(numeric)));
        }
        // Not a gradient of zeros: most parameters move the loss.
        QVERIFY(std::count_if(gradient.begin(), gradient.end(), [](double g) { return std::abs(g) > 1e-4; }) >= 12);
    }

    void fitLearnsASimulatedLearner()
    {
        const auto truth = SimulatedLearner::trueParameters(11);
        const QList<Row> log = SimulatedLearner::reviewLog(truth, {150, 12, 3});
        const FsrsHistory history = FsrsHistory::fromLog(log, QTimeZone::UTC);
        QVERIFY2(history.reviewCount() > 5000, qPrintable(QString::number(history.reviewCount())));
        const FsrsOptimizer optimizer(history);
        // Learn from the first two thirds, predict the last third.
        const int n = int(history.targets().size());
        const int cut = n * 2 / 3;
        const std::optional<FsrsOptimizer::Weights> fitted = optimizer.fit(cut);
        QVERIFY(fitted);
        QVERIFY(*fitted != FsrsOptimizer::defaults());
        const double fittedLoss = optimizer.evaluate(*fitted, cut, n).logLoss;
        const double defaultLoss = optimizer.evaluate(FsrsOptimizer::defaults(), cut, n).logLoss;
        const double trueLoss = optimizer.evaluate(truth.w, cut, n).logLoss;
        qInfo("held-out log loss: fitted %.5f, defaults %.5f, true parameters %.5f", fittedLoss, defaultLoss, trueLoss);
        QVERIFY(fittedLoss < defaultLoss);
        // Nearly as good as knowing the truth.
        QVERIFY(fittedLoss < trueLoss * 1.01);
        // The same log gives the same parameters, bit for bit.
        QCOMPARE(optimizer.fit(cut), fitted);
        for (int i = 0; i < 21; ++i) {
            FsrsOptimizer::Weights clamped = *fitted;
            FsrsOptimizer::clamp(clamped);
            QCOMPARE(clamped[i], (*fitted)[i]);
        }
    }

    void comparisonHoldsOutLaterAnswers()
    {
        const auto truth = SimulatedLearner::trueParameters(12);
        const FsrsHistory history
            = FsrsHistory::fromLog(SimulatedLearner::reviewLog(truth, {120, 10, 4}), QTimeZone::UTC);
        const FsrsOptimizer optimizer(history);
        int calls = 0;
        const std::optional<FsrsOptimizer::Comparison> comparison = optimizer.compare([&calls](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY(comparison);
        QVERIFY(calls > 0);
        // The first sixth is never predicted: five splits each predict the next sixth.
        const int n = int(history.targets().size());
        QCOMPARE(comparison->fitted.predictions, n - n / 6);
        QCOMPARE(comparison->defaults.predictions, comparison->fitted.predictions);
        QVERIFY(comparison->fittedIsBetter());
        QVERIFY(comparison->fitted.rmseBins < comparison->defaults.rmseBins);
        // Stopping is honoured.
        QVERIFY(!optimizer.compare([](int, int) { return false; }));
    }

    void tooFewReviewsKeepTheDefaults()
    {
        const FsrsHistory history = FsrsHistory::fromLog(handLog(), QTimeZone::UTC);
        const FsrsOptimizer optimizer(history);
        QCOMPARE(optimizer.fit(), FsrsOptimizer::defaults());
        const std::optional<FsrsOptimizer::Comparison> comparison = optimizer.compare();
        QVERIFY(comparison);
        QCOMPARE(comparison->fitted.predictions, 0);
        QVERIFY(!comparison->fittedIsBetter());
    }
};

QTEST_GUILESS_MAIN(TestFsrsOptimizer)
#include "tst_fsrsoptimizer.moc"
