// The learner's word on concepts: split and join, by stable id, with the
// schedules and the review history following, through re-imports, bank removal
// and progress files.

#include "core/bankstore.h"
#include "core/conceptoverrides.h"
#include "core/database.h"
#include "core/mergeoutcome.h"
#include "core/outlinebranches.h"
#include "core/progressfile.h"
#include "core/progressstats.h"
#include "core/studylibrary.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace sdstudy::core;
using Rating = FsrsScheduler::Rating;

namespace {

// Two phrasings of one thing (the grouper folds them: the same subject) and a
// third, on a subject the bundled bank does not ask about.
const QByteArray kBankV1 = "# Baking\n\n"
                           "## What is a sourdough starter?\n\nFlour and water that wild yeast ferments.\n\n"
                           "## What is sourdough starter?\n\nFlour and water, fermented by wild yeast.\n\n"
                           "## What is a levain?\n\nA portion of starter built up for one bake.\n";

} // namespace

class TestConcepts final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number, const QString &bank = QString())
    {
        const QString reference
            = bank.isEmpty() ? QString::number(number) : QStringLiteral("%1:%2").arg(bank).arg(number);
        return *m_library->questions().resolve(reference);
    }
    QString conceptOf(const QString &id) { return m_library->questions().question(id)->conceptId; }
    void answer(const QString &questionId, const QDateTime &at, Rating rating = Rating::Good)
    {
        QString error;
        QVERIFY2(m_library->reviews().answer(
                     {conceptOf(questionId), questionId, rating, QStringLiteral("recall"), 5000, at}, &error),
                 qPrintable(error));
    }
    int logRows(const QString &conceptId)
    {
        QSqlQuery query(m_library->database().connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM review_log WHERE concept_id = ?"));
        query.addBindValue(conceptId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }
    // Every question's concept is named by a question that is there and leads it.
    void verifyEveryConceptHasItsLeader()
    {
        QSqlQuery query(m_library->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM questions q WHERE NOT EXISTS"
                                          " (SELECT 1 FROM questions l WHERE l.id = q.concept AND l.concept = l.id)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    // The tree's branches, as the database keeps them, against a count of every
    // question now: a row for each branch that holds an entry, with its names.
    void verifyTheTreeCountsEveryQuestion()
    {
        OutlineBranches outline(m_library->database());
        for (const bool everyPhrasing : {false, true}) {
            OutlineFilter filter;
            filter.everyPhrasing = everyPhrasing;
            QStringList kept;
            for (const OutlineBranch &branch : outline.branches(filter))
                kept.append(QStringLiteral("%1/%2/%3 %4/%5: %6")
                                .arg(branch.bankKey)
                                .arg(branch.topicRank)
                                .arg(branch.subtopicRank)
                                .arg(branch.topic, branch.subtopic)
                                .arg(branch.entries));
            // Counted here from every question's row, not by SQL: SQLite 3.46 sums a
            // bare `q.concept = q.id` through a sort as NULL (QuestionStore::topicCounts).
            QSqlQuery query(m_library->database().connection());
            QVERIFY(query.exec(QStringLiteral("SELECT b.position, b.key, q.topic_rank, q.subtopic_rank, q.topic,"
                                              " q.subtopic, q.concept, q.id FROM questions q"
                                              " JOIN banks b ON b.id = q.bank_id")));
            QMap<std::tuple<int, int, int>, QPair<QString, int>> entries; // by position and ranks
            while (query.next()) {
                auto &[label, count]
                    = entries[{query.value(0).toInt(), query.value(2).toInt(), query.value(3).toInt()}];
                label = QStringLiteral("%1/%2/%3 %4/%5")
                            .arg(query.value(1).toString())
                            .arg(query.value(2).toInt())
                            .arg(query.value(3).toInt())
                            .arg(query.value(4).toString(), query.value(5).toString());
                count += everyPhrasing || query.value(6) == query.value(7) ? 1 : 0;
            }
            QStringList counted;
            for (const auto &[label, count] : std::as_const(entries)) {
                if (count > 0)
                    counted.append(QStringLiteral("%1: %2").arg(label).arg(count));
            }
            QVERIFY(!counted.isEmpty());
            QCOMPARE(kept, counted);
        }
        verifyTheRunsCountEveryQuestion();
    }
    // Each branch's entries per run of 512 numbers (schema 21), which place rows
    // deep in a branch, against a count of every question now.
    void verifyTheRunsCountEveryQuestion()
    {
        QSqlQuery query(m_library->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT bank_id, topic_rank, subtopic_rank, run, phrasings, concepts"
                                          " FROM branch_runs ORDER BY 1, 2, 3, 4")));
        QStringList kept;
        while (query.next()) {
            kept.append(QStringLiteral("%1/%2/%3 run %4: %5/%6")
                            .arg(query.value(0).toLongLong())
                            .arg(query.value(1).toInt())
                            .arg(query.value(2).toInt())
                            .arg(query.value(3).toInt())
                            .arg(query.value(4).toInt())
                            .arg(query.value(5).toInt()));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT bank_id, topic_rank, subtopic_rank, number, concept, id"
                                          " FROM questions")));
        QMap<std::tuple<qint64, int, int, int>, QPair<int, int>> runs;
        while (query.next()) {
            QVERIFY(query.value(3).toInt() > 0);
            auto &[phrasings, concepts] = runs[{query.value(0).toLongLong(), query.value(1).toInt(),
                                                query.value(2).toInt(), query.value(3).toInt() / 512}];
            ++phrasings;
            concepts += query.value(4) == query.value(5) ? 1 : 0;
        }
        QStringList counted;
        for (auto run = runs.cbegin(); run != runs.cend(); ++run) {
            const auto &[bank, topicRank, subtopicRank, number] = run.key();
            counted.append(QStringLiteral("%1/%2/%3 run %4: %5/%6")
                               .arg(bank)
                               .arg(topicRank)
                               .arg(subtopicRank)
                               .arg(number)
                               .arg(run->first)
                               .arg(run->second));
        }
        QVERIFY(counted.size() > 1);
        QCOMPARE(kept, counted);
    }
    // The dashboard's stages per topic, as the database keeps them, against a
    // count of every card now: a concept counts at its first phrasing's topic.
    void verifyTheDashboardCountsEveryCard()
    {
        QSqlQuery query(m_library->database().connection());
        QHash<QString, QString> topicOfLeader; // the concepts, by their first phrasing
        QVERIFY(query.exec(QStringLiteral("SELECT id, concept, topic FROM questions")));
        while (query.next()) {
            if (query.value(0) == query.value(1))
                topicOfLeader.insert(query.value(0).toString(), query.value(2).toString());
        }
        QMap<QString, std::array<int, 4>> expected; // new, learning, young, mature
        for (const QString &topic : std::as_const(topicOfLeader))
            ++expected[topic][0];
        QVERIFY(query.exec(QStringLiteral("SELECT concept_id, state, scheduled_days FROM cards")));
        while (query.next()) {
            const auto leader = topicOfLeader.constFind(query.value(0).toString());
            if (leader == topicOfLeader.cend())
                continue; // a diagram's card, or one whose concept is gone
            auto &counts = expected[*leader];
            --counts[0];
            const int state = query.value(1).toInt();
            ++counts[state == 1 || state == 3 ? 1 : query.value(2).toInt() < ProgressStats::kMatureDays ? 2 : 3];
        }
        QMap<QString, std::array<int, 4>> kept;
        for (const auto &topic : ProgressStats(m_library->database()).topics(m_now, 30))
            kept[topic.topic] = {topic.fresh, topic.learning, topic.young, topic.mature};
        QCOMPARE(kept, expected);
    }
    QString writeBank(const QByteArray &content)
    {
        const QString path = m_dir->filePath(QStringLiteral("resilience.md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write the bank");
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        m_now = QDateTime::currentDateTimeUtc();
    }
    void cleanup() { m_library.reset(); }

    void theTreeListsAConceptOnceAndFindsItsPhrasingsThere()
    {
        // The topic tree's reading, page by page, agrees with the whole branch, and
        // every phrasing is found at its concept's entry, on the row it is listed.
        OutlineBranches outline(m_library->database());
        const OutlineFilter folded;
        const QList<OutlineBranch> branches = outline.branches(folded);
        int entries = 0;
        for (const OutlineBranch &branch : branches)
            entries += branch.entries;
        QCOMPARE(entries, 551);
        OutlineFilter everyPhrasing;
        everyPhrasing.everyPhrasing = true;
        entries = 0;
        for (const OutlineBranch &branch : outline.branches(everyPhrasing))
            entries += branch.entries;
        QCOMPARE(entries, 780);

        for (const OutlineBranch &branch : branches) {
            const QList<OutlineBranchEntry> whole = outline.entries(branch, folded, 0, branch.entries + 1);
            QCOMPARE(whole.size(), branch.entries);
            const auto idsOf = [](const QList<OutlineBranchEntry> &list) {
                QStringList ids;
                for (const OutlineBranchEntry &entry : list)
                    ids.append(entry.id);
                return ids;
            };
            QCOMPARE(idsOf(outline.entries(branch, folded, 0, 3) + outline.entries(branch, folded, 3, branch.entries)),
                     idsOf(whole));
            for (qsizetype row = 0; row < whole.size(); ++row) {
                QVERIFY(whole[row].leadsConcept());
                QCOMPARE(whole[row].topic, branch.topic);
                for (const QString &phrasing : m_library->questions().phrasingsOf(whole[row].id)) {
                    const auto place = outline.placeOf(phrasing, folded);
                    QVERIFY(place);
                    QCOMPARE(place->entryId, whole[row].id);
                    QCOMPARE(place->row, row);
                    QVERIFY(branch.holds(place->bankId, place->topicRank, place->subtopicRank));
                }
            }
        }
        // Bookmarked only: a concept with a bookmarked phrasing, with that flag.
        QString error;
        QVERIFY(idOf(117) != conceptOf(idOf(117)));
        QVERIFY(m_library->bookmarks().set(idOf(117), QStringLiteral("hard"), &error));
        OutlineFilter bookmarked;
        bookmarked.bookmarkedOnly = true;
        const QList<OutlineBranch> marked = outline.branches(bookmarked);
        QCOMPARE(marked.size(), 1);
        const QList<OutlineBranchEntry> shown = outline.entries(marked.first(), bookmarked, 0, 10);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().id, conceptOf(idOf(117)));
        QCOMPARE(shown.first().flag, std::optional<QString>(QStringLiteral("hard")));
        QCOMPARE(outline.placeOf(idOf(117), bookmarked)->row, 0);
        QVERIFY(!outline.placeOf(idOf(1), bookmarked));
    }

    // "Not the same question": the phrasing leaves its concept with a copy of the
    // schedule, and the answers given on it go with it; the concept keeps its own.
    void aSplitPhrasingKeepsTheHistoryItHad()
    {
        const QString lead = idOf(53), phrasing = idOf(117); // both "what is a circuit breaker"
        QCOMPARE(conceptOf(phrasing), lead);
        answer(lead, m_now.addDays(-9));
        answer(phrasing, m_now.addDays(-3));
        const auto before = *m_library->reviews().card(lead);

        QString error;
        QVERIFY2(ConceptOverrides(m_library->database()).split(phrasing, &error), qPrintable(error));
        QCOMPARE(conceptOf(phrasing), phrasing);
        QCOMPARE(conceptOf(lead), lead);
        QVERIFY(!m_library->questions().phrasingsOf(lead).contains(phrasing));
        const auto copied = m_library->reviews().card(phrasing);
        QVERIFY(copied);
        QCOMPARE(copied->stability, before.stability);
        QCOMPARE(copied->due, before.due);
        QCOMPARE(m_library->reviews().card(lead)->due, before.due);
        QCOMPARE(logRows(phrasing), 1);
        QCOMPARE(logRows(lead), 1);
        verifyEveryConceptHasItsLeader();

        // Said twice, it says what is wrong and changes nothing.
        QVERIFY(!ConceptOverrides(m_library->database()).split(phrasing, &error));
        QCOMPARE(error, QStringLiteral("%1 is a concept of its own already").arg(phrasing));
    }

    // Splitting the phrasing that names a concept: the rest is named by the next one,
    // which keeps the schedule too.
    void splittingTheFirstPhrasingLeavesTheRestTogether()
    {
        const QString lead = idOf(53), next = m_library->questions().phrasingsOf(lead).at(1);
        answer(lead, m_now.addDays(-4));
        QString error;
        QVERIFY2(ConceptOverrides(m_library->database()).split(lead, &error), qPrintable(error));
        QCOMPARE(conceptOf(lead), lead);
        QCOMPARE(conceptOf(next), next);
        QVERIFY(m_library->questions().phrasingsOf(next).size() >= 2);
        QVERIFY(m_library->reviews().card(lead));
        QCOMPARE(m_library->reviews().card(next)->due, m_library->reviews().card(lead)->due);
        verifyEveryConceptHasItsLeader();
    }

    // "Same as": two concepts become one, named by its first phrasing in the bank,
    // with the older schedule and both logs.
    void aJoinKeepsTheOlderScheduleAndMergesTheLog()
    {
        const QString a = idOf(1), b = idOf(3); // system design; CAP
        answer(b, m_now.addDays(-20), Rating::Easy);
        answer(a, m_now.addDays(-2), Rating::Hard);
        const auto older = *m_library->reviews().card(b);

        QString error;
        QVERIFY2(ConceptOverrides(m_library->database()).join(b, a, &error), qPrintable(error));
        QCOMPARE(conceptOf(b), a);
        const auto kept = m_library->reviews().card(a);
        QVERIFY(kept);
        QCOMPARE(kept->stability, older.stability);
        QCOMPARE(kept->due, older.due);
        QVERIFY(!m_library->reviews().card(b)); // not left behind as a second schedule
        QCOMPARE(logRows(a), 2);
        QCOMPARE(logRows(b), 0);
        QCOMPARE(m_library->questions().question(a)->variants, QList<int> {3});

        QVERIFY(!ConceptOverrides(m_library->database()).join(b, a, &error));
        QCOMPARE(error, QStringLiteral("%1 and %2 are one concept already").arg(b, a));
        QVERIFY(!ConceptOverrides(m_library->database()).join(b, QStringLiteral("q-000000000000"), &error));
        QCOMPARE(error, QStringLiteral("there is no question q-000000000000"));
    }

    // The tree's and the dashboard's counts are kept as questions are imported,
    // answered, re-imported, split, joined and removed with their bank.
    void theTreeAndDashboardCountsFollowEveryChange()
    {
        const auto verify = [this] {
            verifyTheTreeCountsEveryQuestion();
            verifyTheDashboardCountsEveryCard();
        };
        verify();
        QVERIFY(m_library->importFile(writeBank(kBankV1)).error.isEmpty());
        const QString bank = m_library->banks().banks().last().key;
        // Answered: new, learning and in review, in both banks.
        answer(idOf(2, bank), m_now.addDays(-40), Rating::Easy);
        answer(idOf(2, bank), m_now.addDays(-10), Rating::Easy);
        answer(idOf(3, bank), m_now.addDays(-3), Rating::Again);
        answer(idOf(117), m_now.addDays(-30), Rating::Good);
        answer(idOf(1), m_now.addDays(-2), Rating::Hard);
        verify();
        QString error;
        ConceptOverrides overrides(m_library->database());
        QVERIFY2(overrides.split(idOf(2, bank), &error), qPrintable(error));
        verify();
        QVERIFY2(overrides.join(idOf(3, bank), idOf(1, bank), &error), qPrintable(error));
        QVERIFY2(overrides.join(idOf(117), idOf(1), &error), qPrintable(error)); // across topics
        verify();
        QByteArray reworded = kBankV1;
        reworded.replace("## What is a levain?", "## What is a levain build?");
        QVERIFY(m_library->importFile(writeBank(reworded)).error.isEmpty());
        verify();
        QVERIFY2(overrides.clear(idOf(2, bank), &error), qPrintable(error));
        verify();
        QVERIFY2(m_library->banks().remove(bank, &error), qPrintable(error));
        verify();
    }

    // The choices are kept by stable id: a new version of the bank (answers edited)
    // is grouped again, and the person's word still holds.
    void choicesOutliveAReimport()
    {
        auto outcome = m_library->importFile(writeBank(kBankV1));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const QString bank = m_library->banks().banks().last().key;
        const QString first = idOf(1, bank), second = idOf(2, bank), third = idOf(3, bank);
        QCOMPARE(conceptOf(second), first); // grouped
        QString error;
        ConceptOverrides overrides(m_library->database());
        QVERIFY(overrides.split(second, &error));
        QVERIFY(overrides.join(third, first, &error));

        QByteArray edited = kBankV1;
        edited.replace("for one bake.", "for one bake, the night before.");
        outcome = m_library->importFile(writeBank(edited));
        QVERIFY2(outcome.error.isEmpty() && outcome.changed, qPrintable(outcome.error));
        QCOMPARE(conceptOf(second), second);
        QCOMPARE(conceptOf(third), first);
        QCOMPARE(overrides.all().size(), 2);

        // Back to what the grouper finds.
        QVERIFY(overrides.clear(second, &error));
        QCOMPARE(conceptOf(second), first);
    }

    // A new grouping (a bank update that rewords a phrasing) moves the schedule to
    // the concept the answered phrasing is in now.
    void aRegroupingImportKeepsTheSchedules()
    {
        QVERIFY(m_library->importFile(writeBank(kBankV1)).error.isEmpty());
        const QString bank = m_library->banks().banks().last().key;
        const QString first = idOf(1, bank), second = idOf(2, bank);
        answer(second, m_now.addDays(-5));
        const auto before = *m_library->reviews().card(first);

        QByteArray reworded = kBankV1;
        reworded.replace("## What is sourdough starter?", "## What is the sourdough starter pattern?");
        QVERIFY(m_library->importFile(writeBank(reworded)).error.isEmpty());
        const QString renamed = idOf(2, bank);
        QVERIFY(renamed != second);          // a new title is a new stable id
        QCOMPARE(conceptOf(renamed), first); // folded again, by the filler words
        QCOMPARE(m_library->reviews().card(first)->due, before.due);
    }

    // A question of another bank that repeats a bundled concept joins it: the tree
    // shows the bundled one, and one schedule serves both. Removing that bank
    // leaves every concept with its first phrasing, and the schedule.
    void aQuestionOfAnotherBankJoinsTheBundledConceptItRepeats()
    {
        QVERIFY(m_library
                    ->importFile(writeBank(kBankV1
                                           + "\n## What is a circuit breaker?\n\n"
                                             "It stops calls to a failing service and fails fast.\n"))
                    .error.isEmpty());
        const QString bank = m_library->banks().banks().last().key;
        const QString repeat = idOf(4, bank);
        QCOMPARE(conceptOf(repeat), idOf(53));
        QCOMPARE(conceptOf(idOf(3, bank)), idOf(3, bank)); // the levain is asked nowhere else
        answer(repeat, m_now.addDays(-6));
        QVERIFY(m_library->reviews().card(idOf(53)));

        // The person can fold one by hand as well: the levain is the starter here.
        QString error;
        QVERIFY(ConceptOverrides(m_library->database()).join(idOf(3, bank), idOf(1, bank), &error));
        QVERIFY(m_library->banks().remove(bank, &error));
        verifyEveryConceptHasItsLeader();
        QVERIFY(m_library->reviews().card(idOf(53)));
    }

    // Two changes at once (a progress file's): every schedule copied is one that was
    // there before, never one another concept has just been given.
    void schedulesAreCopiedFromWhatWasThere()
    {
        const QString a1 = idOf(53), a2 = idOf(117), b = idOf(87); // a1 names the joined concept
        answer(b, m_now.addDays(-30), Rating::Easy);               // the oldest
        answer(a1, m_now.addDays(-2), Rating::Hard);
        const auto aBefore = *m_library->reviews().card(a1), bBefore = *m_library->reviews().card(b);
        QString error;
        QVERIFY(m_library->database().inTransaction(
            [&](QString *failure) {
                ConceptOverrides overrides(m_library->database());
                return overrides.merge({a2, QString(), m_now}, failure) != MergeOutcome::Failed
                    && overrides.merge({b, a1, m_now}, failure) != MergeOutcome::Failed && overrides.regroup(failure);
            },
            &error));
        QCOMPARE(conceptOf(b), a1);
        QCOMPARE(conceptOf(a2), a2);
        QCOMPARE(m_library->reviews().card(a1)->stability, bBefore.stability); // the older of the two
        QCOMPARE(m_library->reviews().card(a2)->stability, aBefore.stability); // what it had, not b's
    }

    // A join never undoes an earlier choice: a question joined elsewhere stays
    // joined there too, and one kept apart from its old group stays apart.
    void aJoinKeepsEarlierChoices()
    {
        ConceptOverrides overrides(m_library->database());
        QString error;
        const QString a = idOf(1), b = idOf(3), c = idOf(4);
        QVERIFY(overrides.join(a, b, &error));
        QVERIFY2(overrides.join(a, c, &error), qPrintable(error));
        QCOMPARE(conceptOf(b), a);
        QCOMPARE(conceptOf(c), a);

        const QString lead = idOf(53), phrasing = idOf(117), other = idOf(87);
        QVERIFY(overrides.split(phrasing, &error));
        QVERIFY(overrides.join(phrasing, other, &error));
        QCOMPARE(conceptOf(phrasing), conceptOf(other));
        QVERIFY(conceptOf(lead) != conceptOf(phrasing)); // still apart from the circuit breaker
    }

    // Splitting the phrasing another was joined to keeps that join with the rest of
    // its concept.
    void aSplitKeepsJoinsMadeToItsConcept()
    {
        ConceptOverrides overrides(m_library->database());
        QString error;
        // #3 comes first in the bank: it names the joined concept.
        const QString lead = idOf(53), next = m_library->questions().phrasingsOf(lead).at(1), joined = idOf(3);
        QVERIFY(overrides.join(joined, lead, &error));
        QCOMPARE(conceptOf(lead), joined);
        QVERIFY(overrides.split(lead, &error));
        QCOMPARE(conceptOf(next), joined);
        QCOMPARE(conceptOf(lead), lead);
    }

    // Undo puts back the choices it touched and the schedules of their concepts,
    // and leaves others' choices alone.
    void aSnapshotPutsBackWhatItTookAndNothingElse()
    {
        ConceptOverrides overrides(m_library->database());
        QString error;
        const QString a = idOf(1), b = idOf(3);
        answer(a, m_now.addDays(-20), Rating::Easy);
        answer(b, m_now.addDays(-2), Rating::Again);
        const auto bBefore = *m_library->reviews().card(b);
        const auto before = overrides.snapshot({a, b});
        QVERIFY(overrides.join(b, a, &error));
        QVERIFY(!m_library->reviews().card(b));
        QVERIFY(overrides.split(idOf(117), &error)); // another change, elsewhere
        QVERIFY(overrides.restore(before, &error));
        QVERIFY(conceptOf(b) == b);
        QCOMPARE(m_library->reviews().card(b)->stability, bBefore.stability); // its own schedule again
        QCOMPARE(conceptOf(idOf(117)), idOf(117));
    }

    // A progress file written before a split brings its answers in once: they are
    // known by the phrasing they were given on, whatever concept holds them now.
    void aProgressFileFromBeforeASplitAddsNoAnswerTwice()
    {
        const QString phrasing = idOf(117);
        answer(phrasing, m_now.addDays(-2));
        const QByteArray file = ProgressFile::write(*m_library);
        QString error;
        QVERIFY(ConceptOverrides(m_library->database()).split(phrasing, &error));
        const int rows = int(m_library->reviews().allLogEntries().size());
        const auto report = ProgressFile::read(file, QStringLiteral("progress.json"), *m_library);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(int(m_library->reviews().allLogEntries().size()), rows);
        QCOMPARE(logRows(phrasing), 1);
    }

    // A progress file carries the choices; on the other computer they apply before
    // the schedules come in, so each lands under the concept it was kept for.
    void aProgressFileCarriesTheChoices()
    {
        const QString lead = idOf(53), phrasing = idOf(117), a = idOf(1), b = idOf(3);
        QString error;
        QVERIFY(ConceptOverrides(m_library->database()).split(phrasing, &error));
        answer(phrasing, m_now.addDays(-1));
        QVERIFY(ConceptOverrides(m_library->database()).join(b, a, &error));
        const QByteArray file = ProgressFile::write(*m_library);

        StudyLibrary other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite")), &error));
        const auto report = ProgressFile::read(file, QStringLiteral("progress.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(other.questions().question(phrasing)->conceptId, phrasing);
        QCOMPARE(other.questions().question(b)->conceptId, a);
        QVERIFY(other.reviews().card(phrasing));
        QVERIFY(!other.reviews().card(lead)); // never answered there, nor here
        QCOMPARE(ConceptOverrides(other.database()).all().size(), 2);

        // A choice that names itself is refused with its place, and nothing changes.
        QByteArray bad = file;
        bad.replace(QStringLiteral("\"same_as\": \"%1\"").arg(a).toUtf8(),
                    QStringLiteral("\"same_as\": \"%1\"").arg(b).toUtf8());
        QVERIFY(bad != file);
        const auto refused = ProgressFile::read(bad, QStringLiteral("bad.json"), other);
        QVERIFY(refused.error.startsWith(QStringLiteral("bad.json: concepts[")));
        QVERIFY(refused.error.endsWith(QStringLiteral("a question cannot be the same as itself")));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestConcepts)
#include "tst_concepts.moc"
