// Planning a sitting and each practice mode, driven through the engine with a
// front end that only records what it was asked to show.

#include "core/bankimporter.h"
#include "core/choicebuilder.h"
#include "core/keyterms.h"
#include "core/quizengine.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "core/topicrules.h"
#include "core/wordrarity.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sdstudy::core;

using Rating = FsrsScheduler::Rating;

// Records every call the engine makes, as a window would show it.
class RecordingFrontEnd final : public QuizFrontEnd
{
public:
    QStringList events;
    QuizCard card;
    std::optional<QuizReveal> revealed;
    std::optional<ChoiceQuestion> choice;
    std::optional<ChoiceOutcome> outcome;
    std::optional<QuizSummary> summary;

    void ask(const QuizCard &c) override
    {
        events.append(QStringLiteral("ask"));
        card = c;
        revealed.reset();
    }
    void askChoice(const QuizCard &c, const ChoiceQuestion &q) override
    {
        events.append(QStringLiteral("choice"));
        card = c;
        choice = q;
    }
    void reveal(const QuizCard &, const QuizReveal &r) override
    {
        events.append(QStringLiteral("reveal"));
        revealed = r;
    }
    void showChoiceOutcome(const QuizCard &c, const ChoiceOutcome &o) override
    {
        events.append(QStringLiteral("outcome"));
        card = c;
        outcome = o;
    }
    void leech(const QuizCard &) override { events.append(QStringLiteral("leech")); }
    void failed(const QString &error) override { events.append(QStringLiteral("failed: ") + error); }
    void finished(const QuizSummary &s) override
    {
        events.append(QStringLiteral("finished"));
        summary = s;
    }
};

class TestQuiz final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }
    QString conceptOf(int number) { return m_library->questions().question(idOf(number))->conceptId; }
    QuizPlan plan(const QString &key, int size = 0)
    {
        QString error;
        auto scope = QuizScope::parse(key, &error);
        if (!scope)
            qFatal("%s", qPrintable(error));
        scope->size = size;
        return QuizPlanner(m_library->database(), m_library->reviews()).plan(*scope, m_now, 20);
    }
    QuizEngine::Clock clock()
    {
        return [this] { return m_now; };
    }
    QSqlQuery lastLogRow()
    {
        QSqlQuery q(m_library->database().connection());
        q.exec(QStringLiteral("SELECT concept_id, question_id, rating, mode, duration_ms, session FROM review_log"
                              " ORDER BY id DESC LIMIT 1"));
        q.next();
        return q;
    }
    int logRows()
    {
        QSqlQuery q(m_library->database().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM review_log")) && q.next() ? q.value(0).toInt() : -1;
    }
    void answer(int number, Rating rating, int session = 0)
    {
        QString error;
        QVERIFY2(m_library->reviews().answer(
                     {conceptOf(number), idOf(number), rating, QStringLiteral("recall"), 1, m_now, session}, &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("q.sqlite")), &error), qPrintable(error));
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
    }
    void cleanup() { m_library.reset(); }

    void scopesParseAndNameThemselves()
    {
        QString error;
        QCOMPARE(QuizScope::parse(QStringLiteral("flag:Review later"), &error)->key(), QStringLiteral("flag:review"));
        QCOMPARE(
            QuizScope::parse(QStringLiteral("topic:Caching & CDN; Replication, consistency & consensus"), &error)
                ->topics,
            (QStringList {QStringLiteral("Caching & CDN"), QStringLiteral("Replication, consistency & consensus")}));
        QCOMPARE(QuizScope::parse(QStringLiteral("WEAK"), &error)->kind, QuizScope::Kind::Weak);
        QVERIFY(!QuizScope::parse(QStringLiteral("flag:purple"), &error));
        QVERIFY(error.contains(QStringLiteral("purple")));
        QVERIFY(!QuizScope::parse(QStringLiteral("soon"), &error));
        QVERIFY(error.contains(QStringLiteral("study-now")));
    }

    void studyNowTakesDueThenTodaysNew()
    {
        const QuizPlan fresh = plan(QStringLiteral("study-now"));
        QCOMPARE(fresh.concepts.size(), 20);
        QCOMPARE(fresh.concepts.first(), conceptOf(1)); // tree order
        QCOMPARE(fresh.fresh, 20);

        answer(53, Rating::Good);
        m_now = m_now.addSecs(11 * 60); // past the 10-minute step
        const QuizPlan later = plan(QStringLiteral("study-now"));
        QCOMPARE(later.concepts.first(), conceptOf(53));
        QCOMPARE(later.due, 1);
        QCOMPARE(later.fresh, 19); // one of today's 20 new is used
        QCOMPARE(plan(QStringLiteral("study-now"), 5).concepts.size(), 5);
    }

    void scopesFilterTheBank()
    {
        const QuizPlan databases = plan(QStringLiteral("topic:Databases & storage internals"));
        QVERIFY(databases.concepts.size() > 10);
        for (const QString &id : databases.concepts) {
            const auto question = m_library->questions().question(id);
            QCOMPARE(question->topic, QStringLiteral("Databases & storage internals"));
            QVERIFY(question->leadsConcept()); // one entry per concept
        }
        // Flagging any phrasing puts its concept in the flag's scope.
        QString error;
        QVERIFY(idOf(117) != conceptOf(117));
        QVERIFY(m_library->bookmarks().set(idOf(117), QStringLiteral("hard"), &error));
        QCOMPARE(plan(QStringLiteral("flag:hard")).concepts, QStringList {conceptOf(117)});
        QCOMPARE(plan(QStringLiteral("bookmarked")).concepts, QStringList {conceptOf(117)});
        QVERIFY(plan(QStringLiteral("flag:favourite")).concepts.isEmpty());

        const int all = int(plan(QStringLiteral("all")).concepts.size());
        QCOMPARE(all, 551); // every concept of the bundled bank, once
        QCOMPARE(plan(QStringLiteral("all"), 7).concepts.size(), 7);
        answer(3, Rating::Good);
        QCOMPARE(plan(QStringLiteral("new")).concepts.size(), all - 1);
        QVERIFY(!plan(QStringLiteral("new")).concepts.contains(conceptOf(3)));
        QVERIFY(plan(QStringLiteral("due")).concepts.isEmpty()); // back in 10 minutes
        // Scheduled for later, it is still practised in "all" - after the new ones.
        QCOMPARE(plan(QStringLiteral("all")).concepts.last(), conceptOf(3));
        QCOMPARE(plan(QStringLiteral("all")).ahead, 1);
    }

    void aSizedPlanIsTheStartOfTheWholePlan()
    {
        // Due, new (bank by bank, in tree order) and scheduled later, each read
        // only as far as the size asks: the first N must be the whole plan's first N.
        BankImporter importer(m_library->database(), TopicRules::bundled());
        QVERIFY(
            importer
                .import({QStringLiteral("lighthouses"), QStringLiteral("Lighthouses"), QStringLiteral("lighthouses.md"),
                         "### 1. What is a Fresnel lens?\n**Answer:** A lens made of rings.\n\n"
                         "### 2. Who keeps a lighthouse?\n**Answer:** A keeper.\n",
                         std::nullopt})
                .changed);
        answer(40, Rating::Good);
        answer(12, Rating::Again);
        m_now = m_now.addSecs(11 * 60); // both past their first step: due
        answer(300, Rating::Easy);      // days ahead
        const QuizPlan whole = plan(QStringLiteral("all"));
        QCOMPARE(whole.concepts.size(), 553);
        QCOMPARE(whole.due, 2);
        QCOMPARE(whole.ahead, 1);
        QCOMPARE(whole.concepts.first(2), (QStringList {conceptOf(12), conceptOf(40)})); // Again is due sooner
        QCOMPARE(whole.concepts.last(), conceptOf(300));
        // The other bank's new questions follow the bundled bank's.
        QCOMPARE(whole.concepts.at(whole.concepts.size() - 2),
                 *m_library->questions().resolve(QStringLiteral("lighthouses:2")));
        for (const int size : {1, 2, 3, 200, 550, 551, 552, 553, 600}) {
            const QuizPlan head = plan(QStringLiteral("all"), size);
            QCOMPARE(head.concepts, whole.concepts.first(std::min<qsizetype>(size, whole.concepts.size())));
            QCOMPARE(head.due, std::min(size, 2));
            QCOMPARE(head.ahead, size >= 553 ? 1 : 0);
            QCOMPARE(head.due + head.fresh + head.ahead, int(head.concepts.size()));
        }
    }

    void cardsDueAtTheSameMomentComeInTheOrderTheyWereMade()
    {
        answer(300, Rating::Good);
        answer(12, Rating::Good); // the same moment, the same rating: due together
        m_now = m_now.addSecs(11 * 60);
        QCOMPARE(plan(QStringLiteral("due")).concepts, (QStringList {conceptOf(300), conceptOf(12)}));
        QCOMPARE(plan(QStringLiteral("all"), 1).concepts, QStringList {conceptOf(300)});
    }

    void weakMeansForgottenTwice()
    {
        // Lapses happen in review: graduate with Easy, then forget, twice.
        for (int lapse = 0; lapse < 2; ++lapse) {
            QVERIFY(plan(QStringLiteral("weak")).concepts.isEmpty());
            answer(12, Rating::Easy);
            m_now = m_library->reviews().card(conceptOf(12))->due;
            answer(12, Rating::Again);
            m_now = m_now.addDays(1);
        }
        QCOMPARE(m_library->reviews().card(conceptOf(12))->lapses, 2);
        QCOMPARE(plan(QStringLiteral("weak")).concepts, QStringList {conceptOf(12)});
    }

    void missesAreTheLastSittingsAgains()
    {
        answer(3, Rating::Again, 1);
        answer(5, Rating::Good, 2);
        answer(7, Rating::Again, 2);
        answer(9, Rating::Again, 2);
        answer(9, Rating::Good, 2); // relearnt in the same sitting: still a miss of it
        QCOMPARE(m_library->reviews().lastSession(), 2);
        QCOMPARE(plan(QStringLiteral("misses")).concepts, (QStringList {conceptOf(7), conceptOf(9)}));
    }

    void mockInterviewsAskDesignQuestions()
    {
        QVERIFY(QuizPlanner::isDesignQuestion(QStringLiteral("Design a URL shortener (like bit.ly).")));
        QVERIFY(QuizPlanner::isDesignQuestion(QStringLiteral("How do you design a leaderboard?")));
        QVERIFY(!QuizPlanner::isDesignQuestion(QStringLiteral("What is system design?")));
        QVERIFY(!QuizPlanner::isDesignQuestion(QStringLiteral("How do you design for failure?")));
        QuizScope scope;
        scope.kind = QuizScope::Kind::All;
        scope.designOnly = true;
        const QuizPlan designs = QuizPlanner(m_library->database(), m_library->reviews()).plan(scope, m_now, 20);
        QVERIFY(designs.concepts.size() >= 20);
        QCOMPARE(m_library->questions().question(designs.concepts.first())->title,
                 QStringLiteral("Design a URL shortener (like bit.ly)."));

        // Another bank's classic comes before any "How do you design ..." question.
        QVERIFY(
            BankImporter(m_library->database(), TopicRules::bundled())
                .import({QStringLiteral("lighthouses"), QStringLiteral("Lighthouses"), QStringLiteral("lighthouses.md"),
                         "### 1. Design a lighthouse keepers' rota\n**Answer:** Shifts by the tide.\n", std::nullopt})
                .changed);
        const QStringList withOther
            = QuizPlanner(m_library->database(), m_library->reviews()).plan(scope, m_now, 20).concepts;
        const qsizetype rota = withOther.indexOf(*m_library->questions().resolve(QStringLiteral("lighthouses:1")));
        QVERIFY(rota > 0);
        for (qsizetype i = 0; i < withOther.size(); ++i) {
            const bool classic
                = m_library->questions().question(withOther.at(i))->title.startsWith(QStringLiteral("Design "));
            QCOMPARE(classic, i <= rota);
        }
    }

    void recallRevealsThenGrades()
    {
        RecordingFrontEnd ui;
        QuizEngine engine(*m_library, QuizMode::Recall, plan(QStringLiteral("study-now"), 3).concepts, ui, clock());
        engine.start();
        QCOMPARE(ui.events, QStringList {QStringLiteral("ask")});
        QVERIFY(ui.card.title.startsWith(QStringLiteral("What is system design?")));
        QCOMPARE(ui.card.remaining, 3);
        engine.grade(Rating::Good); // not before the answer shows
        QCOMPARE(logRows(), 0);

        engine.reveal();
        QVERIFY(ui.revealed->answerMarkdown.contains(QStringLiteral("process of defining architecture")));
        QCOMPARE(ui.revealed->dueAfter[0], m_now.addSecs(60));  // Again: 1 min
        QCOMPARE(ui.revealed->dueAfter[2], m_now.addSecs(600)); // Good: 10 min
        QVERIFY(ui.revealed->dueAfter[3] > m_now.addDays(1));   // Easy: days
        m_now = m_now.addSecs(7);
        engine.grade(Rating::Good);
        QSqlQuery row = lastLogRow();
        QCOMPARE(row.value(0).toString(), conceptOf(1));
        QCOMPARE(row.value(2).toInt(), 3);
        QCOMPARE(row.value(3).toString(), QStringLiteral("recall"));
        QCOMPARE(row.value(4).toLongLong(), 7000);
        QCOMPARE(row.value(5).toInt(), 1); // the first sitting
        QCOMPARE(ui.events.last(), QStringLiteral("ask"));
        QVERIFY(ui.card.questionId != conceptOf(1));

        // Undo asks the same question again and forgets the answer.
        QVERIFY(engine.undo());
        QCOMPARE(logRows(), 0);
        QCOMPARE(ui.card.questionId, conceptOf(1));
        QCOMPARE(engine.summary().answered, 0);

        for (int i = 0; i < 3; ++i) {
            engine.reveal();
            engine.grade(i == 1 ? Rating::Again : Rating::Easy);
        }
        // The forgotten one comes back in a minute, in the same sitting.
        QCOMPARE(ui.events.last(), QStringLiteral("ask"));
        engine.reveal();
        engine.grade(Rating::Good);
        QCOMPARE(ui.events.last(), QStringLiteral("ask")); // Good after Again: 10 minutes, still this sitting
        engine.reveal();
        engine.grade(Rating::Good);
        QCOMPARE(ui.events.last(), QStringLiteral("finished"));
        QCOMPARE(ui.summary->answered, 5);
        QCOMPARE(ui.summary->again, 1);
        QCOMPARE(ui.summary->missed.size(), 1);
        // The summary carries what it shows: the missed question's title.
        QCOMPARE(ui.summary->missedTitles,
                 QStringList {m_library->questions().question(ui.summary->missed.first())->title});
    }

    void choiceRecordsRightAndWrongPicks()
    {
        RecordingFrontEnd ui;
        QuizEngine engine(*m_library, QuizMode::Choice, plan(QStringLiteral("topic:Caching & CDN"), 2).concepts, ui,
                          clock());
        engine.start();
        QCOMPARE(ui.events, QStringList {QStringLiteral("choice")});
        QCOMPARE(ui.choice->options.size(), 4);
        const int toGo = ui.card.unseen;
        const int wrong = (ui.choice->correct + 1) % 4;
        engine.reveal(); // no reveal in choice mode
        QCOMPARE(ui.events.size(), 1);
        engine.pick(wrong);
        QVERIFY(!ui.outcome->right());
        // "To go" counts down at once; the missed one is counted as coming back.
        QCOMPARE(ui.card.unseen, toGo - 1);
        QCOMPARE(ui.card.comingBack, 1);
        QVERIFY(!ui.outcome->pickedTitle.isEmpty());
        QCOMPARE(lastLogRow().value(2).toInt(), 1); // Again
        QCOMPARE(lastLogRow().value(3).toString(), QStringLiteral("choice"));
        engine.pick(ui.choice->correct); // one pick per question
        QCOMPARE(logRows(), 1);
        engine.next();
        QCOMPARE(ui.events.last(), QStringLiteral("choice"));
        engine.pick(ui.choice->correct);
        QVERIFY(ui.outcome->right());
        QCOMPARE(lastLogRow().value(2).toInt(), 3); // Good
        QCOMPARE(engine.summary().again, 1);
    }

    // A wrong pick says which question the picked answer belongs to, so wrong answers
    // never come from the questions still to be asked in the sitting.
    void choicesGiveNoLaterQuestionAway()
    {
        RecordingFrontEnd ui;
        const QStringList concepts = plan(QStringLiteral("topic:Caching & CDN"), 6).concepts;
        QCOMPARE(concepts.size(), 6);
        QuizEngine engine(*m_library, QuizMode::Choice, concepts, ui, clock());
        engine.start();
        QStringList asked;
        // New questions come back in their learning steps: each is asked about twice.
        for (int i = 0; i < 4 * concepts.size() && ui.events.last() == QStringLiteral("choice"); ++i) {
            const QString askedConcept = m_library->questions().question(ui.choice->questionId)->conceptId;
            asked.append(askedConcept);
            for (const QString &optionId : std::as_const(ui.choice->optionIds)) {
                const QString optionConcept = m_library->questions().question(optionId)->conceptId;
                QVERIFY2(optionConcept == askedConcept || asked.contains(optionConcept)
                             || !concepts.contains(optionConcept),
                         qPrintable(optionId));
            }
            engine.pick(ui.choice->correct);
            engine.next();
        }
        QCOMPARE(ui.events.last(), QStringLiteral("finished"));
    }

    void typedRecallSuggestsAGradeFromCoverage()
    {
        RecordingFrontEnd ui;
        QuizEngine engine(*m_library, QuizMode::Typed, plan(QStringLiteral("study-now"), 2).concepts, ui, clock());
        engine.start();
        const QString answer = m_library->questions().question(ui.card.questionId)->answerMarkdown;
        engine.submitTyped(answer);
        QCOMPARE(ui.revealed->suggested, Rating::Good);
        QVERIFY(ui.revealed->coverage->missed.isEmpty());
        engine.grade(Rating::Good);
        QCOMPARE(lastLogRow().value(3).toString(), QStringLiteral("typed"));
        engine.submitTyped(QStringLiteral("no idea"));
        QCOMPARE(ui.revealed->suggested, Rating::Again);
        QVERIFY(!ui.revealed->coverage->missed.isEmpty());
        QVERIFY(ui.revealed->coverage->found.isEmpty());
    }

    // Wrong answers are about as long as the right one where the subtopic or topic
    // has such answers: length must not give the right one away.
    void wrongAnswersAreOfAboutTheRightLength()
    {
        ChoiceBuilder builder(m_library->questions());
        int options = 0, similar = 0;
        for (int number = 1; number <= 200; number += 3) {
            const auto choice = builder.make(idOf(number), quint32(number));
            QVERIFY(choice);
            const qsizetype right = choice->options.at(choice->correct).size();
            for (int i = 0; i < 4; ++i) {
                if (i == choice->correct)
                    continue;
                ++options;
                const qsizetype length = choice->options.at(i).size();
                similar += length * 2 >= right && length <= right * 2;
            }
        }
        // By chance about 95% would be; near answers of a similar length are preferred.
        QVERIFY2(similar * 100 >= options * 99, qPrintable(QStringLiteral("%1 of %2").arg(similar).arg(options)));
    }

    // Key terms are the answer's points, as phrases: not the question's words, not
    // the labels that frame an answer, not numbers or filler.
    void keyTermsAreTheAnswersPoints_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<QStringList>("unwanted");
        QTest::newRow("distributed system") << 20 << QStringList {QStringLiteral("Partial failures")}
                                            << QStringList {QStringLiteral("Distributed"), QStringLiteral("system"),
                                                            QStringLiteral("Challenges"), QStringLiteral("spans")};
        QTest::newRow("throughput and bandwidth")
            << 95 << QStringList {QStringLiteral("rate")}
            << QStringList {QStringLiteral("useful"),  QStringLiteral("second"), QStringLiteral("sec"),
                            QStringLiteral("records"), QStringLiteral("bits"),   QStringLiteral("have")};
        QTest::newRow("latency and throughput")
            << 52 << QStringList {QStringLiteral("batching")}
            << QStringList {QStringLiteral("RPS"), QStringLiteral("ideal"), QStringLiteral("increases")};
        QTest::newRow("cache stampede") << 305
                                        << QStringList {QStringLiteral("thundering herd"),
                                                        QStringLiteral("single flight")}
                                        << QStringList {QStringLiteral("cache"), QStringLiteral("Many"),
                                                        QStringLiteral("Use"), QStringLiteral("Prevent")};
        QTest::newRow("chat system") << 22 << QStringList {QStringLiteral("push notifications")}
                                     << QStringList {QStringLiteral("Requirements"), QStringLiteral("Scale"),
                                                     QStringLiteral("Components"),   QStringLiteral("chats"),
                                                     QStringLiteral("500M"),         QStringLiteral("day")};
    }

    void keyTermsAreTheAnswersPoints()
    {
        QFETCH(int, number);
        QFETCH(QStringList, wanted);
        QFETCH(QStringList, unwanted);
        const auto question = m_library->questions().question(idOf(number));
        const WordRarity rarity(m_library->database());
        const KeyTerms key = KeyTerms::of(question->title, question->answerMarkdown, std::cref(rarity));
        const QStringList texts = key.texts();
        for (const QString &term : wanted)
            QVERIFY2(texts.contains(term, Qt::CaseInsensitive), qPrintable(texts.join(QStringLiteral(" | "))));
        for (const QString &word : unwanted) {
            for (const QString &text : texts)
                QVERIFY2(!text.split(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive),
                         qPrintable(texts.join(QStringLiteral(" | "))));
        }
        // What the person typed covers the phrases whose words it has, in any form.
        const auto coverage = key.coverage(
            QStringLiteral("partial failure, pushing notifications, herds that thunder, data rates, batches"));
        QVERIFY(coverage.found.contains(wanted.first(), Qt::CaseInsensitive));
        QVERIFY(coverage.ratio > 0 && coverage.ratio < 1);
    }

    void mockInterviewIsTimedWithPauses()
    {
        QuizScope scope;
        scope.kind = QuizScope::Kind::All;
        scope.designOnly = true;
        scope.size = 1;
        const QStringList design
            = QuizPlanner(m_library->database(), m_library->reviews()).plan(scope, m_now, 20).concepts;
        RecordingFrontEnd ui;
        QuizEngine engine(*m_library, QuizMode::Mock, design, ui, clock(), 35);
        engine.start();
        QCOMPARE(QuizEngine::mockStages().size(), 7);
        QCOMPARE(engine.interviewRemainingMs(), 35 * 60 * 1000);
        m_now = m_now.addSecs(10 * 60);
        QVERIFY(!engine.toggleInterviewPause()); // paused, by the engine's clock
        m_now = m_now.addSecs(60 * 60);          // a long break does not count
        QCOMPARE(engine.interviewRemainingMs(), 25 * 60 * 1000);
        QVERIFY(engine.toggleInterviewPause());
        m_now = m_now.addSecs(30 * 60);
        QCOMPARE(engine.interviewRemainingMs(), -5 * 60 * 1000); // five minutes over

        engine.reveal();
        QVERIFY(ui.revealed->answerMarkdown.size() > 100);
        engine.grade(Rating::Hard);
        QCOMPARE(lastLogRow().value(3).toString(), QStringLiteral("mock"));
        QCOMPARE(lastLogRow().value(4).toLongLong(), qint64(40) * 60 * 1000);
        QCOMPARE(ui.events.last(), QStringLiteral("finished"));
    }

    void fuzzSpreadsLongIntervalsOnly()
    {
        FsrsScheduler::Parameters parameters;
        parameters.fuzz = true;
        const FsrsScheduler fuzzy(parameters);
        const FsrsScheduler plain;
        FsrsScheduler::Card card = plain.next({}, m_now, Rating::Easy); // graduates: about 8 days
        const auto exact = plain.next(card, card.due, Rating::Good);
        QSet<int> seen;
        for (int day = 0; day < 40; ++day) {
            card.lastReview = m_now.addDays(-day);
            const auto spread = fuzzy.next(card, card.due, Rating::Good);
            const int plainDays = plain.next(card, card.due, Rating::Good).scheduledDays;
            QVERIFY(std::abs(spread.scheduledDays - plainDays) <= std::max(2, plainDays / 10 + 2));
            QCOMPARE(fuzzy.next(card, card.due, Rating::Good).scheduledDays, spread.scheduledDays); // repeatable
            seen.insert(spread.scheduledDays - plainDays);
        }
        QVERIFY(seen.size() > 1);
        QVERIFY(exact.scheduledDays > 3);
        // Learning steps are never fuzzed.
        QCOMPARE(fuzzy.next({}, m_now, Rating::Good).due, m_now.addSecs(600));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
