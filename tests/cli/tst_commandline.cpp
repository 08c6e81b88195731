// Runs the real sdstudy binary as a script would, without a display.

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../support/testfiles.h"

#include "sdstudyprocess.h"

#include <sys/stat.h>

class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    SdstudyRun sdstudy(QStringList arguments, bool withDatabase = true)
    {
        if (withDatabase)
            arguments.prepend(m_dir->filePath(QStringLiteral("cli.sqlite"))), arguments.prepend(QStringLiteral("--db"));
        return runSdstudy(arguments);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir->path(), name, content);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void helpAndVersion()
    {
        const SdstudyRun help = sdstudy({QStringLiteral("--help")}, false);
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"topics", "show ID", "search QUERY", "import FILE [--format", "banks [--json]",
                                    "bank rename KEY NAME", "--db FILE"})
            QVERIFY2(help.out.contains(command), command);
        const SdstudyRun version = sdstudy({QStringLiteral("--version")}, false);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("sdstudy 0."));
    }

    // Commands speak the environment's language, plurals included; JSON keys stay.
    void commandsSpeakTheUsersLanguage()
    {
        const SdstudyRun help = runSdstudy({QStringLiteral("--help")}, QStringLiteral("de"));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Aufruf: sdstudy [--db DATEI]"), help.out.left(80).constData());
        const QString db = m_dir->filePath(QStringLiteral("cli.sqlite"));
        const SdstudyRun unknown
            = runSdstudy({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}, QStringLiteral("fr"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("commande inconnue \"frobnicate\"")), qPrintable(unknown.err));
        const SdstudyRun one
            = runSdstudy({QStringLiteral("--db"), db, QStringLiteral("quiz-plan"), QStringLiteral("--scope"),
                          QStringLiteral("all"), QStringLiteral("--size"), QStringLiteral("1")},
                         QStringLiteral("de"));
        QVERIFY2(one.out.startsWith("Die ganze Sammlung: 1 Frage (0 fällig, 1 neu, 0 vorzeitig)"),
                 one.out.left(80).constData());
        const SdstudyRun english = sdstudy({QStringLiteral("quiz-plan"), QStringLiteral("--scope"),
                                            QStringLiteral("all"), QStringLiteral("--size"), QStringLiteral("1")});
        QVERIFY2(english.out.startsWith("The whole bank: 1 question (0 due, 1 new, 0 ahead of time)"),
                 english.out.left(80).constData());
        const SdstudyRun json = runSdstudy(
            {QStringLiteral("--db"), db, QStringLiteral("quiz-plan"), QStringLiteral("--json")}, QStringLiteral("de"));
        QVERIFY(QJsonDocument::fromJson(json.out).object().contains(QStringLiteral("questions")));
    }

    void misuseExitsWithTwoAndSaysWhy()
    {
        const SdstudyRun unknown = sdstudy({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(unknown.err));
        const SdstudyRun badLimit = sdstudy(
            {QStringLiteral("search"), QStringLiteral("cache"), QStringLiteral("--limit"), QStringLiteral("lots")});
        QCOMPARE(badLimit.exitCode, 2);
        QVERIFY(badLimit.err.contains(QStringLiteral("--limit")));
        // An option of another command is a mistake to point out, not to ignore.
        const SdstudyRun otherCommands
            = sdstudy({QStringLiteral("topics"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(otherCommands.exitCode, 2);
        QVERIFY2(otherCommands.err.contains(QStringLiteral("topics does not take --limit")),
                 qPrintable(otherCommands.err));
        QVERIFY(otherCommands.out.isEmpty());
        // A wrong value is found before anything is opened: a mistyped --db is not created.
        const QString typo = m_dir->filePath(QStringLiteral("typo.sqlite"));
        const SdstudyRun zeroLimit
            = runSdstudy({QStringLiteral("--db"), typo, QStringLiteral("search"), QStringLiteral("cache"),
                          QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(zeroLimit.exitCode, 2);
        QVERIFY(!QFile::exists(typo));
        const SdstudyRun nanFont = runSdstudy({QStringLiteral("--db"), typo, QStringLiteral("print"),
                                               QStringLiteral("--pdf"), m_dir->filePath(QStringLiteral("x.pdf")),
                                               QStringLiteral("--font-size"), QStringLiteral("nan")});
        QCOMPARE(nanFont.exitCode, 2);
        QVERIFY2(nanFont.err.contains(QStringLiteral("--font-size")), qPrintable(nanFont.err));
        QVERIFY(!QFile::exists(typo));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
    }

    void topicsJson()
    {
        const SdstudyRun run = sdstudy({QStringLiteral("topics"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray topics = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(topics.size(), 14);
        int total = 0;
        for (const auto &value : topics) {
            const QJsonObject topic = value.toObject();
            QVERIFY(!topic.value(QStringLiteral("topic")).toString().isEmpty());
            int sum = 0;
            for (const auto &s : topic.value(QStringLiteral("subtopics")).toArray()) {
                QVERIFY(!s.toObject().value(QStringLiteral("name")).toString().isEmpty());
                sum += s.toObject().value(QStringLiteral("count")).toInt();
            }
            QCOMPARE(topic.value(QStringLiteral("count")).toInt(), sum);
            total += sum;
        }
        QCOMPARE(total, 780);
        QCOMPARE(topics.first().toObject().value(QStringLiteral("topic")).toString(),
                 QStringLiteral("Fundamentals & trade-offs"));
    }

    // The text counts concepts as the topic tree does, and says the questions too.
    void topicsTextCountsAsTheTreeDoes()
    {
        const SdstudyRun run = sdstudy({QStringLiteral("topics")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Fundamentals & trade-offs  11 concepts, 24 questions with repeats"));
        QCOMPARE(lines.value(1), QStringLiteral("  Basics  2 concepts"));
    }

    void showJsonByNumberAndById()
    {
        const SdstudyRun run = sdstudy({QStringLiteral("show"), QStringLiteral("96"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject q = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(q.value(QStringLiteral("number")).toInt(), 96);
        QCOMPARE(q.value(QStringLiteral("title")).toString(),
                 QStringLiteral("What is circuit breaker state machine? Name the states."));
        QCOMPARE(q.value(QStringLiteral("topic")).toString(), QStringLiteral("Reliability & resilience"));
        QCOMPARE(q.value(QStringLiteral("subtopic")).toString(), QStringLiteral("Circuit breakers & bulkheads"));
        QVERIFY(q.value(QStringLiteral("answer")).toString().startsWith(QStringLiteral("Closed: requests pass.")));
        QVERIFY(q.value(QStringLiteral("variants")).toArray().contains(53));
        QVERIFY(!q.value(QStringLiteral("variants")).toArray().contains(96));
        const QString id = q.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("q-")));
        QVERIFY(!q.value(QStringLiteral("concept")).toString().isEmpty());

        const SdstudyRun byId = sdstudy({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(byId.out).object(), q);
    }

    void showTextNamesOtherPhrasings()
    {
        const SdstudyRun run = sdstudy({QStringLiteral("show"), QStringLiteral("53")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("53. What is a circuit breaker? When would you use it?\n"));
        QVERIFY(run.out.contains("Also asked as #96, #117"));
    }

    // "related": other concepts worth a jump, by stable id; never one of its own phrasings.
    void showJsonListsRelatedQuestions()
    {
        const auto idOf = [this](int number) {
            const SdstudyRun run = sdstudy({QStringLiteral("show"), QString::number(number), QStringLiteral("--json")});
            return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("id")).toString();
        };
        const SdstudyRun run = sdstudy({QStringLiteral("show"), QStringLiteral("274"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray related = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("related")).toArray();
        QVERIFY(related.size() >= 3 && related.size() <= 6);
        QVERIFY(related.contains(idOf(633))); // "What is tracing?" -> "design a distributed tracing system"
        const SdstudyRun design = sdstudy({QStringLiteral("show"), QStringLiteral("633")});
        QVERIFY(design.out.contains("Related: #"));

        const QJsonObject scaling
            = QJsonDocument::fromJson(
                  sdstudy({QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")}).out)
                  .object();
        const QJsonArray phrasings = scaling.value(QStringLiteral("phrasings")).toArray();
        QVERIFY(!phrasings.isEmpty());
        for (const QJsonValue &p : phrasings) {
            QVERIFY(!scaling.value(QStringLiteral("related")).toArray().contains(p[QStringLiteral("id")]));
            QCOMPARE(p[QStringLiteral("bank")].toString(), QStringLiteral("system-design"));
        }
    }

    // Every concept with its members; "scaling up vs out" is one of the phrasings of #2.
    void conceptsJsonListsEveryConceptWithItsMembers()
    {
        const SdstudyRun run = sdstudy({QStringLiteral("concepts"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray concepts = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(concepts.size(), 551);
        int questions = 0;
        QJsonObject scaling;
        for (const QJsonValue &c : concepts) {
            const QJsonArray members = c[QStringLiteral("members")].toArray();
            questions += int(members.size());
            QCOMPARE(members.first()[QStringLiteral("id")].toString(), c[QStringLiteral("concept")].toString());
            QCOMPARE(members.first()[QStringLiteral("title")].toString(), c[QStringLiteral("title")].toString());
            if (members.first()[QStringLiteral("number")].toInt() == 2)
                scaling = c.toObject();
        }
        QCOMPARE(questions, 780);
        QList<int> numbers;
        for (const QJsonValue &m : scaling[QStringLiteral("members")].toArray())
            numbers.append(m[QStringLiteral("number")].toInt());
        QCOMPARE(numbers, (QList<int> {2, 102, 122, 183, 192, 211, 220}));
    }

    void conceptSplitAndJoinChangeWhatShowSays()
    {
        SdstudyRun run = sdstudy({QStringLiteral("concept"), QStringLiteral("split"), QStringLiteral("117")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("117 is a concept of its own now, with the schedule it had.\n"));
        const auto alsoAskedAs = [this] {
            const QString out = QString::fromUtf8(sdstudy({QStringLiteral("show"), QStringLiteral("53")}).out);
            return out.section(QStringLiteral("Also asked as "), 1).section(QLatin1Char('\n'), 0, 0);
        };
        QCOMPARE(alsoAskedAs(), QStringLiteral("#96, #141, #162, #178, #206, #241"));

        run = sdstudy({QStringLiteral("concept"), QStringLiteral("split"), QStringLiteral("117")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("is a concept of its own already")));

        run = sdstudy({QStringLiteral("concept"), QStringLiteral("join"), QStringLiteral("117"), QStringLiteral("53")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(alsoAskedAs(), QStringLiteral("#96, #117, #141, #162, #178, #206, #241"));

        run = sdstudy({QStringLiteral("concept"), QStringLiteral("join"), QStringLiteral("117")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("use: concept split ID, or: concept join ID OTHER")));
        run = sdstudy(
            {QStringLiteral("concept"), QStringLiteral("join"), QStringLiteral("117"), QStringLiteral("99999")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no question \"99999\"")));
    }

    void showUnknownQuestionFails()
    {
        const SdstudyRun run = sdstudy({QStringLiteral("show"), QStringLiteral("99999")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no question \"99999\"")));
    }

    void searchJsonBestFirst()
    {
        const SdstudyRun run
            = sdstudy({QStringLiteral("search"), QStringLiteral("consistent"), QStringLiteral("hashing"),
                       QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString()); // a failed search would only warn here
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!hits.isEmpty() && hits.size() <= 3);
        const QJsonObject best = hits.first().toObject();
        QCOMPARE(best.value(QStringLiteral("number")).toInt(), 257);
        for (const char *key : {"id", "number", "title", "topic", "snippet", "score"})
            QVERIFY2(best.contains(QLatin1String(key)), key);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].toObject().value(QStringLiteral("score")).toDouble()
                    >= hits[i].toObject().value(QStringLiteral("score")).toDouble());
    }

    void importAddsABankOnceAndRefusesBrokenFiles()
    {
        const QString good = writeFile(
            QStringLiteral("kafka-extra.md"),
            "# Kafka extras\n\n### 1. What is a consumer group?\n**Answer:** Consumers sharing partitions.\n\n"
            "### 2. What is log compaction?\n**Answer:** Keeps the last value per key.\n");
        const SdstudyRun first = sdstudy({QStringLiteral("import"), good});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(": 2\n"), first.out.constData());
        const SdstudyRun again = sdstudy({QStringLiteral("import"), good});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("nothing changed"));

        const SdstudyRun shown
            = sdstudy({QStringLiteral("show"), QStringLiteral("kafka-extra:2"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("What is log compaction?"));

        const QString broken = writeFile(QStringLiteral("kafka-extra.md"),
                                         "# Kafka extras\n\nNotes to self, no questions.\n\n### 1. Consumer group?\n");
        const SdstudyRun refused = sdstudy({QStringLiteral("import"), broken});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(broken + QStringLiteral(":1: no questions found")), qPrintable(refused.err));
        // Nothing changed: the earlier import is intact.
        const SdstudyRun still = sdstudy({QStringLiteral("show"), QStringLiteral("kafka-extra:2")});
        QCOMPARE(still.exitCode, 0);

        const SdstudyRun missing = sdstudy({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.md"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope.md: cannot read the file")));
    }

    // --dry-run --json says what an import would bring in, with the keys scripts
    // rely on, and changes nothing.
    void dryRunShowsWhatWouldComeInAndChangesNothing()
    {
        const QString path = writeFile(QStringLiteral("pairs.md"),
                                       "# Pairs\n\nIntro text.\n\n**Q:** What is a quorum?\n**A:** A majority.\n\n"
                                       "**Q:** What is a lease?\n**A:** A lock with a timeout.\n\n"
                                       "**Q:** What is fencing?\n**A:**\n");
        const SdstudyRun run
            = sdstudy({QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("bank")).toString(), QStringLiteral("pairs"));
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("markdown"));
        QCOMPARE(report.value(QStringLiteral("questions")).toInt(), 2);
        const QJsonArray skipped = report.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("line")).toInt(), 11);
        QVERIFY(
            skipped.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("no answer")));
        const QJsonObject first = report.value(QStringLiteral("first")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("What is a quorum?"));
        QCOMPARE(first.value(QStringLiteral("answer")).toString(), QStringLiteral("A majority."));

        const SdstudyRun banks = sdstudy({QStringLiteral("banks"), QStringLiteral("--json")});
        QCOMPARE(banks.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(banks.out).array().size(), 1); // the bundled bank only
    }

    void banksAreListedRenamedAndRemoved()
    {
        const QString path = writeFile(QStringLiteral("cards.csv"),
                                       "question,answer,topic\nWhat is a WAL?,A log written first.,Storage\n"
                                       "What is a B-tree?,A sorted tree of pages.,Storage\n");
        QCOMPARE(
            sdstudy({QStringLiteral("import"), path, QStringLiteral("--name"), QStringLiteral("My cards")}).exitCode,
            0);
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("cards:1")}).exitCode, 0);
        const auto bankList = [&] {
            return QJsonDocument::fromJson(sdstudy({QStringLiteral("banks"), QStringLiteral("--json")}).out).array();
        };
        QJsonArray list = bankList();
        QCOMPARE(list.size(), 2);
        const QJsonObject cards = list.at(1).toObject();
        QCOMPARE(cards.value(QStringLiteral("bank")).toString(), QStringLiteral("cards"));
        QCOMPARE(cards.value(QStringLiteral("title")).toString(), QStringLiteral("My cards"));
        QCOMPARE(cards.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(cards.value(QStringLiteral("source")).toString(), QFileInfo(path).absoluteFilePath());
        QVERIFY(QDateTime::fromString(cards.value(QStringLiteral("imported")).toString(), Qt::ISODate).isValid());

        QCOMPARE(sdstudy({QStringLiteral("bank"), QStringLiteral("rename"), QStringLiteral("cards"),
                          QStringLiteral("Storage cards")})
                     .exitCode,
                 0);
        QCOMPARE(bankList().at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Storage cards"));

        const SdstudyRun bundled
            = sdstudy({QStringLiteral("bank"), QStringLiteral("remove"), QStringLiteral("system-design")});
        QCOMPARE(bundled.exitCode, 1);
        QVERIFY(bundled.err.contains(QStringLiteral("cannot be removed")));
        const SdstudyRun removed = sdstudy({QStringLiteral("bank"), QStringLiteral("remove"), QStringLiteral("cards")});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains("0 notes, 1 bookmark and 0 answers"), removed.out.constData());
        QCOMPARE(bankList().size(), 1);
        // The bookmark waits for the bank to come back.
        QCOMPARE(sdstudy({QStringLiteral("import"), path}).exitCode, 0);
        const SdstudyRun marks = sdstudy({QStringLiteral("bookmarks"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(marks.out).array().at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("What is a WAL?"));
    }

    void bookmarksAndNotesRoundTrip()
    {
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("53"), QStringLiteral("--flag"),
                          QStringLiteral("Hard")})
                     .exitCode,
                 0);
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("257")}).exitCode, 0);
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("3"), QStringLiteral("--flag"),
                          QStringLiteral("review")})
                     .exitCode,
                 0);
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("3"), QStringLiteral("--clear")}).exitCode, 0);
        const SdstudyRun unknownFlag = sdstudy(
            {QStringLiteral("bookmark"), QStringLiteral("3"), QStringLiteral("--flag"), QStringLiteral("urgent")});
        QCOMPARE(unknownFlag.exitCode, 2);
        QVERIFY(unknownFlag.err.contains(QStringLiteral("hard, review, favourite")));

        const QJsonArray bookmarks
            = QJsonDocument::fromJson(sdstudy({QStringLiteral("bookmarks"), QStringLiteral("--json")}).out).array();
        QCOMPARE(bookmarks.size(), 2);
        QCOMPARE(bookmarks[0].toObject().value(QStringLiteral("number")).toInt(), 53);
        QCOMPARE(bookmarks[0].toObject().value(QStringLiteral("flag")).toString(), QStringLiteral("hard"));
        QVERIFY(bookmarks[1].toObject().value(QStringLiteral("flag")).isNull());
        QVERIFY(bookmarks[1].toObject().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("q-")));

        const QString text = QStringLiteral("Three states.\n\n```cpp\nstate = Open;\n```\n");
        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("53"), QStringLiteral("--set"), text}).exitCode, 0);
        QCOMPARE(QString::fromUtf8(sdstudy({QStringLiteral("note"), QStringLiteral("53")}).out), text);
        const QString file = writeFile(QStringLiteral("note.md"), "Virtual nodes even out the ring.");
        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("257"), QStringLiteral("--file"), file}).exitCode, 0);

        const QJsonArray notes
            = QJsonDocument::fromJson(sdstudy({QStringLiteral("notes"), QStringLiteral("--json")}).out).array();
        QCOMPARE(notes.size(), 2);
        const QJsonObject ring = notes[0].toObject(); // tree order: databases before reliability
        QCOMPARE(ring.value(QStringLiteral("number")).toInt(), 257);
        QCOMPARE(ring.value(QStringLiteral("text")).toString(), QStringLiteral("Virtual nodes even out the ring."));
        QVERIFY(QDateTime::fromString(ring.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!ring.value(QStringLiteral("id")).toString().isEmpty());

        // Search sees notes and the filters.
        const QJsonArray viaNote
            = QJsonDocument::fromJson(sdstudy({QStringLiteral("search"), QStringLiteral("has:note"),
                                               QStringLiteral("virtual"), QStringLiteral("--json")})
                                          .out)
                  .array();
        QCOMPARE(viaNote.size(), 1);
        QCOMPARE(viaNote[0].toObject().value(QStringLiteral("number")).toInt(), 257);

        const QString exported = m_dir->filePath(QStringLiteral("notes.md"));
        QCOMPARE(sdstudy({QStringLiteral("notes"), QStringLiteral("export"), exported}).exitCode, 0);
        QFile markdown(exported);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QByteArray content = markdown.readAll();
        QVERIFY(content.contains("## Databases & storage internals"));
        QVERIFY(content.contains("Virtual nodes even out the ring."));
        QVERIFY(content.indexOf("Virtual nodes") < content.indexOf("Three states."));

        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("53"), QStringLiteral("--set"), QString()}).exitCode,
                 0);
        QVERIFY(sdstudy({QStringLiteral("note"), QStringLiteral("53")}).out.isEmpty());
    }

    void backupAndRestore()
    {
        const QString folder = m_dir->filePath(QStringLiteral("backups"));
        QCOMPARE(
            sdstudy({QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("before")})
                .exitCode,
            0);
        const SdstudyRun backup = sdstudy({QStringLiteral("backup"), QStringLiteral("--backup-dir"), folder});
        QCOMPARE(backup.exitCode, 0);
        const QString file = QString::fromUtf8(backup.out.trimmed());
        QVERIFY(file.startsWith(folder) && QFile::exists(file));
        QCOMPARE(
            sdstudy({QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("after")})
                .exitCode,
            0);

        const SdstudyRun restored = sdstudy({QStringLiteral("restore"), file});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(restored.out.contains("is kept as"));
        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("1")}).out, QByteArray("before\n"));

        const SdstudyRun missing
            = sdstudy({QStringLiteral("restore"), m_dir->filePath(QStringLiteral("nothing.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no such file")));
    }

    // `--db notes.txt` by mistake: refused, and the file is left byte for byte.
    void aDatabaseGivenByMistakeIsLeftAsItWas()
    {
        const QByteArray text = "Caching notes\n" + QByteArray(100 * 1024, '.');
        const QString notes = writeFile(QStringLiteral("notes.txt"), text);
        const SdstudyRun run = runSdstudy({QStringLiteral("--db"), notes, QStringLiteral("note"), QStringLiteral("1"),
                                           QStringLiteral("--set"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("%1 is not a study database").arg(notes)), qPrintable(run.err));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("notes.txt*")}, QDir::Files),
                 QStringList {QStringLiteral("notes.txt")});
    }

    // Every file a command reads is bounded: a FIFO would hang it, a huge file
    // exhaust memory. Each is refused at once with the file named.
    void filesToReadAreBounded()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("pipe.json"));
        QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString huge = m_dir->filePath(QStringLiteral("huge.md"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(64) * 1024 * 1024 + 1)); // sparse: no time or disk to make
        }
        const SdstudyRun database = runSdstudy({QStringLiteral("--db"), fifo, QStringLiteral("topics")});
        QCOMPARE(database.exitCode, 1);
        QVERIFY2(database.err.contains(QStringLiteral("%1: not a regular file").arg(fifo)), qPrintable(database.err));
        const QList<QPair<QStringList, QString>> cases = {
            {{QStringLiteral("import"), QStringLiteral("progress"), fifo},
             QStringLiteral("%1: not a regular file").arg(fifo)},
            {{QStringLiteral("import"), QStringLiteral("anki"), fifo},
             QStringLiteral("%1: not a regular file").arg(fifo)},
            {{QStringLiteral("import"), fifo}, QStringLiteral("%1: not a regular file").arg(fifo)},
            {{QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("--file"), fifo},
             QStringLiteral("%1: not a regular file").arg(fifo)},
            {{QStringLiteral("import"), huge}, QStringLiteral("%1: the file is larger than").arg(huge)},
        };
        for (const auto &[arguments, message] : cases) {
            const SdstudyRun run = sdstudy(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        }
    }

    void writesWaitForTheWindowToClose()
    {
        // Another process (the window) has opened the database, so set it up, and holds it.
        QCOMPARE(sdstudy({QStringLiteral("topics")}).exitCode, 0);
        QLockFile lock(m_dir->filePath(QStringLiteral("cli.sqlite.lock")));
        QVERIFY(lock.tryLock(0));
        const SdstudyRun refused = sdstudy({QStringLiteral("bookmark"), QStringLiteral("53")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is open in another System Design Study (process %1)")
                                          .arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.err));
        // Reading is fine meanwhile, a note too.
        QCOMPARE(sdstudy({QStringLiteral("show"), QStringLiteral("53")}).exitCode, 0);
        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("53")}).exitCode, 0);
        lock.unlock();
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("53")}).exitCode, 0);
    }

    void filesOfOneNameStayTwoBanks()
    {
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("a")) && QDir(m_dir->path()).mkpath(QStringLiteral("b")));
        const QString first = writeFile(QStringLiteral("a/notes.md"), "### 1. What is A?\n**Answer:** A.\n");
        const QString second = writeFile(QStringLiteral("b/notes.md"), "### 1. What is B?\n**Answer:** B.\n");
        QCOMPARE(sdstudy({QStringLiteral("import"), first}).exitCode, 0);
        QCOMPARE(sdstudy({QStringLiteral("import"), second}).exitCode, 0);
        const SdstudyRun a = sdstudy({QStringLiteral("show"), QStringLiteral("notes:1")});
        const SdstudyRun b = sdstudy({QStringLiteral("show"), QStringLiteral("notes-2:1")});
        QVERIFY(a.out.startsWith("1. What is A?"));
        QVERIFY(b.out.startsWith("1. What is B?"));
        // Importing the first file again updates its own bank, not a third one.
        writeFile(QStringLiteral("a/notes.md"), "### 1. What is A, again?\n**Answer:** A.\n");
        QCOMPARE(sdstudy({QStringLiteral("import"), first}).exitCode, 0);
        QVERIFY(sdstudy({QStringLiteral("show"), QStringLiteral("notes:1")}).out.startsWith("1. What is A, again?"));
        QCOMPARE(sdstudy({QStringLiteral("show"), QStringLiteral("notes-3:1")}).exitCode, 1);
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
