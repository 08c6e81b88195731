#include "core/database.h"

#include "core/databasefilecheck.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <functional>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const auto &sql : statements) {
        if (!exec(query, sql, error))
            return false;
    }
    return true;
}

// Each migration takes the schema from version (index + 1) - 1 to index + 1.
// Never edit one that has shipped: add another.
const QList<std::function<bool(QSqlDatabase, QString *)>> &migrations()
{
    static const QList<std::function<bool(QSqlDatabase, QString *)>> steps = {
        // 1: banks and their questions.
        [](QSqlDatabase db, QString *error) {
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE banks ("
                                   " id INTEGER PRIMARY KEY,"
                                   " key TEXT NOT NULL UNIQUE," // 'system-design' for the bundled bank
                                   " name TEXT NOT NULL,"
                                   " source TEXT NOT NULL,"       // file it was imported from
                                   " content_hash TEXT NOT NULL," // of bank, rules and import method
                                   " imported_at TEXT NOT NULL,"
                                   " position INTEGER NOT NULL)"),
                    QStringLiteral("CREATE TABLE questions ("
                                   " id TEXT PRIMARY KEY," // stable id, see BankImporter::stableId
                                   " bank_id INTEGER NOT NULL REFERENCES banks(id) ON DELETE CASCADE,"
                                   " number INTEGER NOT NULL,"
                                   " title TEXT NOT NULL," // cleaned for display
                                   " source_title TEXT NOT NULL,"
                                   " answer_md TEXT NOT NULL,"
                                   " answer_text TEXT NOT NULL,"
                                   " topic TEXT NOT NULL,"
                                   " subtopic TEXT NOT NULL,"
                                   " topic_rank INTEGER NOT NULL,"
                                   " subtopic_rank INTEGER NOT NULL,"
                                   " concept TEXT NOT NULL," // id of the concept's first phrasing
                                   " line INTEGER NOT NULL,"
                                   " UNIQUE (bank_id, number))"),
                    QStringLiteral("CREATE INDEX questions_by_concept ON questions(concept)"),
                    QStringLiteral(
                        "CREATE INDEX questions_by_topic ON questions(bank_id, topic_rank, subtopic_rank, number)"),
                },
                error);
        },
        // 2: full-text search over titles and answers.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("CREATE VIRTUAL TABLE questions_fts USING fts5("
                                              " title, answer_text, content='questions', content_rowid='rowid',"
                                              " prefix='1 2 3', tokenize='unicode61 remove_diacritics 2')"),
                               QStringLiteral("INSERT INTO questions_fts(questions_fts) VALUES('rebuild')"),
                           },
                           error);
        },
        // 3: the person's own data. Keyed by stable question id with no foreign key
        // to questions, whose rows a re-import replaces: a bookmark or note outlives
        // any change to the bank, even a question that leaves it.
        [](QSqlDatabase db, QString *error) {
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE bookmarks ("
                                   " question_id TEXT PRIMARY KEY,"
                                   " flag TEXT," // NULL: bookmarked without a flag
                                   " updated_at TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX bookmarks_by_flag ON bookmarks(flag)"),
                    QStringLiteral("CREATE TABLE notes ("
                                   " question_id TEXT PRIMARY KEY,"
                                   " text TEXT NOT NULL,"
                                   " updated_at TEXT NOT NULL)"),
                    QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5("
                                   " text, content='notes', content_rowid='rowid',"
                                   " prefix='1 2 3', tokenize='unicode61 remove_diacritics 2')"),
                    QStringLiteral("CREATE TRIGGER notes_after_insert AFTER INSERT ON notes BEGIN"
                                   " INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END"),
                    QStringLiteral(
                        "CREATE TRIGGER notes_after_delete AFTER DELETE ON notes BEGIN"
                        " INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END"),
                    QStringLiteral(
                        "CREATE TRIGGER notes_after_update AFTER UPDATE ON notes BEGIN"
                        " INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);"
                        " INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END"),
                },
                error);
        },
        // 4: spaced repetition. One schedule per concept, so paraphrases are
        // reviewed once; every answer logged with enough to re-fit the model and
        // to undo it (the card as it was before).
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("CREATE TABLE cards ("
                                              " concept_id TEXT PRIMARY KEY,"
                                              " state INTEGER NOT NULL," // FsrsScheduler::State
                                              " stability REAL NOT NULL,"
                                              " difficulty REAL NOT NULL,"
                                              " learning_step INTEGER NOT NULL,"
                                              " reps INTEGER NOT NULL,"
                                              " lapses INTEGER NOT NULL,"
                                              " scheduled_days INTEGER NOT NULL,"
                                              " due TEXT NOT NULL," // ISO 8601, UTC
                                              " last_review TEXT)"),
                               QStringLiteral("CREATE INDEX cards_by_due ON cards(due)"),
                               QStringLiteral("CREATE TABLE review_log ("
                                              " id INTEGER PRIMARY KEY,"
                                              " concept_id TEXT NOT NULL,"
                                              " question_id TEXT NOT NULL," // the phrasing shown
                                              " reviewed_at TEXT NOT NULL,"
                                              " rating INTEGER NOT NULL," // 1 again .. 4 easy
                                              " mode TEXT NOT NULL,"      // recall, choice, typed, mock
                                              " state_before INTEGER NOT NULL,"
                                              " card_before TEXT," // JSON of the card row, NULL if new
                                              " elapsed_days INTEGER NOT NULL,"
                                              " scheduled_days INTEGER NOT NULL,"
                                              " stability REAL NOT NULL,"  // after
                                              " difficulty REAL NOT NULL," // after
                                              " duration_ms INTEGER NOT NULL)"),
                               QStringLiteral("CREATE INDEX review_log_by_time ON review_log(reviewed_at)"),
                               QStringLiteral("CREATE INDEX review_log_by_concept ON review_log(concept_id)"),
                           },
                           error);
        },
        // 5: which sitting an answer was given in, for "last session's misses".
        // NULL for answers given outside a sitting (the `review` command).
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("ALTER TABLE review_log ADD COLUMN session INTEGER"),
                               QStringLiteral("CREATE INDEX review_log_by_session ON review_log(session)"),
                           },
                           error);
        },
        // 6: answers per local day and rating, kept by triggers, so the progress
        // charts read a few hundred rows however long the log grows. The day is
        // the one the answer was given on where it was given.
        [](QSqlDatabase db, QString *error) {
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE review_days ("
                                   " day TEXT NOT NULL," // YYYY-MM-DD, local time
                                   " rating INTEGER NOT NULL,"
                                   " reviews INTEGER NOT NULL,"
                                   " duration_ms INTEGER NOT NULL,"
                                   " PRIMARY KEY (day, rating)) WITHOUT ROWID"),
                    QStringLiteral("INSERT INTO review_days (day, rating, reviews, duration_ms)"
                                   " SELECT date(reviewed_at, 'localtime'), rating, COUNT(*), SUM(duration_ms)"
                                   " FROM review_log GROUP BY 1, 2"),
                    QStringLiteral("CREATE TRIGGER review_log_after_insert AFTER INSERT ON review_log BEGIN"
                                   " INSERT INTO review_days (day, rating, reviews, duration_ms)"
                                   " VALUES (date(new.reviewed_at, 'localtime'), new.rating, 1, new.duration_ms)"
                                   " ON CONFLICT (day, rating) DO UPDATE SET reviews = reviews + 1,"
                                   " duration_ms = duration_ms + excluded.duration_ms; END"),
                    QStringLiteral(
                        "CREATE TRIGGER review_log_after_delete AFTER DELETE ON review_log BEGIN"
                        " UPDATE review_days SET reviews = reviews - 1, duration_ms = duration_ms - old.duration_ms"
                        " WHERE day = date(old.reviewed_at, 'localtime') AND rating = old.rating; END"),
                },
                error);
        },
        // 7: who the file is. The application id marks it as this app's database
        // (recovery never touches another program's SQLite file); the database id
        // tells its backups from those of other databases in a shared folder.
        [](QSqlDatabase db, QString *error) {
            QSqlQuery query(db);
            if (!exec(query, QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId), error)
                || !exec(query,
                         QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
                         error))
                return false;
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', ?)"));
            query.addBindValue(QUuid::createUuid().toString(QUuid::Id128));
            if (query.exec())
                return true;
            *error = query.lastError().text();
            return false;
        },
        // 8: pictures in the person's notes (a pasted screenshot), kept in the
        // database and named by the SHA-256 of their bytes; a note refers to one as
        // ![alt](attachment:ID), never to a file on the disk.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("CREATE TABLE attachments ("
                                              " id TEXT PRIMARY KEY," // SHA-256 of data, hex
                                              " mime TEXT NOT NULL,"  // image/png
                                              " data BLOB NOT NULL,"
                                              " added_at TEXT NOT NULL)"),
                           },
                           error);
        },
        // 9: the mock interview's own record, one row per attempt at a question,
        // apart from the person's note (see MockAttemptStore).
        [](QSqlDatabase db, QString *error) {
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE mock_attempts ("
                                   " id INTEGER PRIMARY KEY,"
                                   " question_id TEXT NOT NULL," // the phrasing asked
                                   " concept_id TEXT NOT NULL,"
                                   " started_at TEXT NOT NULL," // ISO 8601, UTC
                                   " seconds_used INTEGER NOT NULL,"
                                   " minutes_allowed INTEGER NOT NULL,"
                                   " stages TEXT NOT NULL,"  // indexes of the stages ticked: "0,2"
                                   " scratch TEXT NOT NULL," // Markdown
                                   " rating INTEGER)"),      // 1..4 once graded
                    QStringLiteral("CREATE INDEX mock_attempts_by_concept ON mock_attempts(concept_id, started_at)"),
                },
                error);
        },
        // 10: one row per attempt, found at once when a progress file brings it again.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("CREATE UNIQUE INDEX mock_attempts_once"
                                              " ON mock_attempts(question_id, started_at)"),
                           },
                           error);
        },
        // 11: banks of any shape. A question keeps the tags its source gives it; a
        // bank keeps the shape it was read in and, for an imported bank, its source
        // text, so a removal can be undone and a re-import reads it the same way.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("ALTER TABLE questions ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
                               QStringLiteral("ALTER TABLE banks ADD COLUMN shape TEXT NOT NULL DEFAULT ''"),
                               QStringLiteral("ALTER TABLE banks ADD COLUMN content BLOB"),
                           },
                           error);
        },
        // 12: the whiteboard's sketch of a question, in its JSON form (see Sketch
        // and SketchStore), like a note apart from the bank's rows.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("CREATE TABLE sketches ("
                                              " question_id TEXT PRIMARY KEY,"
                                              " content TEXT NOT NULL,"    // docs/sketch-format.md
                                              " updated_at TEXT NOT NULL)" // ISO 8601, UTC, with milliseconds
                                              " WITHOUT ROWID"),
                           },
                           error);
        },
        // 13: a mock interview attempt's own whiteboard sketch, apart from the
        // question's study sketch: each go starts on an empty board.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("ALTER TABLE mock_attempts ADD COLUMN sketch TEXT NOT NULL DEFAULT ''"),
                           },
                           error);
        },
        // 14: the estimation drills' answers (see DrillStore).
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("CREATE TABLE drill_results ("
                                              " id INTEGER PRIMARY KEY,"
                                              " type TEXT NOT NULL,"        // EstimationDrill::types()
                                              " seed INTEGER NOT NULL,"     // the problem, with its type
                                              " answered_at TEXT NOT NULL," // ISO 8601, UTC, with milliseconds
                                              " answer TEXT NOT NULL,"      // as typed
                                              " accepted INTEGER NOT NULL,"
                                              " ratio REAL NOT NULL)"), // given / expected, 0 if unread
                               QStringLiteral("CREATE UNIQUE INDEX drill_results_once"
                                              " ON drill_results(type, seed, answered_at)"),
                           },
                           error);
        },
        // 15: the learner's word on concepts. `auto_concept` keeps what the grouper
        // found; `concept` is what the app uses: that, with the person's overrides
        // (a question split from its concept, or said to be the same as another)
        // applied by ConceptAssignment. Overrides are keyed by stable id, so they
        // outlive re-imports.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("ALTER TABLE questions ADD COLUMN auto_concept TEXT NOT NULL DEFAULT ''"),
                               QStringLiteral("UPDATE questions SET auto_concept = concept"),
                               QStringLiteral("CREATE TABLE concept_overrides ("
                                              " question_id TEXT PRIMARY KEY,"
                                              " same_as TEXT," // a question id, or NULL: a concept of its own
                                              " changed_at TEXT NOT NULL)" // ISO 8601, UTC, with milliseconds
                                              " WITHOUT ROWID"),
                           },
                           error);
        },
        // 16: the answers given on a phrasing, found at once: they move with it when
        // it changes concept, and a progress file's answer is known by it.
        [](QSqlDatabase db, QString *error) {
            return execAll(
                db,
                {
                    QStringLiteral("CREATE INDEX review_log_by_question ON review_log(question_id, reviewed_at)"),
                },
                error);
        },
        // 17: the topic tree reads a branch's concepts from one index, in order,
        // counted and paged without reading a question row (OutlineBranches); a
        // page's related questions start from the concepts filed beside it, in any
        // bank, found by their place's names.
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {
                               QStringLiteral("ALTER TABLE questions ADD COLUMN leads INTEGER"
                                              " GENERATED ALWAYS AS (concept = id) VIRTUAL"),
                               QStringLiteral("CREATE INDEX questions_by_branch"
                                              " ON questions(bank_id, topic_rank, subtopic_rank, leads, number)"),
                               QStringLiteral("CREATE INDEX questions_by_place"
                                              " ON questions(topic, subtopic, leads, number)"),
                           },
                           error);
        },
        // 18: the tree's branches with their counts, kept by triggers as questions
        // come, go, move or change concept, whichever code writes them: the tree
        // shows without counting every question at each start (OutlineBranches).
        // A branch's names follow its last written question (one topic per rank).
        [](QSqlDatabase db, QString *error) {
            const QString arrives = QStringLiteral(
                "INSERT INTO outline_branches VALUES (NEW.bank_id, NEW.topic_rank, NEW.subtopic_rank, NEW.topic,"
                " NEW.subtopic, 1, NEW.concept = NEW.id)"
                " ON CONFLICT (bank_id, topic_rank, subtopic_rank) DO UPDATE SET phrasings = phrasings + 1,"
                " concepts = concepts + excluded.concepts, topic = excluded.topic, subtopic = excluded.subtopic;");
            const QString leaves = QStringLiteral(
                "UPDATE outline_branches SET phrasings = phrasings - 1, concepts = concepts - (OLD.concept = OLD.id)"
                " WHERE bank_id = OLD.bank_id AND topic_rank = OLD.topic_rank AND subtopic_rank = OLD.subtopic_rank;"
                " DELETE FROM outline_branches WHERE bank_id = OLD.bank_id AND topic_rank = OLD.topic_rank"
                " AND subtopic_rank = OLD.subtopic_rank AND phrasings <= 0;");
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE outline_branches ("
                                   " bank_id INTEGER NOT NULL,"
                                   " topic_rank INTEGER NOT NULL,"
                                   " subtopic_rank INTEGER NOT NULL,"
                                   " topic TEXT NOT NULL,"
                                   " subtopic TEXT NOT NULL,"
                                   " phrasings INTEGER NOT NULL," // every question in it
                                   " concepts INTEGER NOT NULL,"  // those that lead their concept
                                   " PRIMARY KEY (bank_id, topic_rank, subtopic_rank)) WITHOUT ROWID"),
                    QStringLiteral("INSERT INTO outline_branches SELECT bank_id, topic_rank, subtopic_rank, MIN(topic),"
                                   " MIN(subtopic), COUNT(*), SUM(leads) FROM questions"
                                   " GROUP BY bank_id, topic_rank, subtopic_rank"),
                    QStringLiteral("CREATE TRIGGER outline_branch_gains AFTER INSERT ON questions BEGIN %1 END")
                        .arg(arrives),
                    QStringLiteral("CREATE TRIGGER outline_branch_loses AFTER DELETE ON questions BEGIN %1 END")
                        .arg(leaves),
                    QStringLiteral("CREATE TRIGGER outline_branch_moves AFTER UPDATE OF id, bank_id, topic_rank,"
                                   " subtopic_rank, topic, subtopic, concept ON questions BEGIN %1 %2 END")
                        .arg(leaves, arrives),
                },
                error);
        },
        // 19: how many questions hold each word of the search index, counted again
        // whenever a bank comes or goes (WordRarity::recount).
        [](QSqlDatabase db, QString *error) {
            return execAll(db,
                           {QStringLiteral("CREATE TABLE word_documents ("
                                           " term TEXT PRIMARY KEY," // as the search index has it
                                           " documents INTEGER NOT NULL)"
                                           " WITHOUT ROWID"),
                            QStringLiteral("CREATE VIRTUAL TABLE temp.indexed_words_now"
                                           " USING fts5vocab(main, 'questions_fts', 'row')"),
                            QStringLiteral("INSERT INTO word_documents (term, documents)"
                                           " SELECT term, doc FROM temp.indexed_words_now"),
                            QStringLiteral("DROP TABLE temp.indexed_words_now")},
                           error);
        },
        // 20: how many scheduled concepts each topic has per stage (learning, young,
        // mature), kept by triggers on cards and questions for the dashboard: a
        // concept counts where its first phrasing is filed, by its card's stage.
        // The count over every card and question, 340 ms at 100,000 concepts, is
        // what it replaces. Stage 2 (young) is an interval under 21 days, as
        // ProgressStats::kMatureDays says.
        [](QSqlDatabase db, QString *error) {
            const QString stage
                = QStringLiteral("CASE WHEN %1.state IN (1, 3) THEN 1 WHEN %1.scheduled_days < 21 THEN 2 ELSE 3 END");
            // One more concept at a stage of a topic, whichever row brings it.
            const QString countedOnce
                = QStringLiteral(" ON CONFLICT (bank_id, topic_rank, stage) DO UPDATE SET concepts = concepts + 1;");
            // A card of a concept, counted at its first phrasing's topic, and back.
            const QString cardComes
                = QStringLiteral("INSERT INTO topic_stages SELECT q.bank_id, q.topic_rank, %1, 1"
                                 " FROM questions q WHERE q.id = NEW.concept_id AND q.concept = q.id")
                      .arg(stage.arg(QStringLiteral("NEW")))
                + countedOnce;
            const QString cardGoes
                = QStringLiteral(
                      "UPDATE topic_stages SET concepts = concepts - 1 WHERE stage = %1 AND (bank_id, topic_rank) ="
                      " (SELECT q.bank_id, q.topic_rank FROM questions q"
                      "  WHERE q.id = OLD.concept_id AND q.concept = q.id);")
                      .arg(stage.arg(QStringLiteral("OLD")));
            // A question that starts or stops leading its concept brings or takes
            // that concept's card.
            const QString leaderComes = QStringLiteral("INSERT INTO topic_stages SELECT NEW.bank_id, NEW.topic_rank,"
                                                       " %1, 1 FROM cards c WHERE c.concept_id = NEW.id"
                                                       " AND NEW.concept = NEW.id")
                                            .arg(stage.arg(QStringLiteral("c")))
                + countedOnce;
            const QString leaderGoes
                = QStringLiteral("UPDATE topic_stages SET concepts = concepts - 1 WHERE bank_id = OLD.bank_id"
                                 " AND topic_rank = OLD.topic_rank AND OLD.concept = OLD.id"
                                 " AND stage = (SELECT %1 FROM cards c WHERE c.concept_id = OLD.id);")
                      .arg(stage.arg(QStringLiteral("c")));
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE topic_stages ("
                                   " bank_id INTEGER NOT NULL,"
                                   " topic_rank INTEGER NOT NULL,"
                                   " stage INTEGER NOT NULL," // 1 learning, 2 young, 3 mature
                                   " concepts INTEGER NOT NULL,"
                                   " PRIMARY KEY (bank_id, topic_rank, stage)) WITHOUT ROWID"),
                    QStringLiteral("INSERT INTO topic_stages SELECT q.bank_id, q.topic_rank, %1, COUNT(*)"
                                   " FROM cards c JOIN questions q ON q.id = c.concept_id WHERE q.concept = q.id"
                                   " GROUP BY 1, 2, 3")
                        .arg(stage.arg(QStringLiteral("c"))),
                    QStringLiteral("CREATE TRIGGER topic_stages_card_in AFTER INSERT ON cards BEGIN %1 END")
                        .arg(cardComes),
                    QStringLiteral("CREATE TRIGGER topic_stages_card_out AFTER DELETE ON cards BEGIN %1 END")
                        .arg(cardGoes),
                    QStringLiteral("CREATE TRIGGER topic_stages_card_moves AFTER UPDATE OF concept_id, state,"
                                   " scheduled_days ON cards BEGIN %1 %2 END")
                        .arg(cardGoes, cardComes),
                    QStringLiteral("CREATE TRIGGER topic_stages_leader_in AFTER INSERT ON questions BEGIN %1 END")
                        .arg(leaderComes),
                    QStringLiteral("CREATE TRIGGER topic_stages_leader_out AFTER DELETE ON questions BEGIN %1 END")
                        .arg(leaderGoes),
                    QStringLiteral("CREATE TRIGGER topic_stages_leader_moves AFTER UPDATE OF id, bank_id, topic_rank,"
                                   " concept ON questions BEGIN %1 %2 END")
                        .arg(leaderGoes, leaderComes),
                },
                error);
        },
        // 21: each branch's entries counted per run of 512 numbers, kept by
        // triggers like schema 18's: a question's row in a branch of 70,000 is the
        // sum of the runs before its own plus a count inside it, and a page deep in
        // the branch is read from its run's first number, not past every row before
        // it (OutlineBranches).
        [](QSqlDatabase db, QString *error) {
            const QString arrives = QStringLiteral(
                "INSERT INTO branch_runs VALUES (NEW.bank_id, NEW.topic_rank, NEW.subtopic_rank, NEW.number >> 9, 1,"
                " NEW.concept = NEW.id) ON CONFLICT (bank_id, topic_rank, subtopic_rank, run) DO UPDATE"
                " SET phrasings = phrasings + 1, concepts = concepts + excluded.concepts;");
            const QString leaves = QStringLiteral(
                "UPDATE branch_runs SET phrasings = phrasings - 1, concepts = concepts - (OLD.concept = OLD.id)"
                " WHERE bank_id = OLD.bank_id AND topic_rank = OLD.topic_rank AND subtopic_rank = OLD.subtopic_rank"
                " AND run = OLD.number >> 9;"
                " DELETE FROM branch_runs WHERE bank_id = OLD.bank_id AND topic_rank = OLD.topic_rank"
                " AND subtopic_rank = OLD.subtopic_rank AND run = OLD.number >> 9 AND phrasings <= 0;");
            return execAll(
                db,
                {
                    QStringLiteral("CREATE TABLE branch_runs ("
                                   " bank_id INTEGER NOT NULL,"
                                   " topic_rank INTEGER NOT NULL,"
                                   " subtopic_rank INTEGER NOT NULL,"
                                   " run INTEGER NOT NULL," // number >> 9
                                   " phrasings INTEGER NOT NULL,"
                                   " concepts INTEGER NOT NULL,"
                                   " PRIMARY KEY (bank_id, topic_rank, subtopic_rank, run)) WITHOUT ROWID"),
                    QStringLiteral("INSERT INTO branch_runs SELECT bank_id, topic_rank, subtopic_rank, number >> 9,"
                                   " COUNT(*), SUM(leads) FROM questions"
                                   " GROUP BY bank_id, topic_rank, subtopic_rank, number >> 9"),
                    QStringLiteral("CREATE TRIGGER branch_run_gains AFTER INSERT ON questions BEGIN %1 END")
                        .arg(arrives),
                    QStringLiteral("CREATE TRIGGER branch_run_loses AFTER DELETE ON questions BEGIN %1 END")
                        .arg(leaves),
                    QStringLiteral("CREATE TRIGGER branch_run_moves AFTER UPDATE OF id, bank_id, topic_rank,"
                                   " subtopic_rank, number, concept ON questions BEGIN %1 %2 END")
                        .arg(leaves, arrives),
                },
                error);
        },
    };
    return steps;
}

} // namespace

Database::Database()
    : m_changes(std::make_unique<LibraryChanges>())
{ }

Database::~Database()
{
    close();
}

void Database::announce(LibraryChanges::Kind kind, const QStringList &ids)
{
    if (m_transactionDepth == 0) {
        m_changes->emitChanged(kind, ids);
        return;
    }
    const auto index = qsizetype(kind);
    if (m_pending.size() <= index)
        m_pending.resize(index + 1);
    m_pending[index] += ids;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("study.sqlite"));
}

bool Database::connect(const QString &path, const QString &options, QString *error)
{
    static QAtomicInt counter;
    m_path = path;
    m_connectionName = QStringLiteral("sdstudy-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // A busy timeout lets a second process wait for a write lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") + options);
    if (db.open())
        return true;
    *error = DatabaseText::tr("%1: %2").arg(path, db.lastError().text());
    return false;
}

bool Database::open(const QString &path, QString *error, int targetVersion)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = DatabaseText::tr("%1: cannot create the folder").arg(info.absolutePath());
        return false;
    }
    if (!connect(path, QString(), error))
        return false;
    QSqlDatabase db = connection();
    QString sqlError;
    // WAL: readers never block the writer and a killed process never leaves a
    // half-written page. synchronous=FULL: a commit also survives power loss; its
    // one fsync per commit is cheap at the rate a person studies. Recursive
    // triggers: a row that an INSERT OR REPLACE removes fires its delete trigger
    // too, so the counts triggers keep (outline_branches) stay right whatever
    // statement a later change writes.
    if (!execAll(db,
                 {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                  QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA recursive_triggers=ON")},
                 &sqlError)
        || !migrate(targetVersion, &sqlError)) {
        *error = sqlError.contains(QLatin1String("not a database"))
            ? DatabaseText::tr("%1: this is not a study database (not an SQLite file, or a damaged one)").arg(path)
            : DatabaseText::tr("%1: %2").arg(path, sqlError);
        return false;
    }
    return true;
}

bool Database::openReadOnly(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = DatabaseText::tr("%1: no such file").arg(path);
        return false;
    }
    if (!connect(path, QStringLiteral(";QSQLITE_OPEN_READONLY"), error))
        return false;
    const int version = schemaVersion();
    if (version != kSchemaVersion) {
        *error = DatabaseText::tr("%1: the file is at schema %2, this version of the app reads schema %3")
                     .arg(path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::inTransaction(const std::function<bool(QString *error)> &work, QString *error)
{
    if (m_transactionDepth > 0) { // inside another: part of it, committed with it
        ++m_transactionDepth;
        const bool done = work(error);
        --m_transactionDepth;
        return done;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    m_transactionDepth = 1;
    bool done = work(error);
    if (done && !db.commit()) {
        *error = db.lastError().text();
        done = false;
    }
    m_transactionDepth = 0;
    if (!done) {
        db.rollback();
        m_pending.clear();
        return false;
    }
    // Announced once on disk, one signal per kind.
    const auto pending = std::exchange(m_pending, {});
    for (qsizetype kind = 0; kind < pending.size(); ++kind) {
        QStringList ids = pending[kind];
        ids.removeDuplicates();
        if (!ids.isEmpty())
            m_changes->emitChanged(LibraryChanges::Kind(kind), ids);
    }
    return true;
}

std::optional<QString> Database::metaValue(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool Database::setMetaValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QString Database::identity() const
{
    return metaValue(QStringLiteral("database_id")).value_or(QString());
}

bool Database::claimIdentity(QString *error)
{
    const QString here = QFileInfo(m_path).absoluteFilePath();
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_path'"))) {
        *error = query.lastError().text();
        return false;
    }
    const QString recorded = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (recorded == here)
        return true;
    // Written elsewhere and that file still there with the same id: this is a copy,
    // which must not share the original's backups. A moved file keeps its id.
    const bool copy = !recorded.isEmpty() && QFileInfo::exists(recorded)
        && DatabaseFileCheck::examine(recorded, DatabaseFileCheck::Depth::Owner).databaseId == identity();
    return inTransaction(
        [&](QString *failure) {
            QSqlQuery write(connection());
            write.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_path', ?)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            write.addBindValue(here);
            if (!write.exec()) {
                *failure = write.lastError().text();
                return false;
            }
            if (!copy)
                return true;
            write.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'database_id'"));
            write.addBindValue(QUuid::createUuid().toString(QUuid::Id128));
            if (write.exec())
                return true;
            *failure = write.lastError().text();
            return false;
        },
        error);
}

QString Database::sqliteVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next() ? query.value(0).toString()
                                                                                 : QString();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

bool Database::migrate(int targetVersion, QString *error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = DatabaseText::tr(
                     "the file was written by a newer version of the app (schema %1, this version reads up to %2)")
                     .arg(current)
                     .arg(kSchemaVersion);
        return false;
    }
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        if (!migrations().at(version - 1)(db, error)
            || !exec(query, QStringLiteral("PRAGMA user_version = %1").arg(version), error)) {
            db.rollback();
            *error = DatabaseText::tr("upgrading to schema %1 failed: %2").arg(version).arg(*error);
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace sdstudy::core
