#include "core/bankimporter.h"
#include "core/database.h"
#include "core/studylibrary.h"
#include "core/topicrules.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

BankImporter::Source sourceOf(const QString &key, const QByteArray &content)
{
    // No name of the person's choosing: the bank's title names it.
    return BankImporter::Source {key, {}, key + QStringLiteral(".md"), content, std::nullopt};
}

const QByteArray kSmallBank = "# Small bank\n\n"
                              "### 1. What is a circuit breaker?\n**Answer:** Stops calls to a failing service.\n\n"
                              "### 2. What is consistent hashing?\n**Answer:** A ring that moves few keys.\n\n"
                              "### 3. What is a circuit breaker? When does it open?\n**Answer:** After repeated "
                              "failures it stops calls to a failing service.\n";

} // namespace

class TestBankImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void importsTheBundledBankWhole()
    {
        BankImporter importer(*m_db, TopicRules::bundled());
        const auto outcome = importer.import(StudyLibrary::bundledBank());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.changed);
        QCOMPARE(outcome.questionCount, 780);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT id) FROM questions")).toInt(), 780);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM questions WHERE answer_md = ''")).toInt(), 0);
        // Paraphrases fold: far fewer concepts than questions, as the bank's measured ~540.
        const int concepts = scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT concept) FROM questions")).toInt();
        QVERIFY2(concepts > 480 && concepts < 700, qPrintable(QString::number(concepts)));
    }

    void reimportingTheSameContentChangesNothing()
    {
        BankImporter importer(*m_db, TopicRules::bundled());
        QVERIFY(importer.import(sourceOf(QStringLiteral("small"), kSmallBank)).changed);
        const QString before
            = scalar(*m_db, QStringLiteral("SELECT imported_at || content_hash FROM banks")).toString();
        const auto again = importer.import(sourceOf(QStringLiteral("small"), kSmallBank));
        QVERIFY(again.error.isEmpty());
        QVERIFY(!again.changed);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT imported_at || content_hash FROM banks")).toString(), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 3);
    }

    void stableIdsSurviveRenumberingAndAnswerEdits()
    {
        BankImporter importer(*m_db, TopicRules::bundled());
        QVERIFY(importer.import(sourceOf(QStringLiteral("small"), kSmallBank)).changed);
        const QString id = scalar(*m_db, QStringLiteral("SELECT id FROM questions WHERE number = 2")).toString();

        const QByteArray renumbered
            = "# Small bank\n\n"
              "### 7. What is consistent hashing?\n**Answer:** A hash ring; adding a node moves few keys.\n\n"
              "### 8. What is a circuit breaker?\n**Answer:** Stops calls to a failing service.\n";
        const auto outcome = importer.import(sourceOf(QStringLiteral("small"), renumbered));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT id FROM questions WHERE number = 7")).toString(), id);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 2);
        QCOMPARE(BankImporter::stableId(QStringLiteral("small"), QStringLiteral("What is  Consistent Hashing")), id);
    }

    void wordForWordRepeatsGetDistinctIds()
    {
        const QByteArray repeats = "### 1. What is CDN?\n**Answer:** Edge caches.\n\n"
                                   "### 2. What is CDN?\n**Answer:** Edge caches.\n";
        BankImporter importer(*m_db, TopicRules::bundled());
        QVERIFY(importer.import(sourceOf(QStringLiteral("r"), repeats)).error.isEmpty());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT id) FROM questions")).toInt(), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT concept) FROM questions")).toInt(), 1);
    }

    void malformedBankChangesNothing()
    {
        BankImporter importer(*m_db, TopicRules::bundled());
        QVERIFY(importer.import(sourceOf(QStringLiteral("small"), kSmallBank)).changed);
        const QByteArray broken = "# Notes\n\nNo questions here.\n\n### 1. Fine?\n\n";
        const auto outcome = importer.import(sourceOf(QStringLiteral("small"), broken));
        QVERIFY2(outcome.error.startsWith(QStringLiteral("small.md:1: no questions found")), qPrintable(outcome.error));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT title FROM questions WHERE number = 2")).toString(),
                 QStringLiteral("What is consistent hashing?"));
    }

    // However a bank arrives (a file, an Anki deck made Markdown), one too large for
    // the parser's 32-bit sizes and its copies is refused before parsing.
    void aBankTooLargeIsRefusedUnparsed()
    {
        BankImporter importer(*m_db, TopicRules::bundled());
        QByteArray huge = kSmallBank;
        huge.append(QByteArray(BankImporter::kMostBytes, ' '));
        const auto outcome = importer.import(sourceOf(QStringLiteral("huge"), huge));
        QCOMPARE(outcome.error, QStringLiteral("huge.md: the bank is larger than 64 MB; nothing was imported"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM banks WHERE key = 'huge'")).toInt(), 0);
    }

    void anotherBankIsKeptApart()
    {
        BankImporter importer(*m_db, TopicRules::bundled());
        QVERIFY(importer.import(StudyLibrary::bundledBank()).changed);
        QVERIFY(importer.import(sourceOf(QStringLiteral("small"), kSmallBank)).changed);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM banks")).toInt(), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 783);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM banks WHERE key = 'small'")).toString(),
                 QStringLiteral("Small bank"));
        // Search sees both, and an index entry for every question.
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM questions_fts WHERE questions_fts MATCH 'breaker*'"))
                .toInt(),
            scalar(*m_db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM questions WHERE title LIKE '%breaker%' OR answer_text LIKE '%breaker%'"))
                .toInt());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

QTEST_GUILESS_MAIN(TestBankImporter)
#include "tst_bankimporter.moc"
