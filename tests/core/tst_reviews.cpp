// Schedules and the review log in a real database.

#include "../support/testfiles.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "core/studysession.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace sdstudy::core;

using Rating = FsrsScheduler::Rating;

class TestReviews final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }
    QString conceptOf(int number) { return m_library->questions().question(idOf(number))->conceptId; }
    int logRows()
    {
        QSqlQuery q(m_library->database().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM review_log")) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("r.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    void answersScheduleTheConceptAndAreLogged()
    {
        auto &reviews = m_library->reviews();
        QString error;
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        const auto first
            = reviews.answer({conceptOf(53), idOf(53), Rating::Good, QStringLiteral("recall"), 4200, t0}, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->state, FsrsScheduler::State::Learning);
        QCOMPARE(first->due, t0.addSecs(600)); // the 10-minute learning step
        // Another phrasing of the same concept shares its schedule.
        QCOMPARE(conceptOf(117), conceptOf(53));
        const auto second = reviews.answer(
            {conceptOf(117), idOf(117), Rating::Good, QStringLiteral("recall"), 3000, t0.addSecs(600)}, &error);
        QCOMPARE(second->state, FsrsScheduler::State::Review);
        QCOMPARE(second->reps, 2);
        QCOMPARE(reviews.card(conceptOf(53))->due, second->due);
        QCOMPARE(logRows(), 2);

        QSqlQuery row(m_library->database().connection());
        QVERIFY(row.exec(QStringLiteral(
                    "SELECT question_id, rating, mode, state_before, duration_ms, scheduled_days, stability"
                    " FROM review_log ORDER BY id DESC LIMIT 1"))
                && row.next());
        QCOMPARE(row.value(0).toString(), idOf(117));
        QCOMPARE(row.value(1).toInt(), 3);
        QCOMPARE(row.value(2).toString(), QStringLiteral("recall"));
        QCOMPARE(row.value(3).toInt(), int(FsrsScheduler::State::Learning));
        QCOMPARE(row.value(4).toInt(), 3000);
        QCOMPARE(row.value(5).toInt(), second->scheduledDays);
        QCOMPARE(row.value(6).toDouble(), second->stability);
    }

    void undoRestoresTheCardAndRemovesTheLogRow()
    {
        auto &reviews = m_library->reviews();
        QString error;
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        reviews.answer({conceptOf(3), idOf(3), Rating::Good, QStringLiteral("recall"), 1, t0}, &error);
        const auto before = reviews.card(conceptOf(3));
        reviews.answer({conceptOf(3), idOf(3), Rating::Again, QStringLiteral("recall"), 1, t0.addSecs(600)}, &error);
        QCOMPARE(*reviews.undoLast(&error), conceptOf(3));
        const auto restored = reviews.card(conceptOf(3));
        QCOMPARE(restored->stability, before->stability);
        QCOMPARE(restored->due, before->due);
        QCOMPARE(restored->learningStep, before->learningStep);
        QCOMPARE(logRows(), 1);
        // Undoing the first answer makes the concept new again.
        QVERIFY(reviews.undoLast(&error));
        QVERIFY(!reviews.card(conceptOf(3)));
        QVERIFY(!reviews.undoLast(&error)); // nothing left
    }

    // New concepts come in tree order across banks, a topic asked for first; read
    // bank by bank, they are the same list the whole tree gives.
    void freshConceptsInTreeOrderAcrossBanks()
    {
        QVERIFY(m_library
                    ->importFile(writeTestFile(
                        m_dir->path(), QStringLiteral("baking.md"),
                        "# Baking\n\n## What is a levain?\n\nA portion of starter built up for one bake.\n\n"
                        "## What is autolyse?\n\nFlour and water rested before the salt goes in.\n"))
                    .error.isEmpty());
        QString error;
        auto &reviews = m_library->reviews();
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(reviews.answer({idOf(1), idOf(1), Rating::Good, QStringLiteral("recall"), 1, t0}, &error));

        QStringList inTree, cachingFirst, others;
        for (const OutlineEntry &entry : m_library->questions().outline()) {
            if (entry.id != entry.conceptId || entry.id == idOf(1))
                continue; // a phrasing of another concept, or studied
            inTree.append(entry.id);
            (entry.topic == QStringLiteral("Caching & CDN") ? cachingFirst : others).append(entry.id);
        }
        QVERIFY(inTree.size() > 550);
        QCOMPARE(reviews.fresh(std::numeric_limits<int>::max()), inTree);
        QCOMPARE(reviews.fresh(3), inTree.first(3));
        QCOMPARE(reviews.fresh(std::numeric_limits<int>::max(), {QStringLiteral("Caching & CDN")}),
                 cachingFirst + others);
        QCOMPARE(reviews.fresh(2, {QStringLiteral("Caching & CDN")}), cachingFirst.first(2));
    }

    void dueAndFreshLists()
    {
        auto &reviews = m_library->reviews();
        QString error;
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        const QStringList fresh = reviews.fresh(3);
        QCOMPARE(fresh.size(), 3);
        QCOMPARE(fresh.first(), idOf(1)); // tree order: the first topic's first question
        reviews.answer({fresh.first(), fresh.first(), Rating::Again, QStringLiteral("recall"), 1, t0}, &error);
        QVERIFY(!reviews.fresh(3).contains(fresh.first()));
        QVERIFY(reviews.due(t0, 10).isEmpty());                                 // due in a minute
        QCOMPARE(reviews.due(t0.addSecs(60), 10), QStringList {fresh.first()}); // now it is
        QCOMPARE(reviews.freshStudiedOn(t0), 1);
    }

    void aQuestionForgottenEightTimesIsFlaggedHard()
    {
        const QString concept53 = conceptOf(53);
        // Bring the card to seven lapses, as months of forgetting would.
        QDateTime t(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        QString error;
        auto &reviews = m_library->reviews();
        for (int lapse = 0; lapse < 7; ++lapse) {
            reviews.answer({concept53, idOf(53), Rating::Good, QStringLiteral("recall"), 1, t}, &error);
            t = reviews.card(concept53)->due;
            if (reviews.card(concept53)->state != FsrsScheduler::State::Review) {
                reviews.answer({concept53, idOf(53), Rating::Good, QStringLiteral("recall"), 1, t}, &error);
                t = reviews.card(concept53)->due;
            }
            reviews.answer({concept53, idOf(53), Rating::Again, QStringLiteral("recall"), 1, t}, &error);
            t = reviews.card(concept53)->due;
        }
        QCOMPARE(reviews.card(concept53)->lapses, 7);
        reviews.answer({concept53, idOf(53), Rating::Good, QStringLiteral("recall"), 1, t}, &error);
        t = reviews.card(concept53)->due;
        QCOMPARE(reviews.card(concept53)->state, FsrsScheduler::State::Review);

        const QuizPlanner planner(m_library->database(), m_library->reviews());
        StudySession due(m_library->reviews(), m_library->bookmarks(), m_library->scheduler(),
                         planner.plan(QuizScope(), t, 0).concepts);
        QCOMPARE(due.current(), std::optional<QString>(concept53));
        QVERIFY(!m_library->bookmarks().flagOf(concept53));
        QVERIFY(due.answer(idOf(53), Rating::Again, QStringLiteral("recall"), 1, t, &error));
        QVERIFY(due.lastAnswerMadeALeech());
        QCOMPARE(*m_library->bookmarks().flagOf(concept53), QStringLiteral("hard"));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
