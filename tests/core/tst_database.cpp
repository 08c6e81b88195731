#include "../support/testfiles.h"
#include "core/bankstore.h"
#include "core/database.h"
#include "core/studylibrary.h"
#include "core/wordrarity.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sdstudy::core;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void migratesAnEmptyFileToTheCurrentSchema()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir->filePath(QStringLiteral("new.sqlite")), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'questions_fts'")).toInt(),
                 1);
        // Marked as this app's, with an id of its own for its backups.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(db.identity()).hasMatch(),
                 qPrintable(db.identity()));
        Database other;
        QVERIFY2(other.open(m_dir->filePath(QStringLiteral("other.sqlite")), &error), qPrintable(error));
        QVERIFY(other.identity() != db.identity());
    }

    void migratesAPreviousVersionKeepingItsData()
    {
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            Database v1;
            QString error;
            QVERIFY2(v1.open(path, &error, 1), qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
            QSqlQuery query(v1.connection());
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO banks (key, name, source, content_hash, imported_at, position)"
                                          " VALUES ('old', 'Old bank', 'old.md', 'x', '2026-01-01T00:00:00Z', 0)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO questions VALUES ('q-1', 1, 1, 'What is a lighthouse?', 'What is a lighthouse?',"
                " 'A tower.', 'A tower.', 'T', 'S', 0, 0, 'q-1', 3)")));
        }
        Database current;
        QString error;
        QVERIFY2(current.open(path, &error), qPrintable(error));
        QCOMPARE(current.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(scalar(current, QStringLiteral("SELECT title FROM questions WHERE id = 'q-1'")).toString(),
                 QStringLiteral("What is a lighthouse?"));
        // The search index added by the migration covers rows written before it.
        QCOMPARE(
            scalar(current, QStringLiteral("SELECT rowid FROM questions_fts WHERE questions_fts MATCH 'lighthouse'"))
                .toInt(),
            scalar(current, QStringLiteral("SELECT rowid FROM questions WHERE id = 'q-1'")).toInt());
        // So do the words' counts (schema 19).
        QCOMPARE(
            scalar(current, QStringLiteral("SELECT documents FROM word_documents WHERE term = 'lighthouse'")).toInt(),
            1);
    }

    // A word's rarity counts the questions that hold it in the banks there now.
    void wordsAreCountedAsBanksComeAndGo()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(m_dir->filePath(QStringLiteral("words.sqlite")), &error), qPrintable(error));
        const auto rarityOf = [&](const QString &word) { return WordRarity(library.database())(word); };
        QCOMPARE(rarityOf(QStringLiteral("zymurgy")), std::log(780.0 / 1));

        const auto outcome
            = library.importFile(writeTestFile(m_dir->path(), QStringLiteral("brewing.md"),
                                               "# Brewing\n\n## What is zymurgy?\n\nThe chemistry of fermentation.\n\n"
                                               "## Why does zymurgy need yeast?\n\nYeast turns sugar into alcohol.\n"));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(rarityOf(QStringLiteral("zymurgy")), std::log(782.0 / 3));

        QVERIFY2(library.banks().remove(library.banks().banks().last().key, &error), qPrintable(error));
        QCOMPARE(rarityOf(QStringLiteral("zymurgy")), std::log(780.0 / 1));
    }

    // Schema 18 counts the tree's branches, schema 20 the dashboard's stages and
    // schema 21 the branches' runs, from the questions and schedules already there.
    void theTreesBranchesAreCountedFromQuestionsWrittenBefore()
    {
        const QString path = m_dir->filePath(QStringLiteral("v17.sqlite"));
        {
            Database v17;
            QString error;
            QVERIFY2(v17.open(path, &error, 17), qPrintable(error));
            QSqlQuery query(v17.connection());
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO banks (key, name, source, content_hash, imported_at, position)"
                                          " VALUES ('old', 'Old bank', 'old.md', 'x', '2026-01-01T00:00:00Z', 0)")));
            for (const auto *row : {"('q-1', 1, 1, 'A?', 'A?', 'a', 'a', 'T', 'S', 2, 5, 'q-1', 3)",
                                    "('q-2', 1, 2, 'B?', 'B?', 'b', 'b', 'T', 'S', 2, 5, 'q-1', 5)",
                                    "('q-3', 1, 600, 'C?', 'C?', 'c', 'c', 'T', '', 2, 0, 'q-3', 7)"}) {
                QVERIFY2(query.exec(QStringLiteral("INSERT INTO questions (id, bank_id, number, title, source_title,"
                                                   " answer_md, answer_text, topic, subtopic, topic_rank,"
                                                   " subtopic_rank, concept, line) VALUES %1")
                                        .arg(QLatin1String(row))),
                         qPrintable(query.lastError().text()));
            }
            // Two schedules: one in review for a month (mature), one relearning.
            for (const auto *card : {"'q-1', 2, 30", "'q-3', 3, 0"}) {
                QVERIFY2(query.exec(QStringLiteral("INSERT INTO cards (concept_id, state, scheduled_days, stability,"
                                                   " difficulty, learning_step, reps, lapses, due)"
                                                   " VALUES (%1, 1, 5, 0, 1, 0, '2026-01-01')")
                                        .arg(QLatin1String(card))),
                         qPrintable(query.lastError().text()));
            }
        }
        Database current;
        QString error;
        QVERIFY2(current.open(path, &error), qPrintable(error));
        QSqlQuery query(current.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT topic_rank, subtopic_rank, topic, subtopic, phrasings, concepts"
                                          " FROM outline_branches ORDER BY topic_rank, subtopic_rank")));
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < 6; ++i)
                values.append(query.value(i).toString());
            rows.append(values.join(QLatin1Char(' ')));
        }
        QCOMPARE(rows, (QStringList {QStringLiteral("2 0 T  1 1"), QStringLiteral("2 5 T S 2 1")}));
        // And the dashboard's stages (schema 20): per topic, the concepts by their card.
        QCOMPARE(scalar(current,
                        QStringLiteral("SELECT group_concat(topic_rank || ':' || stage || '=' || concepts, ' ')"
                                       " FROM topic_stages"))
                     .toString(),
                 QStringLiteral("2:1=1 2:3=1"));
        // And each branch's runs of 512 numbers (schema 21).
        QCOMPARE(scalar(current,
                        QStringLiteral("SELECT group_concat(subtopic_rank || ':' || run || '=' || phrasings || '/'"
                                       " || concepts, ' ') FROM branch_runs"))
                     .toString(),
                 QStringLiteral("0:1=1/1 5:0=2/1"));

        // Kept from then on, whatever statement writes a question: a replaced row
        // leaves its branch as a deleted one does.
        QVERIFY2(query.exec(QStringLiteral("INSERT OR REPLACE INTO questions (id, bank_id, number, title, source_title,"
                                           " answer_md, answer_text, topic, subtopic, topic_rank, subtopic_rank,"
                                           " concept, line) VALUES ('q-2', 1, 2, 'B?', 'B?', 'b', 'b', 'T', '', 2, 0,"
                                           " 'q-2', 5)")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(scalar(current,
                        QStringLiteral("SELECT group_concat(subtopic_rank || ':' || phrasings || '/'"
                                       " || concepts, ' ') FROM outline_branches"))
                     .toString(),
                 QStringLiteral("0:2/2 5:1/1"));
        QCOMPARE(scalar(current,
                        QStringLiteral("SELECT group_concat(subtopic_rank || ':' || run || '=' || phrasings || '/'"
                                       " || concepts, ' ') FROM branch_runs"))
                     .toString(),
                 QStringLiteral("0:0=1/1 0:1=1/1 5:0=1/1"));
    }

    void refusesAFileFromANewerVersion()
    {
        const QString path = m_dir->filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void saysSoWhenAFileIsNotADatabase()
    {
        const QString path = m_dir->filePath(QStringLiteral("photo.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, '\x5a');
        file.write(junk);
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a study database")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk); // left as it was
    }

    void bundledBankIsImportedOnFirstUseOnly()
    {
        const QString path = m_dir->filePath(QStringLiteral("library.sqlite"));
        QString importedAt;
        {
            StudyLibrary library;
            QString error;
            QVERIFY2(library.open(path, &error), qPrintable(error));
            QCOMPARE(scalar(library.database(), QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 780);
            importedAt = scalar(library.database(), QStringLiteral("SELECT imported_at FROM banks")).toString();
        }
        QTest::qWait(1100); // imported_at has whole seconds
        StudyLibrary again;
        QString error;
        QVERIFY(again.open(path, &error));
        QCOMPARE(scalar(again.database(), QStringLiteral("SELECT imported_at FROM banks")).toString(), importedAt);
    }

    void aFreshHomeNeedsNoPreparation()
    {
        // The default location is created on demand.
        const QString path = Database::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("study.sqlite")));
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir->filePath(QStringLiteral("a/b/c/study.sqlite")), &error), qPrintable(error));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
