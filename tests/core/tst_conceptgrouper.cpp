#include "core/bankparser.h"
#include "core/conceptgrouper.h"
#include "core/studylibrary.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace sdstudy::core;

namespace {

struct LabelledPair
{
    int a = 0;
    int b = 0;
    bool same = false;
};

QList<LabelledPair> labelledPairs()
{
    QFile file(QStringLiteral(SDSTUDY_TEST_DATA "/duplicate-pairs.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the labelled pairs");
    QList<LabelledPair> pairs;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto fields = line.split('\t');
        pairs.append({fields[0].toInt(), fields[1].toInt(), fields[2] == "same"});
    }
    return pairs;
}

} // namespace

class TestConceptGrouper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto parsed = BankParser::parse(StudyLibrary::bundledBank().content, QStringLiteral("system-design.md"));
        QVERIFY(!parsed.error);
        QList<ConceptGrouper::Question> questions;
        for (const auto &item : parsed.bank.items)
            questions.append({item.title, item.answerText});
        const auto leaders = ConceptGrouper::group(questions);
        for (qsizetype i = 0; i < leaders.size(); ++i)
            m_conceptOf.insert(parsed.bank.items[i].number, parsed.bank.items[leaders[i]].number);
    }

    // Precision: of the labelled pairs the grouper joins, how many are truly one
    // concept. Joining two different questions hides one from the person, so this
    // is the number that must stay high; recall only decides how much folding we get.
    void precisionOnHandLabelledPairs()
    {
        int joinedRight = 0, joinedWrong = 0, sameTotal = 0;
        for (const auto &pair : labelledPairs()) {
            const bool joined = m_conceptOf.value(pair.a) == m_conceptOf.value(pair.b);
            sameTotal += pair.same;
            if (joined && pair.same)
                ++joinedRight;
            else if (joined)
                ++joinedWrong;
        }
        const double precision = double(joinedRight) / double(joinedRight + joinedWrong);
        const double recall = double(joinedRight) / double(sameTotal);
        qInfo("precision %.3f (%d of %d joined pairs), recall %.3f (%d of %d same pairs)", precision, joinedRight,
              joinedRight + joinedWrong, recall, joinedRight, sameTotal);
        QVERIFY2(precision >= 0.97, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.80, qPrintable(QString::number(recall)));
    }

    void siblingsThatDifferStayApart_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::newRow("scale in vs out / up vs out") << 86 << 102;
        QTest::newRow("scale in vs out / in vs down") << 86 << 118;
        QTest::newRow("2PC / 3PC") << 278 << 488;
        QTest::newRow("database 2PC / 3PC") << 486 << 488;
        QTest::newRow("blue-green vs canary / vs rolling") << 58 << 126;
        QTest::newRow("blue-green / canary") << 253 << 254;
        QTest::newRow("eventual / strong vs eventual") << 18 << 88;
        QTest::newRow("idempotency / idempotency key") << 54 << 73;
        QTest::newRow("design a rate limiter / what is rate limiting") << 31 << 62;
    }
    void siblingsThatDifferStayApart()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QVERIFY(m_conceptOf.value(a) != m_conceptOf.value(b));
    }

    void paraphrasesFold()
    {
        // Circuit breaker is asked many times; its plain phrasings are one concept.
        for (int n : {117, 141, 206, 241})
            QCOMPARE(m_conceptOf.value(n), 53);
        // Word-order does not matter: "scale up vs out" is "scale out vs up".
        QCOMPARE(m_conceptOf.value(220), m_conceptOf.value(183));
        // A concept is named after its first phrasing.
        QCOMPARE(m_conceptOf.value(53), 53);
    }

    void emptyInputGivesNoGroups()
    {
        QVERIFY(ConceptGrouper::group({}).isEmpty());
        const auto single = ConceptGrouper::group({{QStringLiteral("?"), QString()}});
        QCOMPARE(single, QList<qsizetype> {0});
    }

    // A bank that asks one thing tens of thousands of times is grouped in one pass,
    // not by comparing every pair (which took minutes here before).
    void manyQuestionsWithOneTitleAreOneConcept()
    {
        QList<ConceptGrouper::Question> questions;
        for (int i = 0; i < 50'000; ++i)
            questions.append(
                {QStringLiteral("What is a circuit breaker?"), QStringLiteral("It stops calls, attempt %1.").arg(i)});
        questions.append(
            {QStringLiteral("What is a bloom filter?"), QStringLiteral("A set that may say yes wrongly.")});
        questions.append({QStringLiteral("?"), QString()});
        questions.append({QStringLiteral("?"), QString()});
        const auto leaders = ConceptGrouper::group(questions);
        QCOMPARE(QSet<qsizetype>(leaders.cbegin(), leaders.cbegin() + 50'000), QSet<qsizetype> {0});
        QCOMPARE(leaders.at(50'000), 50'000);
        QCOMPARE(leaders.at(50'001), 50'001); // nothing to tell what they ask: never folded
        QCOMPARE(leaders.at(50'002), 50'002);
    }

private:
    QHash<int, int> m_conceptOf; // question number -> number of its concept's first phrasing
};

QTEST_GUILESS_MAIN(TestConceptGrouper)
#include "tst_conceptgrouper.moc"
