#include "core/bankparser.h"
#include "core/studylibrary.h"

#include <QTest>

using namespace sdstudy::core;

namespace {

BankParser::Result parseText(const char *text)
{
    return BankParser::parse(QByteArray(text), QStringLiteral("bank.md"));
}

const BankItem *itemNumbered(const ParsedBank &bank, int number)
{
    for (const auto &item : bank.items) {
        if (item.number == number)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestBankParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = BankParser::parse(StudyLibrary::bundledBank().content, QStringLiteral("system-design.md"));
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        m_bundled = result.bank;
    }

    void bundledBankHasEveryQuestionOnce()
    {
        QCOMPARE(m_bundled.items.size(), 780);
        for (int i = 0; i < 780; ++i)
            QCOMPARE(m_bundled.items[i].number, i + 1);
        QCOMPARE(m_bundled.title, QStringLiteral("System Design - Interview Questions"));
        QCOMPARE(m_bundled.items[0].title, QStringLiteral("What is system design? Why is it important?"));
        QCOMPARE(m_bundled.items[0].line, 5);
        QCOMPARE(m_bundled.items.last().title, QStringLiteral("How do you design a output encoding system?"));
    }

    void oneParagraphAnswerKeepsItsText()
    {
        const BankItem *first = itemNumbered(m_bundled, 1);
        QVERIFY(first->answerMarkdown.startsWith(QStringLiteral("System design is process of defining architecture")));
        QVERIFY(!first->answerMarkdown.contains(QStringLiteral("**Answer:**")));
        QVERIFY(!first->answerText.contains(QStringLiteral("Answer:")));
    }

    void boldLabelledListComesThrough()
    {
        const BankItem *item = itemNumbered(m_bundled, 2);
        QCOMPARE(item->answerMarkdown,
                 QStringLiteral("- **Horizontal**: Add more machines (scale out), better for distributed systems\n"
                                "- **Vertical**: Add more power to existing machine (scale up), simpler but limited"));
        QVERIFY(item->answerText.contains(QStringLiteral("Horizontal: Add more machines")));
    }

    void nestedListsComeThrough()
    {
        const BankItem *item = itemNumbered(m_bundled, 21);
        QVERIFY(item->answerMarkdown.contains(QStringLiteral("\n  - ")));
    }

    void blankLineInsideItem13IsKept()
    {
        const BankItem *item = itemNumbered(m_bundled, 13);
        QVERIFY(item->answerMarkdown.contains(QStringLiteral("- Fault isolation\n\nChallenges:\n- Complexity")));
        QVERIFY(item->answerMarkdown.endsWith(QStringLiteral("- Testing")));
        QVERIFY(item->answerText.contains(QStringLiteral("Challenges:")));
    }

    void mojibakeIsRepairedOnImport()
    {
        QVERIFY(itemNumbered(m_bundled, 94)->answerMarkdown.contains(QStringLiteral("traffic splitting—without")));
        const auto damaged = parseText("### 1. Pools?\n**Answer:** instances \xC3\x83\xE2\x80\x94 pool size\n");
        QVERIFY(!damaged.error);
        QCOMPARE(damaged.bank.items[0].answerMarkdown, QStringLiteral("instances × pool size"));
    }

    void codeFencesStayIntactAndHideHeadings()
    {
        const auto result = parseText("# Bank\n\n"
                                      "### 1. How do you cache?\n"
                                      "**Answer:** Like this:\n\n"
                                      "```python\n"
                                      "### 2. not a question, a comment\n"
                                      "cache[key] = value\n"
                                      "```\n\n"
                                      "### 2. Second?\n"
                                      "**Answer:** Yes.\n");
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.bank.items.size(), 2);
        QCOMPARE(result.bank.items[0].answerMarkdown,
                 QStringLiteral("Like this:\n\n```python\n### 2. not a question, a comment\ncache[key] = value\n```"));
        QVERIFY(result.bank.items[0].answerText.contains(QStringLiteral("cache[key] = value")));
        QCOMPARE(result.bank.items[1].line, 11);
    }

    void sectionHeadingsEndAnAnswer()
    {
        const auto result
            = parseText("### 1. One?\n**Answer:** First.\n\n## Next section\n\n### 2. Two?\n**Answer:** Second.\n");
        QVERIFY(!result.error);
        QCOMPARE(result.bank.items[0].answerMarkdown, QStringLiteral("First."));
    }

    // Headings with no plain text still end the answer before them, at their own line.
    void headingsWithoutPlainTextEndAnAnswer()
    {
        const auto result
            = parseText("### 1. One?\n**Answer:** First.\n\n## `code only`\n\nmore\n\n##\n\nstill more\n\n"
                        "### 2. Two?\n**Answer:** Second.\n");
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(result.bank.items.size(), 2);
        QCOMPARE(result.bank.items[0].answerMarkdown, QStringLiteral("First."));
        QCOMPARE(result.bank.items[1].line, 12);
        QCOMPARE(result.bank.items[1].answerMarkdown, QStringLiteral("Second."));
    }

    // Nothing to import: an error that names the file and the line.
    void unreadableInputNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("no questions") << QByteArray("# Just a title\n\nSome text.\n") << 1
                                      << QStringLiteral("no questions found");
        QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("no questions found");
        QTest::newRow("only an empty answer")
            << QByteArray("### 1. Q?\n**Answer:**\n") << 1 << QStringLiteral("no questions found");
        QTest::newRow("invalid utf-8") << QByteArray("### 1. Q?\n**Answer:** bad \xFF byte\n") << 2
                                       << QStringLiteral("not valid UTF-8");
    }
    void unreadableInputNamesFileAndLine()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto result = BankParser::parse(source, QStringLiteral("broken.md"));
        QVERIFY(result.error);
        QCOMPARE(result.error->fileName, QStringLiteral("broken.md"));
        QCOMPARE(result.error->line, line);
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
        QVERIFY(result.error->toString().startsWith(QStringLiteral("broken.md:%1: ").arg(line)));
    }

    // What once stopped the import now leaves out only what cannot be a question,
    // and says where and why.
    void partsThatAreNotQuestionsAreListed_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skippedLine");
        QTest::addColumn<QString>("reason");
        QTest::newRow("question at end without answer")
            << QByteArray("### 1. Q?\n**Answer:** A.\n\n### 2. Last?\n") << QStringList {QStringLiteral("Q?")} << 4
            << QStringLiteral("\u201cLast?\u201d has no answer");
        QTest::newRow("answer before any question")
            << QByteArray("# Bank\n\n**Answer:** Orphan.\n\n### 1. Q?\n**Answer:** A.\n")
            << QStringList {QStringLiteral("Q?")} << 1 << QStringLiteral("introduction under the title");
        QTest::newRow("prose section between questions")
            << QByteArray("### 1. Q?\n**Answer:** A.\n\n## Further reading\n\nA book.\n\n### 2. R?\n**Answer:** B.\n")
            << QStringList {QStringLiteral("Q?"), QStringLiteral("R?")} << 4
            << QStringLiteral("\u201cFurther reading\u201d is not a question");
    }
    void partsThatAreNotQuestionsAreListed()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, titles);
        QFETCH(int, skippedLine);
        QFETCH(QString, reason);
        const auto result = BankParser::parse(source, QStringLiteral("bank.md"));
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        QStringList found;
        for (const auto &item : result.bank.items)
            found.append(item.title);
        QCOMPARE(found, titles);
        QCOMPARE(result.bank.skipped.size(), 1);
        QCOMPARE(result.bank.skipped.first().line, skippedLine);
        QVERIFY2(result.bank.skipped.first().reason.contains(reason), qPrintable(result.bank.skipped.first().reason));
        QCOMPARE(result.bank.items.first().answerMarkdown, QStringLiteral("A."));
    }

private:
    ParsedBank m_bundled;
};

QTEST_GUILESS_MAIN(TestBankParser)
#include "tst_bankparser.moc"
