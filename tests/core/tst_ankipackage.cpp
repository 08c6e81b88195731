// Anki packages built here as Anki writes them (a zip of an SQLite collection and
// numbered media files), in the anki2 and anki21 layouts, and packages written to
// hurt: read into a bank, or refused with a message, never anything in between.

#include "core/ankipackage.h"
#include "core/attachmentstore.h"
#include "core/bankparser.h"
#include "core/studylibrary.h"

#include <KZip>

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;

namespace {

constexpr qlonglong kBasic = 1001;
constexpr qlonglong kCloze = 1002;
constexpr qlonglong kCaching = 2001;
constexpr qlonglong kQueues = 2002;

struct Note
{
    qlonglong model;
    QStringList fields;
    QString tags;
    qlonglong deck;
};

QByteArray png()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Ways a collection can be written to run SQL of its own when it is read.
enum class Trap { None, NotesAsView, ComputedColumn };

// A collection file with Anki's tables (the columns this reader uses and a few more).
QByteArray collection(const QString &folder, const QList<Note> &notes, Trap trap = Trap::None)
{
    const QString path = folder + QStringLiteral("/collection.sqlite");
    QFile::remove(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot make a collection");
        QSqlQuery query(db);
        const QJsonObject models {
            {QString::number(kBasic),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Basic")},
                          {QStringLiteral("type"), 0},
                          {QStringLiteral("flds"),
                           QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Front")}},
                                       QJsonObject {{QStringLiteral("name"), QStringLiteral("Back")}}}}}},
            {QString::number(kCloze),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Cloze")},
                          {QStringLiteral("type"), 1},
                          {QStringLiteral("flds"),
                           QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Text")}},
                                       QJsonObject {{QStringLiteral("name"), QStringLiteral("Extra")}}}}}}};
        const QJsonObject decks {{QString::number(kCaching),
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("System Design::Caching")}}},
                                 {QString::number(kQueues),
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("System Design::Queues")}}}};
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE col (id INTEGER PRIMARY KEY, crt INTEGER, ver INTEGER, models TEXT,"
                             " decks TEXT, tags TEXT)"),
              QStringLiteral("CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, did INTEGER, ord INTEGER)"),
              trap == Trap::NotesAsView
                  ? QStringLiteral("CREATE TABLE real_notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER,"
                                   " tags TEXT, flds TEXT, sfld TEXT)")
                  : QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER,"
                                   " tags TEXT, flds TEXT, sfld TEXT%1)")
                        .arg(trap == Trap::ComputedColumn ? QStringLiteral(", big TEXT AS (printf('%.*c', 1000, 'x'))")
                                                          : QString())}) {
            if (!query.exec(sql))
                qFatal("%s", qPrintable(query.lastError().text()));
        }
        if (trap == Trap::NotesAsView)
            query.exec(QStringLiteral("CREATE VIEW notes AS SELECT * FROM real_notes"));
        query.prepare(
            QStringLiteral("INSERT INTO col (id, crt, ver, models, decks, tags) VALUES (1, 0, 11, ?, ?, '{}')"));
        query.addBindValue(QJsonDocument(models).toJson(QJsonDocument::Compact));
        query.addBindValue(QJsonDocument(decks).toJson(QJsonDocument::Compact));
        query.exec();
        qlonglong id = 1;
        for (const Note &note : notes) {
            query.prepare(QStringLiteral("INSERT INTO %1 (id, guid, mid, tags, flds, sfld) VALUES (?, ?, ?, ?, ?, ?)")
                              .arg(trap == Trap::NotesAsView ? QStringLiteral("real_notes") : QStringLiteral("notes")));
            for (const QVariant &value :
                 {QVariant(id), QVariant(QStringLiteral("g%1").arg(id)), QVariant(note.model), QVariant(note.tags),
                  QVariant(note.fields.join(QChar(0x1f))), QVariant(note.fields.value(0))})
                query.addBindValue(value);
            query.exec();
            query.prepare(QStringLiteral("INSERT INTO cards (id, nid, did, ord) VALUES (?, ?, ?, 0)"));
            query.addBindValue(id + 100);
            query.addBindValue(id);
            query.addBindValue(note.deck);
            query.exec();
            ++id;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        qFatal("cannot write a zip");
    for (const auto &[name, data] : entries)
        zip.writeFile(name, data);
    zip.close();
    return bytes;
}

const QList<Note> kNotes = {
    {kBasic,
     {QStringLiteral("What is a <b>write-through</b> cache?"),
      QStringLiteral("<div>Writes go to the cache <i>and</i> the store.</div><div><img src=\"ring.png\"></div>")},
     QStringLiteral(" caching interview "),
     kCaching},
    {kBasic,
     {QStringLiteral("What is a dead letter queue?"), QStringLiteral("Where failed messages go&nbsp;&amp; wait.")},
     QString(),
     kQueues},
    {kCloze,
     {QStringLiteral("Kafka keeps order within a {{c1::partition::unit}}."), QStringLiteral("Not across them.")},
     QStringLiteral("kafka"),
     kQueues},
    {kBasic, {QStringLiteral("What is cache stampede?"), QString()}, QString(), kCaching},
};

} // namespace

class TestAnkiPackage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesBecomeQuestionsInBothLayouts_data()
    {
        QTest::addColumn<QString>("collectionName");
        QTest::newRow("anki2") << QStringLiteral("collection.anki2");
        QTest::newRow("anki21") << QStringLiteral("collection.anki21");
    }
    void notesBecomeQuestionsInBothLayouts()
    {
        QFETCH(QString, collectionName);
        const QByteArray picture = png();
        const QByteArray package = zipOf({{collectionName, collection(m_dir.path(), kNotes)},
                                          {QStringLiteral("media"), QByteArrayLiteral("{\"0\": \"ring.png\"}")},
                                          {QStringLiteral("0"), picture}});
        const auto result = BankParser::parse(package, QStringLiteral("deck.apkg"));
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        const ParsedBank &bank = result.bank;
        QCOMPARE(bank.shape.formatName(), QStringLiteral("apkg"));
        QCOMPARE(bank.title, QStringLiteral("System Design"));
        QCOMPARE(bank.items.size(), 3);
        QCOMPARE(bank.items[0].title, QStringLiteral("What is a write-through cache?"));
        const QString id = AttachmentStore::idOf(picture);
        QCOMPARE(bank.items[0].answerMarkdown,
                 QStringLiteral("Writes go to the cache *and* the store.\n\n%1")
                     .arg(AttachmentStore::markdownFor(id, QStringLiteral("ring.png"))));
        QCOMPARE(bank.pictures.value(id), picture);
        QCOMPARE(bank.items[0].tags, (QStringList {QStringLiteral("caching"), QStringLiteral("interview")}));
        QCOMPARE(bank.items[0].topic, QStringLiteral("Caching"));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Where failed messages go & wait."));
        QCOMPARE(bank.items[1].topic, QStringLiteral("Queues"));
        QCOMPARE(bank.items[2].title, QStringLiteral("Kafka keeps order within a [unit]."));
        QCOMPARE(bank.items[2].answerMarkdown,
                 QStringLiteral("Kafka keeps order within a **partition**.\n\nNot across them."));
        QCOMPARE(bank.skipped.size(), 1);
        QCOMPARE(bank.skipped[0].line, 4);
        QVERIFY(bank.skipped[0].noAnswer);
    }

    // Imported whole: the questions, and their pictures in the database, never a path.
    void importedPackageKeepsItsPictures()
    {
        QTemporaryDir dir;
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        const QByteArray picture = png();
        const QString path = dir.filePath(QStringLiteral("deck.apkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zipOf({{QStringLiteral("collection.anki21"), collection(m_dir.path(), kNotes)},
                          {QStringLiteral("media"), QByteArrayLiteral("{\"0\": \"ring.png\"}")},
                          {QStringLiteral("0"), picture}}));
        file.close();
        const auto outcome = library.importFile(path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.questionCount, 3);
        const auto question = library.questions().question(*library.questions().resolve(QStringLiteral("deck:1")));
        QCOMPARE(AttachmentStore::referencedBy(question->answerMarkdown), QStringList {AttachmentStore::idOf(picture)});
        QCOMPARE(library.attachments().get(AttachmentStore::idOf(picture))->data, picture);
        QCOMPARE(library.banks().bank(QStringLiteral("deck"))->shape, QStringLiteral("apkg"));
    }

    void packagesThatCannotBeReadSayWhy_data()
    {
        QTest::addColumn<QByteArray>("package");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << QByteArray("# A Markdown file named .apkg\n")
                                   << QStringLiteral("not a zip archive");
        QTest::newRow("no collection") << zipOf({{QStringLiteral("readme.txt"), QByteArray("hello")}})
                                       << QStringLiteral("holds no collection.anki2");
        QTest::newRow("newest format only") << zipOf({{QStringLiteral("collection.anki21b"), QByteArray(64, '\x28')}})
                                            << QStringLiteral("Support older Anki versions");
        QTest::newRow("collection not sqlite")
            << zipOf({{QStringLiteral("collection.anki21"), QByteArray("not a database at all")}})
            << QStringLiteral("not an Anki collection");
        QTest::newRow("no notes") << zipOf({{QStringLiteral("collection.anki2"), collection(m_dir.path(), {})}})
                                  << QStringLiteral("holds no notes");
        // A view runs SQL the file chose when it is read: only real tables are read.
        QTest::newRow("notes as a view") << zipOf(
            {{QStringLiteral("collection.anki2"), collection(m_dir.path(), kNotes, Trap::NotesAsView)}})
                                         << QStringLiteral("not an Anki collection");
        // So does a column computed when it is read (it could build a gigabyte a row).
        QTest::newRow("a computed column")
            << zipOf({{QStringLiteral("collection.anki2"), collection(m_dir.path(), kNotes, Trap::ComputedColumn)}})
            << QStringLiteral("not an Anki collection");
    }
    void packagesThatCannotBeReadSayWhy()
    {
        QFETCH(QByteArray, package);
        QFETCH(QString, message);
        const auto result = BankParser::parse(package, QStringLiteral("bad.apkg"));
        QVERIFY(result.error);
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
        QVERIFY(result.error->toString().startsWith(QStringLiteral("bad.apkg:1: ")));
        QVERIFY(result.bank.items.isEmpty());
    }

    // A picture that unpacks to more than a picture may hold (a zip bomb among the
    // media) is not unpacked past that: the answer names it instead.
    void anOversizedPictureIsNotUnpacked()
    {
        const QByteArray package
            = zipOf({{QStringLiteral("collection.anki21"), collection(m_dir.path(), kNotes.first(1))},
                     {QStringLiteral("media"), QByteArrayLiteral("{\"0\": \"ring.png\"}")},
                     {QStringLiteral("0"), png() + QByteArray(AttachmentStore::kMostBytes, '\0')}});
        const auto result = BankParser::parse(package, QStringLiteral("deck.apkg"));
        QVERIFY(!result.error);
        QVERIFY(result.bank.pictures.isEmpty());
        QVERIFY2(result.bank.items[0].answerMarkdown.endsWith(QStringLiteral("(picture: ring.png)")),
                 qPrintable(result.bank.items[0].answerMarkdown));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAnkiPackage)
#include "tst_ankipackage.moc"
