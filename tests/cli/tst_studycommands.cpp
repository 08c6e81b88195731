// The study commands as scripts use them: the scheduler against the reference
// implementation's review histories, answers, plans and statistics.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "sdstudyprocess.h"

class TestStudyCommands final : public QObject
{
    Q_OBJECT

private:
    SdstudyRun sdstudy(QStringList arguments)
    {
        arguments.prepend(m_dir.filePath(QStringLiteral("study.sqlite")));
        arguments.prepend(QStringLiteral("--db"));
        return runSdstudy(arguments);
    }
    static QJsonDocument json(const SdstudyRun &run) { return QJsonDocument::fromJson(run.out); }
    static bool sameTo4Digits(double a, double b) { return std::abs(a - b) <= 1e-4 * std::max(std::abs(b), 1e-9); }

private Q_SLOTS:
    void scheduleAgreesWithTheReferenceImplementation()
    {
        QFile file(QStringLiteral(SDSTUDY_TEST_DATA "/fsrs/fsrs-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject histories
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("histories")).toObject();
        QVERIFY(histories.size() >= 5);
        const QStringList states = {QStringLiteral("new"), QStringLiteral("learning"), QStringLiteral("review"),
                                    QStringLiteral("relearning")};
        for (auto it = histories.begin(); it != histories.end(); ++it) {
            const QJsonArray steps = it.value().toArray();
            QStringList history;
            for (const QJsonValueConstRef step : steps)
                history.append(QStringLiteral("%1=%2")
                                   .arg(step[QStringLiteral("at")].toString())
                                   .arg(step[QStringLiteral("rating")].toInt()));
            const SdstudyRun run = runSdstudy({QStringLiteral("schedule"), QStringLiteral("--history"),
                                               history.join(QLatin1Char(',')), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonArray ours = json(run).array();
            QCOMPARE(ours.size(), steps.size());
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QJsonObject want = steps[i].toObject();
                const QJsonObject got = ours[i].toObject();
                const QString where = QStringLiteral("%1, step %2").arg(it.key()).arg(i + 1);
                QVERIFY2(got[QStringLiteral("state")] == states[want[QStringLiteral("state")].toInt()],
                         qPrintable(where));
                QVERIFY2(sameTo4Digits(got[QStringLiteral("stability")].toDouble(),
                                       want[QStringLiteral("stability")].toDouble()),
                         qPrintable(where));
                QVERIFY2(sameTo4Digits(got[QStringLiteral("difficulty")].toDouble(),
                                       want[QStringLiteral("difficulty")].toDouble()),
                         qPrintable(where));
                // The same due minute.
                const QDateTime due = QDateTime::fromString(got[QStringLiteral("due")].toString(), Qt::ISODate);
                const QDateTime wanted
                    = QDateTime::fromString(want[QStringLiteral("due")].toString(), Qt::ISODateWithMs);
                QVERIFY2(std::abs(due.secsTo(wanted)) < 60, qPrintable(where));
            }
        }
    }

    void scheduleSaysWhatIsWrongWithAHistory()
    {
        const SdstudyRun badTime = runSdstudy({QStringLiteral("schedule"), QStringLiteral("--history"),
                                               QStringLiteral("2026-01-05T09:30:00Z=3,yesterday=2")});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY2(badTime.err.contains(QStringLiteral("item 2 (\"yesterday=2\")")), qPrintable(badTime.err));
        const SdstudyRun badRating = runSdstudy(
            {QStringLiteral("schedule"), QStringLiteral("--history"), QStringLiteral("2026-01-05T09:30:00Z=5")});
        QCOMPARE(badRating.exitCode, 2);
        QVERIFY(badRating.err.contains(QStringLiteral("rating")));
        const SdstudyRun backwards = runSdstudy({QStringLiteral("schedule"), QStringLiteral("--history"),
                                                 QStringLiteral("2026-01-05T09:30:00Z=3,2026-01-04T09:30:00Z=3")});
        QCOMPARE(backwards.exitCode, 2);
        QVERIFY(backwards.err.contains(QStringLiteral("earlier")));
        const SdstudyRun retention
            = runSdstudy({QStringLiteral("schedule"), QStringLiteral("--retention"), QStringLiteral("0.5"),
                          QStringLiteral("--history"), QStringLiteral("2026-01-05T09:30:00Z=3")});
        QCOMPARE(retention.exitCode, 2);
        QVERIFY(retention.err.contains(QStringLiteral("0.70")));
    }

    void higherRetentionMeansShorterIntervals()
    {
        const QString history = QStringLiteral("2026-01-05T09:30:00Z=4,2026-01-20T09:30:00Z=3");
        const auto dueWith = [&](const char *retention) {
            const SdstudyRun run
                = runSdstudy({QStringLiteral("schedule"), QStringLiteral("--retention"), QLatin1String(retention),
                              QStringLiteral("--history"), history, QStringLiteral("--json")});
            return QDateTime::fromString(json(run).array().last()[QStringLiteral("due")].toString(), Qt::ISODate);
        };
        QVERIFY(dueWith("0.95") < dueWith("0.9"));
        QVERIFY(dueWith("0.9") < dueWith("0.8"));
    }

    void anAnswerIsRecordedAndPlannedAndCounted()
    {
        const QString hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        const SdstudyRun review = sdstudy({QStringLiteral("review"), QStringLiteral("53"), QStringLiteral("good"),
                                           QStringLiteral("--at"), hourAgo, QStringLiteral("--json")});
        QVERIFY2(review.exitCode == 0, qPrintable(review.err));
        const QJsonObject card = json(review).object();
        QCOMPARE(card[QStringLiteral("state")].toString(), QStringLiteral("learning"));
        QCOMPARE(card[QStringLiteral("rating")].toInt(), 3);
        const QString conceptId = card[QStringLiteral("concept")].toString();

        // Ten minutes after an hour ago is due now: first in the plan.
        const SdstudyRun due = sdstudy(
            {QStringLiteral("quiz-plan"), QStringLiteral("--scope"), QStringLiteral("due"), QStringLiteral("--json")});
        QCOMPARE(due.exitCode, 0);
        const QJsonObject plan = json(due).object();
        QCOMPARE(plan[QStringLiteral("total")].toInt(), 1);
        QCOMPARE(plan[QStringLiteral("due")].toInt(), 1);
        QCOMPARE(plan[QStringLiteral("questions")][0][QStringLiteral("id")].toString(), conceptId);
        QCOMPARE(plan[QStringLiteral("questions")][0][QStringLiteral("state")].toString(), QStringLiteral("learning"));
        const SdstudyRun studyNow = sdstudy({QStringLiteral("quiz-plan"), QStringLiteral("--json")});
        // One of today's 20 new is used, unless the hour ago was yesterday (a run
        // just after midnight).
        const bool answeredToday
            = QDateTime::fromString(hourAgo, Qt::ISODate).toLocalTime().date() == QDate::currentDate();
        QCOMPARE(json(studyNow).object()[QStringLiteral("total")].toInt(), 1 + (answeredToday ? 19 : 20));

        const SdstudyRun stats = sdstudy({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject numbers = json(stats).object();
        QCOMPARE(numbers[QStringLiteral("total_reviews")].toInt(), 1);
        QCOMPARE(numbers[QStringLiteral("due_forecast")].toArray().size(), 30);
        QCOMPARE(numbers[QStringLiteral("due_forecast")][0].toInt(), 1);
        QCOMPARE(numbers[QStringLiteral("days")].toArray().size(), 30);
        QVERIFY(numbers[QStringLiteral("retention_30d")].isNull()); // no review-state answers yet
        int learning = 0;
        for (const QJsonValueConstRef topic : numbers[QStringLiteral("topics")].toArray())
            learning += topic[QStringLiteral("learning")].toInt();
        QCOMPARE(learning, 1);
    }

    void misusedStudyCommandsSayWhy()
    {
        const SdstudyRun rating = sdstudy({QStringLiteral("review"), QStringLiteral("53"), QStringLiteral("great")});
        QCOMPARE(rating.exitCode, 2);
        QVERIFY(rating.err.contains(QStringLiteral("\"great\" is not a rating")));
        const SdstudyRun unknown = sdstudy({QStringLiteral("review"), QStringLiteral("99999"), QStringLiteral("3")});
        QCOMPARE(unknown.exitCode, 1);
        const SdstudyRun scope
            = sdstudy({QStringLiteral("quiz-plan"), QStringLiteral("--scope"), QStringLiteral("soon")});
        QCOMPARE(scope.exitCode, 2);
        QVERIFY(scope.err.contains(QStringLiteral("weak")));
        const SdstudyRun time = sdstudy({QStringLiteral("review"), QStringLiteral("53"), QStringLiteral("3"),
                                         QStringLiteral("--at"), QStringLiteral("tomorrow")});
        QCOMPARE(time.exitCode, 2);
        QVERIFY(time.err.contains(QStringLiteral("ISO 8601")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStudyCommands)
#include "tst_studycommands.moc"
