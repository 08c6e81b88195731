// Bookmarks and notes: what is stored is what comes back, through re-imports too.

#include "core/bankimporter.h"
#include "core/flags.h"
#include "core/progressfile.h"
#include "core/studylibrary.h"
#include "core/topicrules.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace sdstudy::core;

class TestUserData final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("u.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    void bookmarksCarryAFlagOrNone()
    {
        auto &bookmarks = m_library->bookmarks();
        QString error;
        QVERIFY(!bookmarks.flagOf(idOf(53)));
        QVERIFY(bookmarks.set(idOf(53), QStringLiteral("hard"), &error));
        QVERIFY(bookmarks.set(idOf(257), QString(), &error));
        QVERIFY(bookmarks.set(idOf(3), QStringLiteral("review"), &error));
        QCOMPARE(*bookmarks.flagOf(idOf(53)), QStringLiteral("hard"));
        QCOMPARE(*bookmarks.flagOf(idOf(257)), QString());
        QVERIFY(bookmarks.set(idOf(53), QStringLiteral("favourite"), &error));
        QCOMPARE(*bookmarks.flagOf(idOf(53)), QStringLiteral("favourite"));

        // Flag order first (review before favourite), plain bookmarks last.
        const auto all = bookmarks.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].question.number, 3);
        QCOMPARE(all[1].question.number, 53);
        QCOMPARE(all[2].question.number, 257);
        QCOMPARE(all[2].flag, QString());

        QVERIFY(bookmarks.clear(idOf(53), &error));
        QVERIFY(!bookmarks.flagOf(idOf(53)));
        QCOMPARE(bookmarks.flagsById().size(), 2);
    }

    void flagsAreFoundByKeyOrName()
    {
        QCOMPARE(Flags::find(QStringLiteral("HARD"))->key, QStringLiteral("hard"));
        QCOMPARE(Flags::find(QStringLiteral("review later"))->key, QStringLiteral("review"));
        QVERIFY(!Flags::find(QStringLiteral("urgent")));
        QCOMPARE(Flags::all().size(), 3);
    }

    void notesSaveUpdateAndDelete()
    {
        auto &notes = m_library->notes();
        QString error;
        const QString text = QStringLiteral("Closed → open → half-open.\n\n```cpp\nstate = Open;\n```\n");
        QVERIFY(notes.save(idOf(53), text, &error));
        const auto saved = notes.get(idOf(53));
        QCOMPARE(saved->text, text);
        QCOMPARE(saved->question.number, 53);
        QVERIFY(QDateTime::fromString(saved->updated, Qt::ISODateWithMs).isValid());

        // Saving the same text again is not a change.
        QTest::qWait(5);
        QVERIFY(notes.save(idOf(53), text, &error));
        QCOMPARE(notes.get(idOf(53))->updated, saved->updated);

        QVERIFY(notes.save(idOf(53), QStringLiteral("Changed."), &error));
        QCOMPARE(notes.get(idOf(53))->text, QStringLiteral("Changed."));
        QVERIFY(notes.save(idOf(53), QStringLiteral("  \n "), &error));
        QVERIFY(!notes.get(idOf(53)));
    }

    void aFailedSaveSaysWhyAndKeepsTheOldNote()
    {
        auto &notes = m_library->notes();
        QString error;
        QVERIFY(notes.save(idOf(7), QStringLiteral("First."), &error));
        QSqlQuery(m_library->database().connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
        QVERIFY(!notes.save(idOf(7), QStringLiteral("Second."), &error));
        QVERIFY2(error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(error));
        QSqlQuery(m_library->database().connection()).exec(QStringLiteral("PRAGMA query_only = 0"));
        QCOMPARE(notes.get(idOf(7))->text, QStringLiteral("First."));
    }

    void aNoteTooLongToBeANoteIsRefused()
    {
        auto &notes = m_library->notes();
        QString error;
        QVERIFY(notes.save(idOf(7), QStringLiteral("Mine."), &error));
        QVERIFY(!notes.save(idOf(7), QString(NoteStore::kMostCharacters + 1, QLatin1Char('x')), &error));
        QVERIFY2(error.contains(QStringLiteral("up to 1000000 characters")), qPrintable(error));
        QCOMPARE(notes.get(idOf(7))->text, QStringLiteral("Mine."));
        QVERIFY(notes.save(idOf(7), QString(NoteStore::kMostCharacters, QLatin1Char('x')),
                           &error)); // the limit itself is fine
    }

    void userDataOutlivesReimportAndRenumbering()
    {
        // A bank with a question, bookmarked and noted, then renumbered and edited.
        BankImporter importer(m_library->database(), TopicRules::bundled());
        const auto bank = [](const char *text) {
            return BankImporter::Source {QStringLiteral("mine"), QStringLiteral("mine"), QStringLiteral("mine.md"),
                                         text, std::nullopt};
        };
        QVERIFY(importer.import(bank("### 1. What is a lighthouse?\n**Answer:** A tower.\n")).changed);
        const QString id = *m_library->questions().resolve(QStringLiteral("mine:1"));
        QString error;
        QVERIFY(m_library->bookmarks().set(id, QStringLiteral("hard"), &error));
        QVERIFY(m_library->notes().save(id, QStringLiteral("Light on a rock."), &error));

        QVERIFY(importer
                    .import(bank("### 1. What is a harbour?\n**Answer:** Shelter.\n\n"
                                 "### 2. What is a lighthouse?\n**Answer:** A tower with a light.\n"))
                    .changed);
        QCOMPARE(m_library->notes().get(id)->question.number, 2);
        QCOMPARE(*m_library->bookmarks().flagOf(id), QStringLiteral("hard"));

        // A question that leaves its bank keeps its note, listed last, exported apart.
        QVERIFY(importer.import(bank("### 1. What is a harbour?\n**Answer:** Shelter.\n")).changed);
        QVERIFY(m_library->notes().save(idOf(1), QStringLiteral("Why it matters."), &error));
        const auto all = m_library->notes().all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().questionId, id);
        QVERIFY(all.last().question.id.isEmpty());
        const QString markdown = NoteStore::exportMarkdown(all);
        QVERIFY(markdown.indexOf(QStringLiteral("Why it matters."))
                < markdown.indexOf(QStringLiteral("no longer in a bank")));
        QVERIFY(markdown.contains(QStringLiteral("Light on a rock.")));
    }

    void exportGroupsNotesByTopicInTreeOrder()
    {
        QString error;
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("Breaker note."), &error));
        QVERIFY(m_library->notes().save(idOf(257), QStringLiteral("Ring note."), &error));
        QVERIFY(m_library->notes().save(idOf(6), QStringLiteral("Cache note."), &error));
        const QString markdown = NoteStore::exportMarkdown(m_library->notes().all());
        const qsizetype caching = markdown.indexOf(QStringLiteral("\n## Caching & CDN\n"));
        const qsizetype databases = markdown.indexOf(QStringLiteral("\n## Databases & storage internals\n"));
        const qsizetype reliability = markdown.indexOf(QStringLiteral("\n## Reliability & resilience\n"));
        QVERIFY(caching > 0 && caching < databases && databases < reliability);
        QVERIFY(markdown.indexOf(QStringLiteral("Cache note.")) > caching);
        QVERIFY(markdown.contains(QStringLiteral("#### #257 What is consistent hashing?\n\nRing note.\n")));
    }

    void progressMovesToAnotherComputerAndMergesOnce()
    {
        QString error;
        QVERIFY(m_library->bookmarks().set(idOf(53), QStringLiteral("hard"), &error));
        QVERIFY(m_library->bookmarks().set(idOf(257), QString(), &error));
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("Three states."), &error));
        QVERIFY(m_library->notes().save(idOf(6), QStringLiteral("Write-through costs latency."), &error));
        const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        const QString breakerConcept = m_library->questions().question(idOf(53))->conceptId;
        QVERIFY(m_library->reviews().answer(
            {breakerConcept, idOf(53), FsrsScheduler::Rating::Good, QStringLiteral("recall"), 5, t0}, &error));
        QVERIFY(m_library->reviews().answer(
            {breakerConcept, idOf(53), FsrsScheduler::Rating::Good, QStringLiteral("recall"), 5, t0.addSecs(600)},
            &error));
        const QByteArray file = ProgressFile::write(*m_library);

        StudyLibrary other; // the other computer, with a note of its own
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite")), &error));
        QVERIFY(other.notes().save(idOf(7), QStringLiteral("Mine here."), &error));
        auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 4 + 2 + 1); // bookmarks and notes, two reviews, one schedule
        QCOMPARE(other.reviews().card(breakerConcept)->due, m_library->reviews().card(breakerConcept)->due);
        QCOMPARE(other.reviews().card(breakerConcept)->stability, m_library->reviews().card(breakerConcept)->stability);
        QCOMPARE(*other.bookmarks().flagOf(idOf(53)), QStringLiteral("hard"));
        QCOMPARE(*other.bookmarks().flagOf(idOf(257)), QString());
        QCOMPARE(other.notes().get(idOf(6))->text, QStringLiteral("Write-through costs latency."));
        QCOMPARE(other.notes().get(idOf(7))->text, QStringLiteral("Mine here."));

        // Again: nothing is duplicated or changed.
        report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QCOMPARE(report.added + report.updated, 0);
        QCOMPARE(report.unchanged, 4 + 2 + 1);
        QCOMPARE(other.notes().all().size(), 3);
        QCOMPARE(other.bookmarks().all().size(), 2);

        // A newer edit here survives an older file.
        QTest::qWait(5);
        QVERIFY(other.notes().save(idOf(53), QStringLiteral("Edited later."), &error));
        report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QCOMPARE(other.notes().get(idOf(53))->text, QStringLiteral("Edited later."));
    }

    // Mock interview attempts go with the progress, once, and a bad one is refused
    // with its place.
    void mockAttemptsMoveWithTheProgress()
    {
        QString error;
        const QString chat = m_library->questions().question(idOf(22))->conceptId;
        const QDateTime started(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        const auto id = m_library->mockAttempts().start(idOf(22), chat, started, 35, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY2(m_library->mockAttempts().saveProgress(*id, 60, {}, &error), qPrintable(error)); // no stage yet
        // A picture pasted into the pad goes with it.
        QImage sketch(8, 8, QImage::Format_RGB32);
        sketch.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        sketch.save(&buffer, "PNG");
        const auto picture = m_library->attachments().add(png, &error);
        QVERIFY2(picture, qPrintable(error));
        const QString scratch = QStringLiteral("WebSockets, fan-out\n")
            + AttachmentStore::markdownFor(*picture, QStringLiteral("sketch"));
        QVERIFY(m_library->mockAttempts().saveScratch(*id, scratch, &error));
        QVERIFY(m_library->mockAttempts().saveProgress(*id, 1260, {0, 4}, &error));
        QVERIFY(m_library->mockAttempts().saveRating(*id, 2, &error));
        const QByteArray file = ProgressFile::write(*m_library);

        StudyLibrary other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other-mock.sqlite")), &error));
        auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        const auto moved = other.mockAttempts().all();
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().scratch, scratch);
        QVERIFY(other.attachments().get(*picture));
        QCOMPARE(moved.first().stagesDone, (QList<int> {0, 4}));
        QCOMPARE(moved.first().secondsUsed, 1260);
        QCOMPARE(moved.first().minutesAllowed, 35);
        QCOMPARE(moved.first().rating, std::optional<int>(2));
        QCOMPARE(moved.first().startedAt, started);
        report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QCOMPARE(other.mockAttempts().all().size(), 1);

        QByteArray bad = file;
        bad.replace("\"stages\": [\n                0,\n                4\n            ]", "\"stages\": [0, 99]");
        QVERIFY(bad != file);
        report = ProgressFile::read(bad, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.startsWith(QStringLiteral("p.json: mock_attempts[0]"))
                     && report.error.contains(QStringLiteral("stages")),
                 qPrintable(report.error));
    }

    // A whiteboard sketch is kept per question; an empty one is no sketch; it goes
    // with the progress, where the newer of two wins and a bad one is refused with its place.
    void sketchesAreKeptAndMoveWithTheProgress()
    {
        Sketch sketch;
        sketch.components = {{QStringLiteral("c1"), QStringLiteral("client"), QStringLiteral("Browser"), {0, 0}},
                             {QStringLiteral("c2"), QStringLiteral("cache"), QStringLiteral("Redis"), {200, 0}}};
        sketch.connections
            = {{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("GET"), QStringLiteral("read")}};
        sketch.frames = {{QStringLiteral("Region"), {-50, -50, 300, 120}}};
        QString error;
        QSignalSpy announced(&m_library->database().changes(), &LibraryChanges::sketchesChanged);
        QVERIFY2(m_library->sketches().save(idOf(21), sketch, &error), qPrintable(error));
        QCOMPARE(announced.size(), 1);
        QVERIFY(m_library->sketches().save(idOf(21), sketch, &error));
        QCOMPARE(announced.size(), 1); // the same drawing again changes nothing
        const auto stored = m_library->sketches().get(idOf(21), &error);
        QVERIFY(stored);
        QCOMPARE(stored->sketch, sketch);
        QVERIFY(!m_library->sketches().get(idOf(22), &error));
        QVERIFY(error.isEmpty());

        const QByteArray file = ProgressFile::write(*m_library);
        StudyLibrary other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other-sketch.sqlite")), &error));
        auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 1);
        QCOMPARE(other.sketches().get(idOf(21), &error)->sketch, sketch);
        QCOMPARE(other.sketches().get(idOf(21), &error)->updated, stored->updated);

        // Drawn on further here: the older file no longer wins.
        Sketch further = sketch;
        further.components.append({QStringLiteral("c3"), QStringLiteral("database"), QStringLiteral("DB"), {400, 0}});
        QTest::qWait(5);
        QVERIFY(other.sketches().save(idOf(21), further, &error));
        report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QCOMPARE(report.added + report.updated, 0);
        QCOMPARE(other.sketches().get(idOf(21), &error)->sketch, further);

        QByteArray bad = file;
        bad.replace("\"kind\": \"cache\"", "\"kind\": \"volcano\"");
        QVERIFY(bad != file);
        report = ProgressFile::read(bad, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.startsWith(QStringLiteral("p.json: sketches[0]"))
                     && report.error.contains(QStringLiteral("\"volcano\" is not one of")),
                 qPrintable(report.error));
        QCOMPARE(other.sketches().get(idOf(21), &error)->sketch, further);

        // Clearing the board deletes the sketch.
        QVERIFY(m_library->sketches().save(idOf(21), Sketch(), &error));
        QVERIFY(!m_library->sketches().get(idOf(21), &error));
        QCOMPARE(announced.size(), 2);
    }

    // A mock interview's board is the attempt's own: kept with the attempt (which it
    // keeps from being taken away as empty), carried in the progress file, and never
    // the question's study sketch.
    void aMockAttemptKeepsItsOwnSketch()
    {
        QString error;
        const QString chat = m_library->questions().question(idOf(22))->conceptId;
        const QDateTime started(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        const auto id = m_library->mockAttempts().start(idOf(22), chat, started, 35, &error);
        QVERIFY2(id, qPrintable(error));
        Sketch sketch;
        sketch.components = {{QStringLiteral("c1"), QStringLiteral("queue"), QStringLiteral("Kafka"), {0, 0}}};
        QVERIFY2(m_library->mockAttempts().saveSketch(*id, sketch, &error), qPrintable(error));
        QVERIFY(m_library->mockAttempts().removeIfEmpty(*id, &error));
        QCOMPARE(m_library->mockAttempts().get(*id)->sketch, sketch); // not empty: kept
        QVERIFY(!m_library->sketches().get(idOf(22), &error));

        const QByteArray file = ProgressFile::write(*m_library);
        StudyLibrary other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other-mock-sketch.sqlite")), &error));
        const auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(other.mockAttempts().all().first().sketch, sketch);
    }

    // Drill answers go with the progress, each once; a bad one is refused with its place.
    void drillAnswersMoveWithTheProgress()
    {
        QString error;
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(m_library->drills().record({QStringLiteral("storage"), 7, at, QStringLiteral("150 TB"), true, 1.03},
                                           &error));
        QVERIFY(m_library->drills().record({QStringLiteral("qps"), 9, at.addSecs(60), QStringLiteral("5k"), false, 0.2},
                                           &error));
        const QByteArray file = ProgressFile::write(*m_library);
        StudyLibrary other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other-drills.sqlite")), &error));
        auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 2);
        report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QCOMPARE(other.drills().all().size(), 2);
        QCOMPARE(other.drills().all().first().answer, QStringLiteral("150 TB"));
        QCOMPARE(other.drills().accuracyByType().value(QStringLiteral("storage")).accepted, 1);

        QByteArray bad = file;
        bad.replace("\"type\": \"qps\"", "\"type\": \"astrology\"");
        QVERIFY(bad != file);
        report = ProgressFile::read(bad, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.startsWith(QStringLiteral("p.json: drills[1]"))
                     && report.error.contains(QStringLiteral("\"astrology\" is not a kind of drill")),
                 qPrintable(report.error));
    }

    // A stored sketch that no longer reads (a damaged row) is never replaced by an import.
    void anImportNeverReplacesASketchThatDoesNotRead()
    {
        Sketch sketch;
        sketch.components = {{QStringLiteral("c1"), QStringLiteral("cache"), QStringLiteral("Redis"), {0, 0}}};
        QString error;
        QVERIFY(m_library->sketches().save(idOf(21), sketch, &error));
        const QByteArray file = ProgressFile::write(*m_library);
        StudyLibrary other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("other-damaged.sqlite")), &error));
        QSqlQuery query(other.database().connection());
        query.prepare(
            QStringLiteral("INSERT INTO sketches (question_id, content, updated_at) VALUES (?, 'not json', ?)"));
        query.addBindValue(idOf(21));
        query.addBindValue(QStringLiteral("2000-01-01T00:00:00.000Z"));
        QVERIFY(query.exec());
        const auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(query.exec(QStringLiteral("SELECT content FROM sketches")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("not json"));
    }

    // Each item keeps the time it was changed on the other computer, so importing
    // an older export later never beats an edit made since.
    void importedItemsKeepTheirOwnTime()
    {
        const QString note = idOf(53);
        auto file = [&](const QString &text, const QString &updated) {
            return QStringLiteral("{\"format\": \"sdstudy-progress\", \"version\": 1,"
                                  " \"notes\": [{\"id\": \"%1\", \"text\": \"%2\", \"updated\": \"%3\"}],"
                                  " \"bookmarks\": [{\"id\": \"%1\", \"flag\": \"hard\", \"updated\": \"%3\"}]}")
                .arg(note, text, updated)
                .toUtf8();
        };
        // The export of 10:00 holds the note as written at 09:00; then at 10:30 it is edited there.
        auto report = ProgressFile::read(file(QStringLiteral("as at nine"), QStringLiteral("2026-03-02T09:00:00.000Z")),
                                         QStringLiteral("ten.json"), *m_library);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(m_library->notes().get(note)->updated, QStringLiteral("2026-03-02T09:00:00.000Z"));
        QCOMPARE(m_library->bookmarks().all().first().updated, QStringLiteral("2026-03-02T09:00:00.000Z"));
        report = ProgressFile::read(
            file(QStringLiteral("edited at half past ten"), QStringLiteral("2026-03-02T10:30:00.000Z")),
            QStringLiteral("later.json"), *m_library);
        QCOMPARE(report.updated, 1);
        QCOMPARE(m_library->notes().get(note)->text, QStringLiteral("edited at half past ten"));
        // And the older export again changes nothing. Times compare as times, not as text.
        report = ProgressFile::read(file(QStringLiteral("as at nine"), QStringLiteral("2026-03-02T11:00:00+02:00")),
                                    QStringLiteral("ten.json"), *m_library);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(m_library->notes().get(note)->text, QStringLiteral("edited at half past ten"));

        report = ProgressFile::read(file(QStringLiteral("x"), QStringLiteral("yesterday")), QStringLiteral("bad.json"),
                                    *m_library);
        QVERIFY2(
            report.error.contains(QStringLiteral("bad.json: bookmarks[0] (%1): \"updated\" is not a time").arg(note)),
            qPrintable(report.error));
        QCOMPARE(m_library->notes().get(note)->text, QStringLiteral("edited at half past ten"));
    }

    // A note with no text in a file is not a deletion unless the file says so.
    void aNoteWithoutTextDeletesNothingUnlessMarkedDeleted()
    {
        QString error;
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("Keep me."), &error));
        const QString later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
        const QString earlier = QStringLiteral("2020-01-01T00:00:00.000Z");
        auto read = [&](const QString &entry) {
            return ProgressFile::read(
                QStringLiteral("{\"format\": \"sdstudy-progress\", \"version\": 1, \"notes\": [%1]}")
                    .arg(entry)
                    .toUtf8(),
                QStringLiteral("p.json"), *m_library);
        };
        for (const QString &entry : {QStringLiteral("{\"id\": \"%1\", \"text\": \"\", \"updated\": \"%2\"}"),
                                     QStringLiteral("{\"id\": \"%1\", \"updated\": \"%2\"}")}) {
            const auto report = read(entry.arg(idOf(53), later));
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QCOMPARE(report.emptyNotesSkipped, 1);
            QVERIFY(
                ProgressFile::notices(report).join(QLatin1Char(' ')).contains(QStringLiteral("without text skipped")));
            QCOMPARE(m_library->notes().get(idOf(53))->text, QStringLiteral("Keep me."));
        }
        auto report
            = read(QStringLiteral("{\"id\": \"%1\", \"deleted\": true, \"updated\": \"%2\"}").arg(idOf(53), earlier));
        QCOMPARE(report.deleted, 0);
        QVERIFY(m_library->notes().get(idOf(53))); // deleted there before our last change
        report = read(QStringLiteral("{\"id\": \"%1\", \"deleted\": true, \"updated\": \"%2\"}").arg(idOf(53), later));
        QCOMPARE(report.deleted, 1);
        QVERIFY(!m_library->notes().get(idOf(53)));
    }

    QByteArray cardFile(const QString &conceptId, const QString &fields)
    {
        return QStringLiteral(
                   "{\"format\": \"sdstudy-progress\", \"version\": 1, \"cards\": [{\"concept_id\": \"%1\", %2}]}")
            .arg(conceptId, fields)
            .toUtf8();
    }

    // A card from a computer whose clock ran a month ahead can still be answered now.
    void aScheduleFromAClockAheadCanBeAnsweredNow()
    {
        const QString conceptId = m_library->questions().question(idOf(53))->conceptId;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString ahead = now.addDays(30).toString(Qt::ISODateWithMs);
        const auto report = ProgressFile::read(
            cardFile(conceptId,
                     QStringLiteral("\"state\": 2, \"stability\": 2, \"difficulty\": 5, \"learning_step\": 0,"
                                    " \"reps\": 3, \"lapses\": 0, \"scheduled_days\": 2, \"due\": \"%1\","
                                    " \"last_review\": \"%2\"")
                         .arg(now.addDays(32).toString(Qt::ISODateWithMs), ahead)),
            QStringLiteral("ahead.json"), *m_library);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.futureTimesDated, 1);
        QVERIFY(m_library->reviews().card(conceptId)->lastReview <= QDateTime::currentDateTimeUtc());

        QString error;
        const auto answered = m_library->reviews().answer(
            {conceptId, idOf(53), FsrsScheduler::Rating::Good, QStringLiteral("recall"), 5, now.addSecs(5)}, &error);
        QVERIFY2(answered, qPrintable(error));
        QVERIFY(std::isfinite(answered->stability) && answered->stability > 0);
        QVERIFY(answered->due > now);
    }

    // An item dated in the future (a clock ahead, or a file made to win every merge)
    // never replaces or deletes what is here, and does not win the next import either.
    void itemsFromTheFutureNeverBeatOurs()
    {
        QString error;
        const QString note = idOf(53);
        QVERIFY(m_library->notes().save(note, QStringLiteral("my precious note"), &error));
        QVERIFY(m_library->bookmarks().set(note, QStringLiteral("hard"), &error));
        const QByteArray file
            = QStringLiteral(
                  "{\"format\": \"sdstudy-progress\", \"version\": 1,"
                  " \"bookmarks\": [{\"id\": \"%1\", \"flag\": null, \"updated\": \"9999-12-31T23:59:59Z\"},"
                  "                {\"id\": \"%2\", \"flag\": null, \"updated\": \"9999-12-31T23:59:59Z\"}],"
                  " \"notes\": [{\"id\": \"%1\", \"text\": \"overwritten\", \"updated\": \"9999-12-31T23:59:59Z\"},"
                  "            {\"id\": \"%2\", \"text\": \"new here\", \"updated\": \"9999-12-31T23:59:59Z\"}]}")
                  .arg(note, idOf(257))
                  .toUtf8();
        auto report = ProgressFile::read(file, QStringLiteral("evil.json"), *m_library);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.futureTimesDated, 4);
        QCOMPARE(m_library->notes().get(note)->text, QStringLiteral("my precious note"));
        QCOMPARE(*m_library->bookmarks().flagOf(note), QStringLiteral("hard"));
        // Where nothing was, it comes in, dated now, so an edit here later wins.
        QCOMPARE(m_library->notes().get(idOf(257))->text, QStringLiteral("new here"));
        QVERIFY(QDateTime::fromString(m_library->notes().get(idOf(257))->updated, Qt::ISODateWithMs)
                <= QDateTime::currentDateTimeUtc());
        QTest::qWait(5);
        QVERIFY(m_library->notes().save(idOf(257), QStringLiteral("edited here"), &error));
        report = ProgressFile::read(file, QStringLiteral("evil.json"), *m_library);
        QCOMPARE(m_library->notes().get(idOf(257))->text, QStringLiteral("edited here"));

        const QByteArray deletion
            = QStringLiteral("{\"format\": \"sdstudy-progress\", \"version\": 1, \"notes\": [{\"id\": \"%1\","
                             " \"deleted\": true, \"updated\": \"9999-12-31T23:59:59Z\"}]}")
                  .arg(note)
                  .toUtf8();
        QVERIFY(ProgressFile::read(deletion, QStringLiteral("evil.json"), *m_library).error.isEmpty());
        QCOMPARE(m_library->notes().get(note)->text, QStringLiteral("my precious note"));
    }

    // A schedule from a clock ahead, imported again after answers here, keeps ours.
    void aScheduleFromTheFutureDoesNotWinTheNextImport()
    {
        const QString conceptId = m_library->questions().question(idOf(53))->conceptId;
        const QByteArray file = cardFile(
            conceptId,
            QStringLiteral(
                "\"state\": 2, \"stability\": 30, \"difficulty\": 5, \"learning_step\": 0, \"reps\": 3, \"lapses\": 0,"
                " \"scheduled_days\": 30, \"due\": \"2099-01-31T00:00:00.000Z\", \"last_review\": "
                "\"2099-01-01T00:00:00.000Z\""));
        QVERIFY(ProgressFile::read(file, QStringLiteral("ahead.json"), *m_library).error.isEmpty());
        QString error;
        const auto lapsed
            = m_library->reviews().answer({conceptId, idOf(53), FsrsScheduler::Rating::Again, QStringLiteral("recall"),
                                           5, QDateTime::currentDateTimeUtc().addSecs(1)},
                                          &error);
        QVERIFY2(lapsed, qPrintable(error));
        QVERIFY(ProgressFile::read(file, QStringLiteral("ahead.json"), *m_library).error.isEmpty());
        QCOMPARE(m_library->reviews().card(conceptId)->due, lapsed->due);
        QCOMPARE(m_library->reviews().card(conceptId)->lapses, 1);
    }

    // The scheduler never computes from a negative time since the last review.
    void aCardReviewedInTheFutureIsNotNaN()
    {
        FsrsScheduler scheduler;
        FsrsScheduler::Card card;
        card.state = FsrsScheduler::State::Review;
        card.stability = 2;
        card.difficulty = 5;
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        card.lastReview = now.addDays(40);
        card.due = now.addDays(42);
        for (const auto rating : {FsrsScheduler::Rating::Again, FsrsScheduler::Rating::Hard,
                                  FsrsScheduler::Rating::Good, FsrsScheduler::Rating::Easy}) {
            const auto next = scheduler.next(card, now, rating);
            QVERIFY(std::isfinite(next.stability) && std::isfinite(next.difficulty));
            QVERIFY(next.due >= now);
        }
    }

    void valuesOutsideTheirDomainAreRefusedWithTheItemNamed_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("problem");
        const QString due
            = QStringLiteral("\"due\": \"2026-03-04T09:00:00.000Z\", \"last_review\": \"2026-03-02T09:00:00.000Z\"");
        auto card
            = [&](const QString &state, const QString &stability, const QString &difficulty, const QString &step) {
                  return QStringLiteral("\"state\": %1, \"stability\": %2, \"difficulty\": %3, \"learning_step\": %4,"
                                        " \"reps\": 1, \"lapses\": 0, \"scheduled_days\": 2, %5")
                      .arg(state, stability, difficulty, step, due);
              };
        QTest::newRow("negative learning step")
            << card(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("-1"))
            << QStringLiteral("\"learning_step\" must be a whole number");
        QTest::newRow("huge stability") << card(QStringLiteral("2"), QStringLiteral("1e300"), QStringLiteral("5"),
                                                QStringLiteral("0"))
                                        << QStringLiteral("stability 1e+300 is outside");
        QTest::newRow("negative stability")
            << card(QStringLiteral("2"), QStringLiteral("-3"), QStringLiteral("5"), QStringLiteral("0"))
            << QStringLiteral("stability -3 is outside");
        QTest::newRow("stability as text")
            << card(QStringLiteral("2"), QStringLiteral("\"NaN\""), QStringLiteral("5"), QStringLiteral("0"))
            << QStringLiteral("\"stability\" must be a number");
        QTest::newRow("difficulty 11") << card(QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("11"),
                                               QStringLiteral("0"))
                                       << QStringLiteral("difficulty 11 is outside 1..10");
        QTest::newRow("unknown state") << card(QStringLiteral("7"), QStringLiteral("2"), QStringLiteral("5"),
                                               QStringLiteral("0"))
                                       << QStringLiteral("\"state\" must be a whole number from 0 to 3");
    }

    void valuesOutsideTheirDomainAreRefusedWithTheItemNamed()
    {
        QFETCH(QString, fields);
        QFETCH(QString, problem);
        const auto report
            = ProgressFile::read(cardFile(QStringLiteral("q-abc"), fields), QStringLiteral("p.json"), *m_library);
        QVERIFY2(report.error.startsWith(QStringLiteral("p.json: cards[0] (q-abc): "))
                     && report.error.contains(problem),
                 qPrintable(report.error));
        QVERIFY(!m_library->reviews().card(QStringLiteral("q-abc")));
    }

    void aBrokenProgressFileChangesNothing()
    {
        QString error;
        QByteArray broken
            = "{\n  \"format\": \"sdstudy-progress\",\n  \"version\": 1,\n  \"notes\": [ { \"id\": \"x\" ,, ] }\n";
        auto report = ProgressFile::read(broken, QStringLiteral("p.json"), *m_library);
        QVERIFY2(report.error.startsWith(QStringLiteral("p.json:4: ")), qPrintable(report.error));

        // Valid JSON, one bad entry after a good one: the good one is not kept either.
        const QByteArray halfBad
            = QStringLiteral("{\"format\": \"sdstudy-progress\", \"version\": 1, \"bookmarks\": ["
                             "{\"id\": \"%1\", \"flag\": \"hard\", \"updated\": \"2026-01-01T00:00:00Z\"},"
                             "{\"id\": \"%2\", \"flag\": \"urgent\", \"updated\": \"2026-01-01T00:00:00Z\"}]}")
                  .arg(idOf(1), idOf(2))
                  .toUtf8();
        report = ProgressFile::read(halfBad, QStringLiteral("p.json"), *m_library);
        QVERIFY2(report.error.contains(
                     QStringLiteral("p.json: bookmarks[1] (%1): no flag is called \"urgent\"").arg(idOf(2))),
                 qPrintable(report.error));
        QVERIFY(!m_library->bookmarks().flagOf(idOf(1)));
        report = ProgressFile::read("{\"format\": \"other\"}", QStringLiteral("p.json"), *m_library);
        QVERIFY(report.error.contains(QStringLiteral("not a System Design Study progress file")));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestUserData)
#include "tst_userdata.moc"
