// The dashboard's numbers on a known history, in a time zone half an hour off
// the hour, so local days are not UTC days.

#include "core/progressstats.h"
#include "core/reviewstore.h"
#include "core/studylibrary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace sdstudy::core;

class TestProgressStats final : public QObject
{
    Q_OBJECT

private:
    QString conceptOf(int number)
    {
        return m_library->questions().question(*m_library->questions().resolve(QString::number(number)))->conceptId;
    }
    QString topicOf(int number) { return m_library->questions().question(conceptOf(number))->topic; }
    // One log row as the app writes them; the card's schedule is set apart.
    void log(int number, const char *utc, int rating, int stateBefore, qint64 durationMs = 1000)
    {
        QSqlQuery insert(m_library->database().connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO review_log (concept_id, question_id, reviewed_at, rating, mode, state_before, elapsed_days,"
            " scheduled_days, stability, difficulty, duration_ms) VALUES (?, ?, ?, ?, 'recall', ?, 0, 0, 1, 5, ?)"));
        for (const QVariant &v :
             {QVariant(conceptOf(number)), QVariant(conceptOf(number)), QVariant(QString::fromLatin1(utc)),
              QVariant(rating), QVariant(stateBefore), QVariant(durationMs)})
            insert.addBindValue(v);
        QVERIFY(insert.exec());
    }
    void card(int number, int state, int scheduledDays, const char *dueUtc)
    {
        card(conceptOf(number), state, scheduledDays, dueUtc);
    }
    void card(const QString &conceptId, int state, int scheduledDays, const char *dueUtc)
    {
        QSqlQuery insert(m_library->database().connection());
        insert.prepare(
            QStringLiteral("INSERT INTO cards (concept_id, state, stability, difficulty, learning_step, reps,"
                           " lapses, scheduled_days, due) VALUES (?, ?, 1, 5, 0, 1, 0, ?, ?)"));
        for (const QVariant &v :
             {QVariant(conceptId), QVariant(state), QVariant(scheduledDays), QVariant(QString::fromLatin1(dueUtc))})
            insert.addBindValue(v);
        QVERIFY(insert.exec());
    }
    static QDateTime utc(const char *text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        // India: UTC+5:30. A POSIX rule, so no time zone files are needed.
        qputenv("TZ", "IST-5:30");
        tzset();
        QVERIFY(m_dir.isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        // Three local days: 1 March (one new), 2 March (two reviews, one forgotten;
        // the first given at 20:00 UTC on 1 March), 4 March (one, at 19:00 UTC on the 3rd).
        log(3, "2026-03-01T10:00:00.000Z", 3, 0, 4000);
        log(12, "2026-03-01T20:00:00.000Z", 1, 2, 6000);
        log(53, "2026-03-02T11:00:00.000Z", 3, 2, 2000);
        log(53, "2026-03-03T19:00:00.000Z", 4, 2, 3000);
        card(3, 2, 30, "2026-04-02T10:00:00.000Z"); // mature, due in a month
        card(12, 3, 0, "2026-03-01T20:10:00.000Z"); // relearning, overdue
        card(53, 2, 5, "2026-03-06T19:00:00.000Z"); // young, due 7 March local (00:30)
        // A diagram's card, overdue: counted apart from the questions' cards.
        card(QStringLiteral("diagram:url-shortener#cache"), 2, 3, "2026-03-02T08:00:00.000Z");
    }

    void reviewsPerLocalDay()
    {
        const ProgressStats stats(m_library->database());
        const auto days = stats.days(QDate(2026, 2, 28), QDate(2026, 3, 4));
        QCOMPARE(days.size(), 5);
        QCOMPARE(days[0].total(), 0);
        QCOMPARE(days[1].date, QDate(2026, 3, 1));
        QCOMPARE(days[1].byRating, (std::array<int, 4> {0, 0, 1, 0}));
        QCOMPARE(days[2].byRating, (std::array<int, 4> {1, 0, 1, 0}));
        QCOMPARE(days[2].durationMs, 8000);
        QCOMPARE(days[3].total(), 0);
        QCOMPARE(days[4].byRating, (std::array<int, 4> {0, 0, 0, 1}));
        QCOMPARE(stats.totalReviews(), 4);
    }

    void todayAndStreak()
    {
        const ProgressStats stats(m_library->database());
        const QDateTime now = utc("2026-03-04T06:00:00Z"); // 11:30 local
        const auto today = stats.today(now);
        QCOMPARE(today.reviewed, 1);
        QCOMPARE(today.again, 0);
        QCOMPARE(today.fresh, 0);
        QCOMPARE(today.durationMs, 3000);
        QCOMPARE(today.dueNow, 1); // the relearning card
        QCOMPARE(today.dueToday, 1);
        QCOMPARE(today.diagramCardsSeen, 1);
        QCOMPARE(today.diagramCardsDue, 1);
        QCOMPARE(stats.streak(QDate(2026, 3, 4)), 1); // 3 March had none
        QCOMPARE(stats.streak(QDate(2026, 3, 2)), 2); // 1 and 2 March
        QCOMPARE(stats.streak(QDate(2026, 3, 3)), 2); // nothing yet on the 3rd: still 2 from yesterday
        QCOMPARE(stats.streak(QDate(2026, 3, 6)), 0);
    }

    void forecastCountsOverdueToday()
    {
        const ProgressStats stats(m_library->database());
        const auto forecast = stats.dueForecast(utc("2026-03-04T06:00:00Z"), 30);
        QCOMPARE(forecast.size(), 30);
        QCOMPARE(forecast[0], 2);  // the overdue relearning card and diagram card
        QCOMPARE(forecast[2], 0);  // 6 March local: the young card is due at 00:30 on the 7th
        QCOMPARE(forecast[3], 1);  // 7 March local
        QCOMPARE(forecast[29], 1); // 2 April 15:30 local is day 29
        QCOMPARE(std::accumulate(forecast.begin(), forecast.end(), 0), 4);
    }

    void masteryAndRetentionPerTopic()
    {
        const ProgressStats stats(m_library->database());
        const auto topics = stats.topics(utc("2026-03-04T06:00:00Z"), 30);
        QVERIFY(topics.size() >= 10);
        int studied = 0;
        int reviews = 0;
        int recalled = 0;
        for (const auto &topic : topics) {
            studied += topic.learning + topic.young + topic.mature;
            reviews += topic.reviews;
            recalled += topic.recalled;
            if (topic.topic == topicOf(53))
                QVERIFY(topic.young >= 1);
            if (topic.topic == topicOf(3))
                QVERIFY(topic.mature >= 1);
            if (topic.topic == topicOf(12))
                QVERIFY(topic.learning >= 1);
        }
        QCOMPARE(studied, 3);
        QCOMPARE(reviews, 3);  // the first answer was of a new card: not a retention sample
        QCOMPARE(recalled, 2); // one of the three forgotten
    }

    void undoTakesTheDayTotalBack()
    {
        QString error;
        const auto undone = m_library->reviews().undoLast(&error);
        QVERIFY(undone);
        const ProgressStats stats(m_library->database());
        QCOMPARE(stats.days(QDate(2026, 3, 4), QDate(2026, 3, 4)).first().total(), 0);
        QCOMPARE(stats.totalReviews(), 3);
    }

private:
    QTemporaryDir m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestProgressStats)
#include "tst_progressstats.moc"
