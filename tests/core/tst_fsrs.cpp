// The scheduler against review histories computed by ts-fsrs, a public reference
// implementation of FSRS-6 (tests/data/fsrs/make-vectors.mjs made them).

#include "core/fsrsscheduler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sdstudy::core;

namespace {

QJsonObject vectors()
{
    QFile file(QStringLiteral(SDSTUDY_TEST_DATA "/fsrs/fsrs-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the FSRS vectors");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Agreement to 4 significant digits is the promise; the rounding is shared, so
// in practice they agree to the last digit.
bool sameToFourDigits(double a, double b)
{
    return std::abs(a - b) <= 0.5e-4 * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestFsrs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheReference_data()
    {
        QTest::addColumn<QJsonArray>("steps");
        const QJsonObject histories = vectors().value(QStringLiteral("histories")).toObject();
        QVERIFY(histories.size() >= 8);
        for (auto it = histories.begin(); it != histories.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value().toArray();
    }
    void agreesWithTheReference()
    {
        QFETCH(QJsonArray, steps);
        const FsrsScheduler scheduler;
        FsrsScheduler::Card card;
        int index = 0;
        for (const auto &value : steps) {
            const QJsonObject expected = value.toObject();
            const QDateTime at
                = QDateTime::fromString(expected.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            card = scheduler.next(card, at, FsrsScheduler::Rating(expected.value(QStringLiteral("rating")).toInt()));
            const QString where = QStringLiteral("step %1").arg(index++);
            QVERIFY2(int(card.state) == expected.value(QStringLiteral("state")).toInt(), qPrintable(where));
            QVERIFY2(sameToFourDigits(card.stability, expected.value(QStringLiteral("stability")).toDouble()),
                     qPrintable(QStringLiteral("%1: stability %2, expected %3")
                                    .arg(where)
                                    .arg(card.stability, 0, 'g', 10)
                                    .arg(expected.value(QStringLiteral("stability")).toDouble(), 0, 'g', 10)));
            QVERIFY2(sameToFourDigits(card.difficulty, expected.value(QStringLiteral("difficulty")).toDouble()),
                     qPrintable(QStringLiteral("%1: difficulty %2, expected %3")
                                    .arg(where)
                                    .arg(card.difficulty, 0, 'g', 10)
                                    .arg(expected.value(QStringLiteral("difficulty")).toDouble(), 0, 'g', 10)));
            // The same due minute.
            const QDateTime due
                = QDateTime::fromString(expected.value(QStringLiteral("due")).toString(), Qt::ISODateWithMs);
            QVERIFY2(card.due.toSecsSinceEpoch() / 60 == due.toSecsSinceEpoch() / 60,
                     qPrintable(QStringLiteral("%1: due %2, expected %3")
                                    .arg(where, card.due.toString(Qt::ISODate), due.toString(Qt::ISODate))));
            QCOMPARE(card.scheduledDays, expected.value(QStringLiteral("scheduled_days")).toInt());
            QCOMPARE(card.learningStep, expected.value(QStringLiteral("learning_steps")).toInt());
            QCOMPARE(card.reps, expected.value(QStringLiteral("reps")).toInt());
            QCOMPARE(card.lapses, expected.value(QStringLiteral("lapses")).toInt());
        }
    }

    void recallFallsToTheDesiredRetentionAtTheInterval()
    {
        // By definition of stability: after S days recall is 90%.
        const FsrsScheduler scheduler;
        QVERIFY(sameToFourDigits(scheduler.retrievability(10, 10), 0.9));
        QVERIFY(scheduler.retrievability(20, 10) < 0.9);
        QVERIFY(scheduler.retrievability(1, 10) > 0.9);
    }

    void aLowerRetentionSchedulesFurtherOut()
    {
        FsrsScheduler::Parameters relaxed;
        relaxed.desiredRetention = 0.8;
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        FsrsScheduler::Card strict, loose;
        for (auto *card : {&strict, &loose}) {
            const FsrsScheduler scheduler(card == &strict ? FsrsScheduler::Parameters() : relaxed);
            *card = scheduler.next(*card, start, FsrsScheduler::Rating::Good);
            *card = scheduler.next(*card, start.addSecs(600), FsrsScheduler::Rating::Good);
            *card = scheduler.next(*card, card->due, FsrsScheduler::Rating::Good);
        }
        QVERIFY(loose.scheduledDays > strict.scheduledDays);
    }
};

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
