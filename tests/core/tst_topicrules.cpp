#include "core/bankparser.h"
#include "core/studylibrary.h"
#include "core/topicrules.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace sdstudy::core;

namespace {

// A one-topic rule file around a single rule.
QByteArray rulesWith(const char *rule)
{
    return QByteArray("{\"topics\":[{\"name\":\"A\",\"subtopics\":[\"B\"]}],"
                      "\"catchAll\":{\"topic\":\"A\",\"subtopic\":\"Other\"},\"rules\":[")
        + rule + "]}";
}

} // namespace

class TestTopicRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The bundled rules load without compiling their patterns (a start that imports
    // nothing never pays for them); here every one is compiled and checked.
    void theBundledPatternsAreValid()
    {
        QFile file(QStringLiteral(":/topics.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto rules = TopicRules::fromJson(file.readAll(), &error, TopicRules::Patterns::Validate);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->fingerprint(), TopicRules::bundled().fingerprint());
    }

    void initTestCase()
    {
        const auto result = BankParser::parse(StudyLibrary::bundledBank().content, QStringLiteral("system-design.md"));
        QVERIFY(!result.error);
        for (const auto &item : result.bank.items)
            m_titles.insert(item.number, item.title);
    }

    void treeHasAboutFourteenTopics()
    {
        const auto &topics = TopicRules::bundled().topics();
        QVERIFY(topics.size() >= 12 && topics.size() <= 16);
        for (const auto &t : topics)
            QVERIFY2(!t.subtopics.isEmpty(), qPrintable(t.name));
    }

    void everyQuestionSitsInExactlyOneKnownSubtopic()
    {
        const auto &rules = TopicRules::bundled();
        int catchAll = 0;
        QHash<QString, int> perTopic;
        for (const auto &title : std::as_const(m_titles)) {
            const TopicPlacement p = rules.place(title);
            QVERIFY(!p.topic.isEmpty() && !p.subtopic.isEmpty());
            QCOMPARE(rules.topics().at(p.topicRank).name, p.topic);
            QCOMPARE(rules.topics().at(p.topicRank).subtopics.at(p.subtopicRank), p.subtopic);
            catchAll += rules.isCatchAll(p);
            ++perTopic[p.topic];
        }
        // At most 2% may land in the catch-all.
        QVERIFY2(catchAll * 50 <= m_titles.size(), qPrintable(QString::number(catchAll)));
        // Every topic is used: no dead branches in the tree.
        for (const auto &t : rules.topics())
            QVERIFY2(perTopic.value(t.name) > 0, qPrintable(t.name));
    }

    void questionsLandWhereAPersonWouldLook_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("subtopic");
        const QString messaging = QStringLiteral("Messaging & streaming");
        // "database stream/consumer/producer" items are about Kafka, not databases.
        QTest::newRow("650 stream processing") << 650 << messaging << QStringLiteral("Stream processing");
        QTest::newRow("638 consumer offset commit") << 638 << messaging << QStringLiteral("Kafka consumers");
        QTest::newRow("679 producer idempotence") << 679 << messaging << QStringLiteral("Kafka producers");
        QTest::newRow("685 broker") << 685 << messaging << QStringLiteral("Kafka topics, brokers & replication");
        QTest::newRow("694 topic") << 694 << messaging << QStringLiteral("Kafka topics, brokers & replication");
        QTest::newRow("772 enable auto commit") << 772 << messaging << QStringLiteral("Kafka consumers");
        QTest::newRow("616 CDC source") << 616 << messaging << QStringLiteral("Change data capture & outbox");
        QTest::newRow("271 partition in Kafka")
            << 271 << messaging << QStringLiteral("Kafka topics, brokers & replication");
        QTest::newRow("21 URL shortener")
            << 21 << QStringLiteral("Classic design problems") << QStringLiteral("Product systems");
        QTest::newRow("31 rate limiter") << 31 << QStringLiteral("Classic design problems")
                                         << QStringLiteral("Building blocks");
        QTest::newRow("41 billion requests")
            << 41 << QStringLiteral("Classic design problems") << QStringLiteral("Scale scenarios");
        QTest::newRow("3 CAP") << 3 << QStringLiteral("Replication, consistency & consensus")
                               << QStringLiteral("CAP & trade-offs");
        QTest::newRow("257 consistent hashing")
            << 257 << QStringLiteral("Databases & storage internals") << QStringLiteral("Sharding & partitioning");
        QTest::newRow("461 LSM tree") << 461 << QStringLiteral("Databases & storage internals")
                                      << QStringLiteral("Storage engines");
        QTest::newRow("53 circuit breaker")
            << 53 << QStringLiteral("Reliability & resilience") << QStringLiteral("Circuit breakers & bulkheads");
        QTest::newRow("609 SLO system") << 609 << QStringLiteral("Observability & SRE")
                                        << QStringLiteral("SLIs, SLOs & SLAs");
        QTest::newRow("717 RBAC") << 717 << QStringLiteral("Security") << QStringLiteral("Authorization & access");
        QTest::newRow("378 audit log") << 378 << QStringLiteral("Security") << QStringLiteral("Authorization & access");
        QTest::newRow("570 failover testing")
            << 570 << QStringLiteral("Reliability & resilience") << QStringLiteral("Resilience testing");
        QTest::newRow("5 LB algorithms") << 5 << QStringLiteral("Scalability & load balancing")
                                         << QStringLiteral("Load balancing & proxies");
        QTest::newRow("494 event store") << 494 << QStringLiteral("Architecture & microservices")
                                         << QStringLiteral("Event-driven, CQRS & event sourcing");
    }
    void questionsLandWhereAPersonWouldLook()
    {
        QFETCH(int, number);
        QFETCH(QString, topic);
        QFETCH(QString, subtopic);
        const TopicPlacement p = TopicRules::bundled().place(m_titles.value(number));
        QCOMPARE(p.topic, topic);
        QCOMPARE(p.subtopic, subtopic);
    }

    void titlesAreTidiedForDisplay_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shown");
        QTest::newRow("an API") << QStringLiteral("How do you design a API gateway (detailed)?")
                                << QStringLiteral("How do you design an API gateway (detailed)?");
        QTest::newRow("an OAuth") << QStringLiteral("How do you design a OAuth provider?")
                                  << QStringLiteral("How do you design an OAuth provider?");
        QTest::newRow("an audit") << QStringLiteral("How do you design a audit log system?")
                                  << QStringLiteral("How do you design an audit log system?");
        QTest::newRow("a URL stays") << QStringLiteral("How do you design a URL shortener?")
                                     << QStringLiteral("How do you design a URL shortener?");
        QTest::newRow("kafka item") << QStringLiteral("What is database stream consumer lag alert?")
                                    << QStringLiteral("What is stream consumer lag alert?");
        QTest::newRow("real database item") << QStringLiteral("What is database WAL (Write-Ahead Log)?")
                                            << QStringLiteral("What is database WAL (Write-Ahead Log)?");
    }
    void titlesAreTidiedForDisplay()
    {
        QFETCH(QString, title);
        QFETCH(QString, shown);
        QCOMPARE(TopicRules::bundled().displayTitle(title), shown);
    }

    void brokenRulesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{ topics: ") << QStringLiteral("at byte");
        QTest::newRow("no topics") << QByteArray("{\"topics\": []}") << QStringLiteral("no topics");
        QTest::newRow("unknown subtopic")
            << rulesWith("{\"topic\":\"A\",\"subtopic\":\"C\",\"title\":[\"x\"]}") << QStringLiteral("\"A / C\"");
        QTest::newRow("bad pattern") << rulesWith("{\"topic\":\"A\",\"subtopic\":\"B\",\"title\":[\"(unclosed\"]}")
                                     << QStringLiteral("(unclosed");
    }
    void brokenRulesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!TopicRules::fromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

private:
    QHash<int, QString> m_titles;
};

QTEST_GUILESS_MAIN(TestTopicRules)
#include "tst_topicrules.moc"
