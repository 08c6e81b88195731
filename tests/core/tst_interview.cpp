// Preparing for an interview day: readiness per topic on the day, the pace of new
// concepts that gets every chosen one started in time, and Study Now following it,
// in a time zone with a half-hour offset (India, UTC+5:30).

#include "core/interviewreadiness.h"
#include "core/interviewstore.h"
#include "core/studylibrary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;

class TestInterview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Kolkata");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("i.sqlite")), &error), qPrintable(error));
        FsrsScheduler::Parameters parameters;
        parameters.fuzz = false;
        m_library.setSchedulerParameters(parameters);
        m_today = QDate::currentDate();
    }

    void interviewsAreKeptSoonestFirst()
    {
        InterviewStore store(m_library.database());
        QString error;
        QVERIFY(store.save({{m_today.addDays(30), {}, 0.9},
                            {m_today.addDays(-3), {}, 0.9}, // over: scheduling is back to normal
                            {m_today.addDays(10), {QStringLiteral("Caching & CDN")}, 0.95}},
                           &error));
        const QList<Interview> all = store.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().date, m_today.addDays(-3));
        const auto next = store.next(m_today);
        QVERIFY(next);
        QCOMPARE(next->date, m_today.addDays(10));
        QCOMPARE(next->topics, QStringList {QStringLiteral("Caching & CDN")});
        QCOMPARE(next->target, 0.95);
        QVERIFY(store.save({}, &error));
        QVERIFY(!store.next(m_today));
    }

    void readinessOnAKnownHistory()
    {
        // Five concepts learnt two days ago, at 23:45 local time (18:15 UTC).
        const QStringList fresh = m_library.reviews().fresh(5);
        const QDateTime learnt(m_today.addDays(-2), QTime(23, 45));
        QString error;
        for (const QString &id : fresh) {
            QVERIFY(m_library.reviews().answer(
                {id, id, FsrsScheduler::Rating::Easy, QStringLiteral("recall"), 1000, learnt}, &error));
        }
        const Interview all {m_today.addDays(25), {}, 0.9};
        const auto forecast = InterviewReadiness::forecast(m_library, all, m_today, 20);
        QVERIFY(forecast);
        QCOMPARE(forecast->daysLeft, 25);
        QCOMPARE(forecast->concepts, 551);
        QCOMPARE(forecast->neverSeenNow, 546);
        // Twenty a day for twenty-five days: 500 more, 505 of 551 by the day.
        QCOMPARE(forecast->seenAtOwnPace, 505);
        QVERIFY(!forecast->onTrack());
        // Every one started a week before: 546 over 18 days, and so Study Now goes.
        QCOMPARE(forecast->neededNewPerDay, 31);
        QCOMPARE(forecast->studyNowPerDay(), 31);
        QCOMPARE(forecast->seenByDate, 551);
        QVERIFY(forecast->neededMinutesPerDay > forecast->minutesPerDay);
        QVERIFY(forecast->recallOnDate > 0.5 && forecast->recallOnDate < 0.97);
        QCOMPARE(forecast->topics.size(), 14);
        QCOMPARE(forecast->topics.first().topic, QStringLiteral("Fundamentals & trade-offs"));

        // Only caching matters: its 8 concepts start first, all in time, at one a day.
        const Interview caching {m_today.addDays(30), {QStringLiteral("Caching & CDN")}, 0.9};
        const auto focused = InterviewReadiness::forecast(m_library, caching, m_today, 20);
        QCOMPARE(focused->concepts, 8);
        QCOMPARE(focused->seenByDate, 8);
        QCOMPARE(focused->seenAtOwnPace, 8);
        QVERIFY(focused->onTrack());
        QCOMPARE(focused->neededNewPerDay, 1);
        QCOMPARE(focused->studyNowPerDay(), 20);
        const auto topic = std::find_if(focused->topics.cbegin(), focused->topics.cend(),
                                        [](const auto &t) { return t.topic == QStringLiteral("Caching & CDN"); });
        QVERIFY(topic->chosen);
        QVERIFY(topic->recallOnDate > 0.8);
        QCOMPARE(InterviewReadiness::freshInOrder(m_library, caching.topics).size(), 546);

        // No forecast for a day that is not ahead.
        QVERIFY(!InterviewReadiness::forecast(m_library, {m_today, {}, 0.9}, m_today, 20));
    }

    void studyNowPreparesForTheDay()
    {
        const QDateTime now = QDateTime::currentDateTime();
        QuizScope scope;
        const QuizPlan normal = m_library.planner().plan(scope, now, 20);
        QCOMPARE(normal.ahead, 0);

        // A card that next comes after the day, with recall on the day's morning well
        // below the target: brought forward.
        const QString weak = m_library.reviews().fresh(1).first();
        FsrsScheduler::Card card;
        card.state = FsrsScheduler::State::Review;
        card.stability = 3;
        card.difficulty = 5;
        card.reps = 2;
        card.lastReview = now.addDays(-2).toUTC();
        card.due = now.addDays(20).toUTC();
        card.scheduledDays = 22;
        QString error;
        QVERIFY(m_library.reviews().mergeCard(weak, card, &error) != MergeOutcome::Failed);
        QVERIFY(!m_library.planner().plan(scope, now, 20).concepts.contains(weak));

        QVERIFY(InterviewStore(m_library.database())
                    .save({{m_today.addDays(10), {QStringLiteral("Security")}, 0.9}}, &error));
        const QuizPlan prepared = m_library.planner().plan(scope, now, 20);
        QCOMPARE(prepared.ahead, 1);
        QVERIFY(prepared.concepts.contains(weak));
        // Ten days left: every unstarted security concept (35) in the first half,
        // 8 a day; the daily 20 stays the floor.
        QCOMPARE(prepared.fresh, 20);
        // Security first.
        const QString firstNew = prepared.concepts.at(prepared.due + prepared.ahead);
        QCOMPARE(m_library.questions().question(firstNew)->topic, QStringLiteral("Security"));

        // A day four days ahead: 35 over the 2 days before it, at least 18 a day; a
        // pace of 1 a day is raised to it.
        QVERIFY(InterviewStore(m_library.database())
                    .save({{m_today.addDays(4), {QStringLiteral("Security")}, 0.9}}, &error));
        QCOMPARE(m_library.planner().plan(scope, now, 1).fresh, 18);

        // Answered now, it is not brought back again today, however weak it stays.
        QVERIFY(m_library.reviews().answer(
            {weak, weak, FsrsScheduler::Rating::Hard, QStringLiteral("recall"), 1000, now.toUTC()}, &error));
        QVERIFY(!m_library.planner().plan(scope, now.addSecs(60), 20).concepts.contains(weak));
        QVERIFY(InterviewStore(m_library.database()).save({}, &error));
    }

    void paceIsBounded()
    {
        // Eight days ahead: the first half, four days, not the one day before the last week.
        QCOMPARE(InterviewReadiness::pace(400, 8), 100);
        QCOMPARE(InterviewReadiness::pace(400, 30), 18); // 23 days before the last week
        QCOMPARE(InterviewReadiness::pace(100000, 2), 9999);
        QCOMPARE(InterviewReadiness::pace(0, 5), 0);
        // Too far to forecast (and to simulate day by day).
        QVERIFY(!InterviewReadiness::forecast(m_library, {m_today.addDays(731), {}, 0.9}, m_today, 20));
        QVERIFY(InterviewReadiness::forecast(m_library, {m_today.addDays(60), {}, 0.9}, m_today, 20));
    }

    void aHandEditedListIsBounded()
    {
        QSqlQuery query(m_library.database().connection());
        QString topics;
        for (int i = 0; i < 300; ++i)
            topics += QStringLiteral("\"t%1\", \"t%1\", ").arg(i);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('interviews', ?)"));
        query.addBindValue(QStringLiteral("[{\"date\": \"%1\", \"topics\": [%2 \"\"], \"target\": 5}]")
                               .arg(m_today.addDays(3).toString(Qt::ISODate), topics));
        QVERIFY(query.exec());
        const QList<Interview> all = InterviewStore(m_library.database()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().topics.size(), InterviewStore::kMostTopics);
        QCOMPARE(QSet<QString>(all.first().topics.begin(), all.first().topics.end()).size(),
                 InterviewStore::kMostTopics);
        QCOMPARE(all.first().target, 0.99);
        // Study Now still plans with it (no topic of the bank among them: none first).
        QVERIFY(m_library.planner().plan(QuizScope(), QDateTime::currentDateTime(), 20).fresh > 0);
        QString error;
        QVERIFY(InterviewStore(m_library.database()).save({}, &error));
    }

private:
    QTemporaryDir m_dir;
    StudyLibrary m_library;
    QDate m_today;
};

QTEST_GUILESS_MAIN(TestInterview)
#include "tst_interview.moc"
