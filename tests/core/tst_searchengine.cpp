#include "core/searchquery.h"
#include "core/studylibrary.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;

class TestSearchEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
    }

    // A search that fails only warns (the window shows no results); here any warning fails the test.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void titleMatchesRankFirst()
    {
        const auto hits = m_library.search().search(QStringLiteral("circuit breaker"), 10);
        QCOMPARE(hits.size(), 10);
        for (const auto &hit : hits.first(5))
            QVERIFY2(hit.title.contains(QStringLiteral("circuit breaker"), Qt::CaseInsensitive), qPrintable(hit.title));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].score >= hits[i].score);
    }

    // Questions about the words, with every one in the title, come before those
    // that only mention them, whatever an answer's many mentions score.
    void questionsAboutTheWordsComeFirst_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"cache", "queue", "load balancer", "replication lag", "rate limit", "shard", "cache st"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void questionsAboutTheWordsComeFirst()
    {
        QFETCH(QString, text);
        const QRegularExpression pattern = SearchEngine::wordsPattern(text);
        const auto hasEveryWord = [&pattern, &text](const QString &title) {
            QSet<int> words;
            for (auto m = pattern.globalMatch(title); m.hasNext();) {
                const auto match = m.next();
                for (int group = 1; group <= pattern.captureCount(); ++group)
                    words.insert(match.capturedStart(group) >= 0 ? group : 0);
            }
            words.remove(0);
            return words.size() == text.split(QLatin1Char(' ')).size();
        };
        const auto hits = m_library.search().search(text, 200);
        QVERIFY(hits.size() > 5);
        qsizetype aboutIt = 0;
        while (aboutIt < hits.size() && hasEveryWord(hits[aboutIt].title))
            ++aboutIt;
        QVERIFY(aboutIt > 0);
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QVERIFY2(hasEveryWord(hits[i].title) == (i < aboutIt), qPrintable(hits[i].title));
            QCOMPARE(hits[i].inTitle, i < aboutIt);
            if (i > 0 && i != aboutIt)
                QVERIFY(hits[i - 1].score >= hits[i].score);
        }
    }

    // A word too short to look up narrows what the longer ones found to those
    // with a word that starts so, wherever it stands: after a space, a line break
    // or a bracket.
    void aShortWordNarrowsToWordsStartingSo_data()
    {
        QTest::addColumn<QString>("shortWord");
        QTest::newRow("many have it") << QStringLiteral("d");
        QTest::newRow("few have it") << QStringLiteral("ge");
    }
    void aShortWordNarrowsToWordsStartingSo()
    {
        QFETCH(QString, shortWord);
        const QRegularExpression startsSo(QStringLiteral("\\b") + shortWord, QRegularExpression::CaseInsensitiveOption);
        QSet<QString> expected;
        for (const SearchHit &hit : m_library.search().search(QStringLiteral("cache"), 1000)) {
            const auto question = m_library.questions().question(hit.id);
            if (startsSo.match(question->title + QLatin1Char('\n') + question->answerMarkdown).hasMatch())
                expected.insert(hit.id);
        }
        QVERIFY(!expected.isEmpty());
        QSet<QString> found;
        for (const SearchHit &hit : m_library.search().search(QStringLiteral("cache ") + shortWord, 1000))
            found.insert(hit.id);
        QCOMPARE(found, expected);
    }

    void everyWordIsAPrefixAndAllAreRequired()
    {
        const auto hits = m_library.search().search(QStringLiteral("consis hash"), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().number, 257); // "What is consistent hashing?"
        for (const auto &hit : hits)
            QVERIFY(hit.title.contains(QStringLiteral("consis"), Qt::CaseInsensitive)
                    || hit.markedSnippet().contains(QStringLiteral("consis"), Qt::CaseInsensitive));
    }

    void aShortLastWordNarrowsTheLongOnes()
    {
        const auto hits = m_library.search().search(QStringLiteral("consistent h"), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().number, 257);
        QVERIFY(m_library.search().search(QStringLiteral("consistent zq"), 5).isEmpty());
    }

    // A snippet shows the place where most of the words typed are found, each
    // of them marked, on one line.
    void aSnippetShowsTheWordsTogether()
    {
        const auto hits = m_library.search().search(QStringLiteral("cache invalidation"), 10);
        const auto distributed
            = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &hit) { return hit.number == 30; });
        QVERIFY(distributed != hits.cend()); // "Design a distributed cache."
        // Its answer is a list, "Cache invalidation" one line of it.
        QVERIFY2(distributed->markedSnippet().contains(QStringLiteral("[Cache] [invalidation]")),
                 qPrintable(distributed->markedSnippet()));
        QVERIFY2(!distributed->snippet.contains(QLatin1Char('\n')), qPrintable(distributed->snippet));
        // A word still too short to look up is marked too, as in the titles.
        const auto typing = m_library.search().search(QStringLiteral("cache i"), 50);
        const auto stillThere
            = std::find_if(typing.cbegin(), typing.cend(), [](const SearchHit &hit) { return hit.number == 30; });
        QVERIFY(stillThere != typing.cend());
        QVERIFY2(stillThere->markedSnippet().contains(QStringLiteral("[Cache] [invalidation]")),
                 qPrintable(stillThere->markedSnippet()));
    }

    void answersAreSearchedToo()
    {
        // "PgBouncer" appears in answers of questions whose titles do not name it.
        const auto hits = m_library.search().search(QStringLiteral("pgbouncer"), 50);
        QVERIFY(hits.size() >= 3);
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &h) {
            return !h.title.contains(QStringLiteral("PgBouncer"), Qt::CaseInsensitive)
                && h.markedSnippet().contains(QStringLiteral("[PgBouncer]"), Qt::CaseInsensitive);
        }));
    }

    void repairedTextIsFound()
    {
        const auto hits = m_library.search().search(QStringLiteral("instances × pool"), 5);
        QVERIFY(!hits.isEmpty());
    }

    void limitIsHonoured() { QCOMPARE(m_library.search().search(QStringLiteral("database"), 7).size(), 7); }

    void queriesAreNeverSqlOrFtsSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstTitleHas"); // empty: nothing should match
        QTest::newRow("quotes") << QStringLiteral("\"cache") << QStringLiteral("cach");
        QTest::newRow("fts operators") << QStringLiteral("cache OR NOT AND NEAR(") << QString();
        QTest::newRow("column filter") << QStringLiteral("title:cache") << QString();
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE questions; --") << QString();
        QTest::newRow("star") << QStringLiteral("*") << QString();
    }
    void queriesAreNeverSqlOrFtsSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstTitleHas);
        const auto hits = m_library.search().search(text, 5);
        if (firstTitleHas.isEmpty())
            QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).title));
        else
            QVERIFY2(!hits.isEmpty() && hits.first().title.contains(firstTitleHas, Qt::CaseInsensitive),
                     qPrintable(hits.value(0).title));
        QCOMPARE(m_library.questions().outline().size(), 780);
        QVERIFY(!m_library.search().search(QStringLiteral("cache"), 5).isEmpty());
    }

    void oneOrTwoLettersListTitlesInBankOrder()
    {
        const auto hits = m_library.search().search(QStringLiteral("ca"), 500);
        QVERIFY(hits.size() > 10);
        static const QRegularExpression wordStartingCa(QStringLiteral("\\bca"),
                                                       QRegularExpression::CaseInsensitiveOption);
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QVERIFY2(wordStartingCa.match(hits[i].title).hasMatch(), qPrintable(hits[i].title));
            if (i > 0)
                QVERIFY(hits[i - 1].number < hits[i].number);
            // The snippet shows where the answer has such a word, marked.
            const QString answer = m_library.questions().question(hits[i].id)->answerMarkdown;
            if (wordStartingCa.match(answer).hasMatch()) {
                QVERIFY2(!hits[i].matches.isEmpty(), qPrintable(hits[i].snippet));
                for (const SearchHit::Match &match : hits[i].matches) {
                    QVERIFY2(hits[i].snippet.mid(match.start, 2).compare(QStringLiteral("ca"), Qt::CaseInsensitive)
                                 == 0,
                             qPrintable(hits[i].markedSnippet()));
                }
            }
        }
        // Three letters are ranked again: the best match for "cap" is about CAP.
        QVERIFY(m_library.search().search(QStringLiteral("cap"), 1).first().title.contains(QStringLiteral("CAP")));
    }

    void filtersAreParsedOutOfTheWords()
    {
        const auto q = SearchQuery::parse(
            QStringLiteral("cache is:bookmarked  flag:Hard has:note topic:\"load balancing\" ttl foo:bar"));
        QCOMPARE(q.words, QStringLiteral("cache ttl foo:bar"));
        QVERIFY(q.bookmarkedOnly);
        QCOMPARE(q.flag, QStringLiteral("hard"));
        QVERIFY(q.withNote);
        QCOMPARE(q.topic, QStringLiteral("load balancing"));
        QVERIFY(!SearchQuery::parse(QStringLiteral("plain words")).hasFilters());
    }

    void filtersNarrowTheResults()
    {
        auto id = [this](int n) { return *m_library.questions().resolve(QString::number(n)); };
        QString error;
        QVERIFY(m_library.bookmarks().set(id(53), QStringLiteral("hard"), &error));
        QVERIFY(m_library.bookmarks().set(id(6), QStringLiteral("review"), &error));
        QVERIFY(m_library.bookmarks().set(id(304), QString(), &error));
        QVERIFY(m_library.notes().save(id(305), QStringLiteral("Thundering herd: use request coalescing."), &error));

        auto numbers = [this](const QString &text) {
            QList<int> n;
            for (const auto &hit : m_library.search().search(text, 100))
                n.append(hit.number);
            return n;
        };
        // Filters alone list what passes, in tree order.
        QCOMPARE(numbers(QStringLiteral("is:bookmarked")), (QList<int> {6, 304, 53}));
        QCOMPARE(numbers(QStringLiteral("flag:hard")), QList<int> {53});
        QCOMPARE(numbers(QStringLiteral("flag:review")), QList<int> {6});
        QCOMPARE(numbers(QStringLiteral("has:note")), QList<int> {305});
        QVERIFY(numbers(QStringLiteral("flag:nosuchflag")).isEmpty());
        // Filters with words.
        QCOMPARE(numbers(QStringLiteral("flag:hard circuit")), QList<int> {53});
        // One- and two-letter words narrow too: some word of the question starts with them.
        QCOMPARE(numbers(QStringLiteral("is:bookmarked ca")), (QList<int> {6, 304, 53})); // 53: "calling", "cascading"
        QCOMPARE(numbers(QStringLiteral("is:bookmarked st")), (QList<int> {6, 53}));      // "stores", "stops"
        QVERIFY(numbers(QStringLiteral("is:bookmarked zq")).isEmpty());
        QCOMPARE(numbers(QStringLiteral("is:bookmarked circuit fa")), QList<int> {53}); // "fails fast"
        QVERIFY(numbers(QStringLiteral("is:bookmarked circuit zq")).isEmpty());
        const auto caching = m_library.search().search(QStringLiteral("topic:caching"), 1000);
        QVERIFY(caching.size() >= 9);
        for (const auto &hit : caching)
            QCOMPARE(hit.topic, QStringLiteral("Caching & CDN"));
        QVERIFY(numbers(QStringLiteral("topic:caching invalidation")).contains(304));

        // A word only in a note finds the note's question.
        const auto viaNote = m_library.search().search(QStringLiteral("coalescing"), 10);
        QCOMPARE(viaNote.size(), 1);
        QCOMPARE(viaNote.first().number, 305);
        QVERIFY(viaNote.first().inNote);
        QVERIFY(viaNote.first().markedSnippet().contains(QStringLiteral("[coalescing]")));
        // The same with a filter, which takes another road through the data.
        const auto filtered = m_library.search().search(QStringLiteral("has:note coalesc"), 10);
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().number, 305);
        QVERIFY(filtered.first().inNote);
        // Title matches first: "What is cache invalidation?", "What is caching?"
        const auto titled = m_library.search().search(QStringLiteral("is:bookmarked cache"), 10);
        QCOMPARE(numbers(QStringLiteral("is:bookmarked cache")), (QList<int> {6, 304}));
        QVERIFY2(titled.first().markedSnippet().contains(QLatin1Char('[')), qPrintable(titled.first().markedSnippet()));
        QVERIFY(titled.first().inTitle && !titled.first().inNote);

        for (int n : {53, 6, 304})
            QVERIFY(m_library.bookmarks().clear(id(n), &error));
        QVERIFY(m_library.notes().save(id(305), QString(), &error));
    }

    // "stampedes" finds "stampede", whichever road the search takes; a prefix
    // of a word still finds it.
    void otherFormsOfAWordMatch()
    {
        auto numbers = [this](const QString &text) {
            QList<int> n;
            for (const auto &hit : m_library.search().search(text, 20))
                n.append(hit.number);
            return n;
        };
        QCOMPARE(numbers(QStringLiteral("stampedes")).value(0), 305); // "What is cache stampede?"
        QCOMPARE(numbers(QStringLiteral("stampeding")).value(0), 305);
        QCOMPARE(numbers(QStringLiteral("stamp")).value(0), 305);
        // The snippet marks the form that was found.
        const auto marked = m_library.search().search(QStringLiteral("invalidates"), 20);
        QVERIFY(!marked.isEmpty());
        QVERIFY(std::any_of(marked.cbegin(), marked.cend(), [](const SearchHit &hit) {
            return hit.markedSnippet().contains(QStringLiteral("[invalidation]"), Qt::CaseInsensitive);
        }));
        QVERIFY(numbers(QStringLiteral("replicated")).contains(numbers(QStringLiteral("replication")).value(0)));

        auto id = [this](int n) { return *m_library.questions().resolve(QString::number(n)); };
        QString error;
        QVERIFY(m_library.notes().save(id(305), QStringLiteral("Thundering herd: use request coalescing."), &error));
        QVERIFY(m_library.bookmarks().set(id(305), QStringLiteral("hard"), &error));
        QCOMPARE(numbers(QStringLiteral("coalesces")), QList<int> {305});           // the notes index
        QCOMPARE(numbers(QStringLiteral("has:note coalesces")), QList<int> {305});  // the few notes, read
        QCOMPARE(numbers(QStringLiteral("flag:hard stampedes")), QList<int> {305}); // the few bookmarks
        QVERIFY(m_library.bookmarks().set(id(304), QStringLiteral("hard"), &error));
        const auto filtered = m_library.search().search(QStringLiteral("flag:hard invalidating"), 5);
        QCOMPARE(filtered.size(), 1);
        QVERIFY2(filtered.value(0).markedSnippet().contains(QStringLiteral("[Invalidate]")),
                 qPrintable(filtered.value(0).markedSnippet()));
        // Cut at a space, never inside a word: "…or update", not "…ove or update".
        const QString snippet = filtered.value(0).snippet;
        const QString answer = m_library.questions().question(id(304))->answerMarkdown;
        QVERIFY(snippet.startsWith(QStringLiteral("…")));
        const qsizetype at = answer.indexOf(snippet.mid(1, 12));
        QVERIFY2(at > 0 && answer.at(at - 1) == QLatin1Char(' '), qPrintable(snippet));
        QVERIFY(m_library.bookmarks().clear(id(304), &error));
        QVERIFY(m_library.bookmarks().clear(id(305), &error));
        QVERIFY(m_library.notes().save(id(305), QString(), &error));
    }

    void nothingTypedFindsNothing()
    {
        QVERIFY(m_library.search().search(QStringLiteral("   "), 5).isEmpty());
        QVERIFY(m_library.search().search(QStringLiteral("zzzyyyxxx"), 5).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    StudyLibrary m_library;
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
