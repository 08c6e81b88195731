// Banks in the shapes people write them in, each in a file written here as such
// banks are found on GitHub, read without help.

#include "core/bankparser.h"

#include <QTest>

using namespace sdstudy::core;

namespace {

ParsedBank parsed(const QByteArray &text, const QString &name = QStringLiteral("bank.md"))
{
    const auto result = BankParser::parse(text, name);
    if (result.error)
        qWarning("%s", qPrintable(result.error->toString()));
    return result.bank;
}

QStringList titles(const ParsedBank &bank)
{
    QStringList list;
    for (const auto &item : bank.items)
        list.append(item.title);
    return list;
}

QStringList reasons(const ParsedBank &bank)
{
    QStringList list;
    for (const auto &part : bank.skipped)
        list.append(QStringLiteral("%1: %2").arg(part.line).arg(part.reason));
    return list;
}

} // namespace

class TestBankShapes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(); }

    void numberedHeadingsWithSeveralLabelledAnswers()
    {
        const auto bank = parsed("# Interview prep\n\n"
                                 "### 1. What is a load balancer?\n"
                                 "**Short Answer:** It spreads requests.\n\n"
                                 "**Detailed Answer:** It sits in front of servers\nand picks one per request.\n\n"
                                 "### 2. How do you scale reads?\n"
                                 "**Strategy**: Replicas first.\n\n"
                                 "**Answer:** Add read replicas and a cache.\n\n"
                                 "### 3. What is a CDN?\n"
                                 "**Answer:** Edge caches near users.\n");
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("headings-3"));
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is a load balancer?"), QStringLiteral("How do you scale reads?"),
                               QStringLiteral("What is a CDN?")}));
        QCOMPARE(bank.items[0].answerMarkdown,
                 QStringLiteral("**Short Answer:** It spreads requests.\n\n**Detailed Answer:** It sits in front of "
                                "servers\nand picks one per request."));
        QCOMPARE(bank.items[1].answerMarkdown,
                 QStringLiteral("**Strategy**: Replicas first.\n\n**Answer:** Add read replicas and a cache."));
        QCOMPARE(bank.items[2].answerMarkdown, QStringLiteral("Edge caches near users."));
        QCOMPARE(bank.items[2].number, 3);
        QCOMPARE(bank.title, QStringLiteral("Interview prep"));
        QVERIFY(bank.shapeIsCertain);
    }

    void questionHeadingsWithMetadataAnchorsTableOfContentsAndSeparators()
    {
        const auto bank = parsed("# System Design Questions\n\n"
                                 "## Table of Contents\n\n"
                                 "- [What is sharding?](#q1-what-is-sharding)\n"
                                 "- [How does a cache evict?](#q2)\n\n"
                                 "---\n\n"
                                 "<a name=\"q1\"></a>\n"
                                 "### Q1: What is sharding?\n\n"
                                 "**Difficulty**: Hard\n"
                                 "**Companies:** Uber, Lyft\n\n"
                                 "Splitting data across nodes by a key.\n\n"
                                 "**[\u2b06 Back to Top](#table-of-contents)**\n\n"
                                 "---\n\n"
                                 "### <a id=\"q2\"></a>How does a cache evict?\n\n"
                                 "By LRU, LFU or TTL.\n\n---\n");
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is sharding?"), QStringLiteral("How does a cache evict?")}));
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("Splitting data across nodes by a key."));
        QCOMPARE(bank.items[0].tags,
                 (QStringList {QStringLiteral("Difficulty: Hard"), QStringLiteral("Companies: Uber, Lyft")}));
        QCOMPARE(bank.items[0].number, 1);
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("By LRU, LFU or TTL."));
        QCOMPARE(reasons(bank), QStringList {QStringLiteral("3: a table of contents; left out")});
    }

    void topicGroupsBecomeTheTopicTree()
    {
        const auto bank = parsed("# Bank\n\n"
                                 "## Caching\n\n"
                                 "### What is a write-through cache?\nWrites go to cache and store.\n\n"
                                 "### What is cache stampede?\nMany misses at once.\n\n"
                                 "## Messaging\n\n"
                                 "### What is a dead letter queue?\nWhere failed messages go.\n");
        QCOMPARE(bank.items.size(), 3);
        QCOMPARE(bank.items[0].topic, QStringLiteral("Caching"));
        QCOMPARE(bank.items[1].topic, QStringLiteral("Caching"));
        QCOMPARE(bank.items[2].topic, QStringLiteral("Messaging"));
        QVERIFY(bank.items[2].subtopic.isEmpty());
        QVERIFY(bank.skipped.isEmpty());
    }

    // A numbered topic heading reads like a question; with questions under it, it is
    // their topic, whether or not text comes before them.
    void numberedTopicHeadingsStayTopics()
    {
        const auto bank = parsed("# Bank\n\n## 1. Caching\n\nCaching keeps copies near.\n\n"
                                 "### What is a CDN?\nEdge.\n\n### Why cache?\nSpeed.\n\n"
                                 "## 2. Databases\n\n### What is sharding?\nSplit.\n");
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is a CDN?"), QStringLiteral("Why cache?"),
                               QStringLiteral("What is sharding?")}));
        QCOMPARE(bank.items[0].topic, QStringLiteral("Caching"));
        QCOMPARE(bank.items[2].topic, QStringLiteral("Databases"));
    }

    // Lines written to make pattern matching slow, and blocks that never close, are
    // read in time proportional to the file; with the old patterns each of these
    // lines took from seconds to minutes.
    void hostileLinesAreReadWithoutHanging()
    {
        const QByteArray spaces(100000, ' ');
        QByteArray text = "### What is X?\n**a" + spaces + "x\n**Q" + spaces + "x\n**Tags" + spaces + "x\n" + "# a"
            + QByteArray(5000, ' ') + "x\n[" + QByteArray("top").repeated(60000) + ")\n"
            + QByteArray("<a href=\"").repeated(60000) + ">x\n";
        for (int i = 0; i < 30000; ++i)
            text += "<details><summary>Q</summary>\n";
        text += "### What is Y?\nWhy.\n";
        const auto bank = parsed(text);
        QCOMPARE(titles(bank), (QStringList {QStringLiteral("What is X?"), QStringLiteral("What is Y?")}));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Why."));
    }

    // One heading over every question is a wrapper, not a grouping.
    void oneHeadingOverAllIsNoTopic()
    {
        const auto bank = parsed("## Questions\n\n### What is a queue?\nA buffer.\n\n### What is a topic?\nA log.\n");
        QCOMPARE(bank.items.size(), 2);
        QVERIFY(bank.items[0].topic.isEmpty());
    }

    void sectionWithQuestionLabelScenarioAndAnswerSubheading()
    {
        const auto bank = parsed("# Case studies\n\n"
                                 "## Case 1: Ride sharing\n\n"
                                 "**Scenario:** A city of two million riders.\n\n"
                                 "**Question:** How would you match riders\nwith nearby drivers?\n\n"
                                 "#### Answer\n\n"
                                 "Use a geohash index of drivers.\n\n"
                                 "#### Follow-up\n\nSurge pricing.\n\n"
                                 "## Case 2: Chat\n\n"
                                 "**Question:** How do you show who is online?\n\n"
                                 "### Solution\n\nHeartbeats into a presence service.\n");
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("labels"));
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("How would you match riders with nearby drivers?"),
                               QStringLiteral("How do you show who is online?")}));
        const QString &first = bank.items[0].answerMarkdown;
        QVERIFY2(first.startsWith(QStringLiteral("**Scenario:** A city of two million riders.")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("Use a geohash index of drivers.")), qPrintable(first));
        QVERIFY2(first.endsWith(QStringLiteral("Surge pricing.")), qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("Question:")));
        QVERIFY2(!first.contains(QStringLiteral("#### Answer")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("riders.\n\nUse a geohash")), qPrintable(first));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Heartbeats into a presence service."));
        QCOMPARE(bank.items[0].line, 5);
    }

    void detailsBlocksWithMultiLineSummariesAndEmptyAnswers()
    {
        const auto bank = parsed("# Flash cards\n\n"
                                 "<details>\n<summary>What is idempotency?</summary>\n\n"
                                 "Doing it twice is doing it once.\n\n</details>\n\n"
                                 "<details><summary><b>How do you\nshard a table?</b></summary>\n\n"
                                 "By a hash of the key.\n\n"
                                 "<details><summary>Show answer</summary>nested hint</details>\n\n"
                                 "</details>\n\n"
                                 "<details><summary>Why use a queue?</summary>\n\n</details>\n");
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("details"));
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is idempotency?"), QStringLiteral("How do you shard a table?")}));
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("Doing it twice is doing it once."));
        QVERIFY(bank.items[1].answerMarkdown.startsWith(QStringLiteral("By a hash of the key.")));
        QVERIFY(bank.items[1].answerMarkdown.contains(QStringLiteral("nested hint")));
        QCOMPARE(reasons(bank),
                 QStringList {QStringLiteral("19: \u201cWhy use a queue?\u201d has no answer; left out")});
    }

    // Answers wrapped in layout HTML, as <details> banks write them, read as Markdown;
    // a block of tags and nothing else is no answer.
    void layoutHtmlBecomesMarkdown()
    {
        const auto bank = parsed("<details>\n<summary>What is a canary release?</summary><br><b>\n\n"
                                 "A release to <code>1%</code> of users first,<br>then to all.\n"
                                 "See <a href=\"https://example.com/canary\">the guide</a>.\n</b></details>\n\n"
                                 "<details>\n<summary>What is toil?</summary><br><b>\n</b></details>\n\n"
                                 "<details>\n<summary>What is an SLO?</summary><br><b>\n\nA target.\n"
                                 "```\n<b>kept in code</b>\n```\n</b></details>\n");
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is a canary release?"), QStringLiteral("What is an SLO?")}));
        QCOMPARE(bank.items[0].answerMarkdown,
                 QStringLiteral("A release to `1%` of users first, then to all.\n"
                                "See [the guide](https://example.com/canary)."));
        QVERIFY(bank.items[1].answerMarkdown.contains(QStringLiteral("```\n<b>kept in code</b>\n```")));
        QCOMPARE(reasons(bank), QStringList {QStringLiteral("8: \u201cWhat is toil?\u201d has no answer; left out")});
    }

    // A question heading whose answer hides in a collapsed block is one question.
    void answerHiddenInDetailsUnderAHeading()
    {
        const auto bank
            = parsed("### 1. What is a bloom filter?\n\n<details>\n<summary>Answer</summary>\n\n"
                     "A set that may say yes wrongly.\n\n</details>\n\n"
                     "### 2. What is a skip list?\n\n<details><summary>Answer</summary>\n\nLayers of links.\n"
                     "</details>\n");
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("headings-3"));
        QCOMPARE(bank.items.size(), 2);
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("A set that may say yes wrongly."));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Layers of links."));
    }

    void questionAndAnswerPairs()
    {
        const auto bank = parsed("# Quick review\n\n## Databases\n\n"
                                 "**Q:** What is an index?\n**A:** A sorted structure\nfor fast lookups.\n\n"
                                 "**Q:** What is MVCC?\n\n**A:** Versions per row.\n\n"
                                 "## Networks\n\n"
                                 "**Q1.** What is TCP slow start?\n**A1.** A window that grows.\n");
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("labels"));
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is an index?"), QStringLiteral("What is MVCC?"),
                               QStringLiteral("What is TCP slow start?")}));
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("A sorted structure\nfor fast lookups."));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Versions per row."));
        QCOMPARE(bank.items[2].answerMarkdown, QStringLiteral("A window that grows."));
        QCOMPARE(bank.items[0].topic, QStringLiteral("Databases"));
        QCOMPARE(bank.items[2].topic, QStringLiteral("Networks"));
    }

    void numberedListOfBoldQuestions()
    {
        const auto bank = parsed("# 30 questions\n\n"
                                 "1. **What is a reverse proxy?**\n"
                                 "   A server in front of servers.\n\n"
                                 "   - hides them\n   - terminates TLS\n\n"
                                 "2. **Why rate limit?** To protect a service.\n\n"
                                 "3. **What is backpressure?**\n\n"
                                 "   Slowing producers down.\n");
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("bold-lines"));
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is a reverse proxy?"), QStringLiteral("Why rate limit?"),
                               QStringLiteral("What is backpressure?")}));
        QCOMPARE(bank.items[0].answerMarkdown,
                 QStringLiteral("A server in front of servers.\n\n- hides them\n- terminates TLS"));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("To protect a service."));
        QCOMPARE(bank.items[2].answerMarkdown, QStringLiteral("Slowing producers down."));
        QCOMPARE(bank.items[2].number, 3);
    }

    void proseAndTutorialSectionsAreLeftOutAndListed()
    {
        const auto bank = parsed("# Guide\n\nWelcome to the guide.\n\n"
                                 "## How to use this guide\n\nRead a bit each day.\n\n"
                                 "## Caching\n\nCaching keeps copies near.\n\n"
                                 "### What is a TTL?\nHow long a copy lives.\n\n"
                                 "## Tutorial: building a cache\n\nStep 1. Pick a map.\n\nStep 2. Add eviction.\n\n"
                                 "### What is LRU?\nEvict the least recently used.\n\n"
                                 "## Resources\n\n- a link\n");
        QCOMPARE(titles(bank), (QStringList {QStringLiteral("What is a TTL?"), QStringLiteral("What is LRU?")}));
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("How long a copy lives."));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Evict the least recently used."));
        const QStringList why = reasons(bank);
        QCOMPARE(why.size(), 5);
        QVERIFY2(why[0].startsWith(QStringLiteral("1: the introduction")), qPrintable(why[0]));
        QVERIFY2(why[1].startsWith(QStringLiteral("5: \u201cHow to use this guide\u201d is not a question")),
                 qPrintable(why[1]));
        QVERIFY2(why[2].startsWith(QStringLiteral("9: \u201cCaching\u201d is not a question")), qPrintable(why[2]));
        QVERIFY2(why[3].startsWith(QStringLiteral("16: \u201cTutorial: building a cache\u201d")), qPrintable(why[3]));
        QVERIFY2(why[4].startsWith(QStringLiteral("25: \u201cResources\u201d")), qPrintable(why[4]));
    }

    void mixedLineEndsByteOrderMarkAndMojibake()
    {
        QByteArray text = "\xEF\xBB\xBF# Bank\r\n\r\n### 1. What is a p99?\r\n**Answer:** The 99th percentile "
                          "\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D "
                          "slowest 1%.\r\n\n### 2. What is jitter?\n**Answer:** Random delay.\r\n";
        const auto bank = parsed(text);
        QCOMPARE(bank.title, QStringLiteral("Bank"));
        QCOMPARE(titles(bank), (QStringList {QStringLiteral("What is a p99?"), QStringLiteral("What is jitter?")}));
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("The 99th percentile \u2014 slowest 1%."));
        QCOMPARE(bank.items[1].line, 6);
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("Random delay."));
    }

    // Text that only looks like structure inside code stays in its answer.
    void codeFencesAreNeverStructure()
    {
        const auto bank = parsed("**Q:** How do you print a heading?\n**A:** Like this:\n\n"
                                 "```\n## not a topic\n**Q:** not a question\n```\n\n"
                                 "**Q:** And then?\n**A:** Done.\n");
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("How do you print a heading?"), QStringLiteral("And then?")}));
        QVERIFY(bank.items[0].answerMarkdown.contains(QStringLiteral("**Q:** not a question")));
    }

    void csvWithHeaderQuotesAndLineBreaks()
    {
        const auto bank = parsed("Question,Answer,Topic,Tags\n"
                                 "What is a WAL?,\"A log written first, then applied.\",Storage,durability\n"
                                 "\"What is a \"\"hot\"\" partition?\",\"One partition\ntaking most traffic.\",Kafka,"
                                 "\"kafka, scaling\"\n"
                                 "Empty one?,,Storage,\n",
                                 QStringLiteral("cards.csv"));
        QCOMPARE(bank.shape.formatName(), QStringLiteral("csv"));
        QCOMPARE(titles(bank),
                 (QStringList {QStringLiteral("What is a WAL?"), QStringLiteral("What is a \"hot\" partition?")}));
        QCOMPARE(bank.items[0].answerMarkdown, QStringLiteral("A log written first, then applied."));
        QCOMPARE(bank.items[1].answerMarkdown, QStringLiteral("One partition\ntaking most traffic."));
        QCOMPARE(bank.items[1].topic, QStringLiteral("Kafka"));
        QCOMPARE(bank.items[1].tags, (QStringList {QStringLiteral("kafka"), QStringLiteral("scaling")}));
        QCOMPARE(bank.items[1].line, 3);
        QCOMPARE(reasons(bank), QStringList {QStringLiteral("5: \u201cEmpty one?\u201d has no answer; left out")});
    }

    void tsvWithFrontAndBackColumns()
    {
        const auto bank
            = parsed("Deck\tFront\tBack\nNet\tWhat is DNS?\tNames to addresses.\n", QStringLiteral("x.tsv"));
        QCOMPARE(bank.shape.shapeName(), QStringLiteral("tsv"));
        QCOMPARE(titles(bank), QStringList {QStringLiteral("What is DNS?")});
        QCOMPARE(bank.items[0].topic, QStringLiteral("Net"));
    }

    // The shape a person picks in the assistant wins over detection.
    void aChosenShapeIsReadAsChosen()
    {
        const QByteArray text = "## Load balancing\nSpreads load.\n\n## Sharding\nSplits data.\n";
        QVERIFY(BankParser::parse(text, QStringLiteral("c.md")).error);
        BankShape every;
        every.headingLevel = 2;
        every.everyHeading = true;
        const auto result = BankParser::parse(text, QStringLiteral("c.md"), every);
        QVERIFY(!result.error);
        QCOMPARE(titles(result.bank), (QStringList {QStringLiteral("Load balancing"), QStringLiteral("Sharding")}));
        QCOMPARE(BankShape::fromSerialized(every.serialized()), std::optional(every));
    }
};

QTEST_GUILESS_MAIN(TestBankShapes)
#include "tst_bankshapes.moc"
