// Printed sheets checked as a reader would, through pdftotext; Anki and progress
// files taken out and brought back.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "sdstudyprocess.h"

class TestSheetsAndCards final : public QObject
{
    Q_OBJECT

private:
    SdstudyRun sdstudy(QStringList arguments, const QString &database = QStringLiteral("s.sqlite"))
    {
        arguments.prepend(m_dir->filePath(database));
        arguments.prepend(QStringLiteral("--db"));
        return runSdstudy(arguments);
    }

    QString pdfText(const QString &pdf, bool layout = false)
    {
        QProcess pdftotext;
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        pdftotext.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
        pdftotext.waitForFinished();
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    int pages(const QString &pdf) { return int(pdfText(pdf).count(QLatin1Char('\f'))); }

    // The question numbers of a sheet, in the order they are printed.
    QList<int> numbers(const QString &text)
    {
        static const QRegularExpression marker(QStringLiteral("#(\\d+) "));
        QList<int> found;
        auto it = marker.globalMatch(text);
        while (it.hasNext())
            found.append(it.next().captured(1).toInt());
        return found;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void aTopicSheetWithAnswersHasEveryQuestionOnceInOrder()
    {
        const QString pdf = m_dir->filePath(QStringLiteral("caching.pdf"));
        const SdstudyRun run = sdstudy({QStringLiteral("print"), QStringLiteral("--topic"), QStringLiteral("caching"),
                                        QStringLiteral("--answers"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 0);
        const QString text = pdfText(pdf);
        const QList<int> printed = numbers(text);
        // Caching & CDN concepts, in tree order (the topic's first questions: #6, then its cache strategies).
        QCOMPARE(printed.size(), 8);
        QCOMPARE(printed.first(), 6);
        QCOMPARE(QSet<int>(printed.cbegin(), printed.cend()).size(), printed.size()); // each once
        QVERIFY(text.contains(QStringLiteral("Caching stores frequently accessed data in fast storage")));
        QVERIFY(text.contains(QStringLiteral("Caching & CDN")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages(pdf))));
        QVERIFY(pages(pdf) >= 1 && pages(pdf) <= 3);
        // Paraphrases appear once: #10 and #71 (both "What is a CDN?") are one concept.
        QVERIFY(printed.contains(10) != printed.contains(290));
    }

    void aSelfTestSheetHasNoAnswers()
    {
        const QString pdf = m_dir->filePath(QStringLiteral("selftest.pdf"));
        QCOMPARE(sdstudy({QStringLiteral("print"), QStringLiteral("--topic"), QStringLiteral("caching"),
                          QStringLiteral("--pdf"), pdf})
                     .exitCode,
                 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("#6 What is caching?")));
        QVERIFY(!text.contains(QStringLiteral("Caching stores frequently accessed data")));
        QVERIFY(text.contains(QStringLiteral("questions only")));
    }

    void theWholeBankInTwoColumnsOnLetter()
    {
        const QString pdf = m_dir->filePath(QStringLiteral("all.pdf"));
        const SdstudyRun run = sdstudy({QStringLiteral("print"), QStringLiteral("--answers"),
                                        QStringLiteral("--columns"), QStringLiteral("2"), QStringLiteral("--paper"),
                                        QStringLiteral("letter"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 0);
        const QString text = pdfText(pdf);
        const QList<int> printed = numbers(text);
        QCOMPARE(QSet<int>(printed.cbegin(), printed.cend()).size(), printed.size());
        QVERIFY2(printed.size() > 500 && printed.size() < 780, qPrintable(QString::number(printed.size())));
        const int count = pages(pdf);
        QVERIFY2(count > 15 && count < 80, qPrintable(QString::number(count)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
        QVERIFY(text.contains(QStringLiteral("Contents")));
        // Letter paper: 612 x 792 points.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished();
        QVERIFY(info.readAllStandardOutput().contains("612 x 792"));
    }

    void diagramsPrintWithTheirQuestions()
    {
        const QString plain = m_dir->filePath(QStringLiteral("plain.pdf"));
        const QString withDiagrams = m_dir->filePath(QStringLiteral("diagrams.pdf"));
        const QStringList sheet = {QStringLiteral("print"), QStringLiteral("--answers"), QStringLiteral("--topic"),
                                   QStringLiteral("Classic design")};
        QCOMPARE(sdstudy(sheet + QStringList {QStringLiteral("--pdf"), plain}).exitCode, 0);
        const SdstudyRun run
            = sdstudy(sheet + QStringList {QStringLiteral("--diagrams"), QStringLiteral("--pdf"), withDiagrams});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // One picture per diagram of the topic's questions: at least the 20 classic designs.
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), withDiagrams});
        images.waitForFinished();
        const QList<QByteArray> rows = images.readAllStandardOutput().split('\n').mid(2); // two header lines
        QMap<int, int> byDensity; // pictures by their pixels per inch on paper
        int pictures = 0;
        for (const QByteArray &row : rows) {
            const QList<QByteArray> columns = row.simplified().split(' ');
            if (columns.size() < 13)
                continue;
            ++pictures;
            ++byDensity[columns.at(12).toInt()]; // x-ppi
        }
        QVERIFY2(pictures >= 20, qPrintable(QString::number(pictures)));
        // Printed at one scale, so their labels are one size: most at the same density
        // (a few too wide for the column are shrunk).
        const int most = *std::max_element(byDensity.cbegin(), byDensity.cend());
        QVERIFY2(most * 4 >= pictures * 3, qPrintable(QStringLiteral("%1 of %2").arg(most).arg(pictures)));
        QVERIFY(pages(withDiagrams) > pages(plain));
        // The questions are all still there, in the same order.
        QCOMPARE(numbers(pdfText(withDiagrams)), numbers(pdfText(plain)));
    }

    void bookmarkedSheetWithNotes()
    {
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("53"), QStringLiteral("--flag"),
                          QStringLiteral("hard")})
                     .exitCode,
                 0);
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("257")}).exitCode, 0);
        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("257"), QStringLiteral("--set"),
                          QStringLiteral("Virtual nodes.")})
                     .exitCode,
                 0);
        const QString pdf = m_dir->filePath(QStringLiteral("hard.pdf"));
        QCOMPARE(sdstudy({QStringLiteral("print"), QStringLiteral("--flag"), QStringLiteral("hard"),
                          QStringLiteral("--answers"), QStringLiteral("--pdf"), pdf})
                     .exitCode,
                 0);
        QCOMPARE(numbers(pdfText(pdf)), QList<int> {53});
        const QString all = m_dir->filePath(QStringLiteral("bookmarked.pdf"));
        QCOMPARE(sdstudy({QStringLiteral("print"), QStringLiteral("--bookmarked"), QStringLiteral("--notes"),
                          QStringLiteral("--pdf"), all})
                     .exitCode,
                 0);
        const QString text = pdfText(all);
        QCOMPARE(numbers(text), (QList<int> {257, 53})); // tree order: databases before reliability
        QVERIFY(text.contains(QStringLiteral("Virtual nodes.")));

        const SdstudyRun none
            = sdstudy({QStringLiteral("print"), QStringLiteral("--topic"), QStringLiteral("no such topic"),
                       QStringLiteral("--pdf"), m_dir->filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("no topic matches")));
    }

    // A whiteboard sketch is the person's own, as a note is: it prints with the notes.
    void aSketchPrintsWithTheNotes()
    {
        QFile file(m_dir->filePath(QStringLiteral("sketch.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"sdstudy-sketch\", \"version\": 1, \"components\": ["
                   "{\"id\": \"a\", \"kind\": \"client\", \"x\": 0, \"y\": 0},"
                   "{\"id\": \"b\", \"kind\": \"cache\", \"label\": \"Redis\", \"x\": 200, \"y\": 0}],"
                   "\"connections\": [{\"from\": \"a\", \"to\": \"b\"}]}");
        file.close();
        QCOMPARE(sdstudy({QStringLiteral("sketch"), QStringLiteral("21"), QStringLiteral("--set"), file.fileName()})
                     .exitCode,
                 0);
        const auto printed = [&](bool notes) {
            const QString pdf = m_dir->filePath(notes ? QStringLiteral("with.pdf") : QStringLiteral("without.pdf"));
            QStringList arguments {QStringLiteral("print"), QStringLiteral("--search"), QStringLiteral("url shortener"),
                                   QStringLiteral("--pdf"), pdf};
            if (notes)
                arguments.append(QStringLiteral("--notes"));
            const SdstudyRun run = sdstudy(arguments);
            return run.exitCode == 0 ? pdf : QString();
        };
        const QString with = printed(true), without = printed(false);
        QVERIFY(!with.isEmpty() && !without.isEmpty());
        QVERIFY(pdfText(with).contains(QStringLiteral("My sketch:")));
        QVERIFY(!pdfText(without).contains(QStringLiteral("My sketch:")));
        // The sketch is a picture on the page: one more than without it.
        const auto pictures = [](const QString &pdf) {
            QProcess list;
            list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
            list.waitForFinished();
            return list.readAllStandardOutput().count('\n');
        };
        QCOMPARE(pictures(with), pictures(without) + 1);
    }

    void ankiCardsGoAndComeBack()
    {
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("53"), QStringLiteral("--flag"),
                          QStringLiteral("hard")})
                     .exitCode,
                 0);
        const QString file = m_dir->filePath(QStringLiteral("cards.txt"));
        QCOMPARE(sdstudy({QStringLiteral("export"), QStringLiteral("anki"), file}).exitCode, 0);
        QFile cards(file);
        QVERIFY(cards.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cards.readAll());
        QVERIFY(text.startsWith(QStringLiteral("#separator:tab\n#html:true\n#guid column:1\n")));
        QVERIFY(text.contains(QStringLiteral("#columns:GUID\tFront\tBack\tTags\n")));
        QVERIFY(text.contains(QStringLiteral("<li><strong>Horizontal</strong>: Add more machines")));
        QVERIFY(text.contains(QStringLiteral("flag::hard")));
        QVERIFY(text.contains(QStringLiteral("topic::caching-cdn")));

        // Into another computer's app: the flag comes back, nothing is added twice.
        const SdstudyRun back
            = sdstudy({QStringLiteral("import"), QStringLiteral("anki"), file}, QStringLiteral("other.sqlite"));
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(back.out.contains("New cards: 0, flags brought back: 1"), back.out.constData());
        const SdstudyRun bookmarks = sdstudy({QStringLiteral("bookmarks")}, QStringLiteral("other.sqlite"));
        QVERIFY(bookmarks.out.contains("53  What is a circuit breaker?"));

        // Cards made in Anki become a bank of their own, once.
        const QString fromAnki = m_dir->filePath(QStringLiteral("my-anki-deck.txt"));
        QFile deck(fromAnki);
        QVERIFY(deck.open(QIODevice::WriteOnly));
        deck.write("#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n"
                   "What is a <b>bloom filter</b>?\t\"A bit array:<ul><li>no false negatives</li><li>some false "
                   "positives</li></ul>\"\tmine\n"
                   "What is a skip list?\tLayers of linked lists.\tmine\n");
        deck.close();
        const SdstudyRun imported = sdstudy({QStringLiteral("import"), QStringLiteral("anki"), fromAnki});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("New cards: 2"), imported.out.constData());
        const SdstudyRun shown = sdstudy({QStringLiteral("show"), QStringLiteral("my-anki-deck:1")});
        QVERIFY(shown.out.startsWith("1. What is a bloom filter?"));
        QVERIFY(shown.out.contains("no false negatives"));
        QVERIFY(sdstudy({QStringLiteral("import"), QStringLiteral("anki"), fromAnki}).out.contains("New cards: 0"));

        QVERIFY(deck.open(QIODevice::WriteOnly));
        deck.write("#separator:tab\n#columns:Front\tBack\nA question\t\"never closed\n");
        deck.close();
        const SdstudyRun broken = sdstudy({QStringLiteral("import"), QStringLiteral("anki"), fromAnki});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(fromAnki + QStringLiteral(":3: a quoted field is never closed")),
                 qPrintable(broken.err));
    }

    void progressGoesToAnotherComputer()
    {
        QCOMPARE(sdstudy({QStringLiteral("bookmark"), QStringLiteral("3"), QStringLiteral("--flag"),
                          QStringLiteral("review")})
                     .exitCode,
                 0);
        QCOMPARE(
            sdstudy({QStringLiteral("note"), QStringLiteral("3"), QStringLiteral("--set"), QStringLiteral("CP vs AP.")})
                .exitCode,
            0);
        const QString file = m_dir->filePath(QStringLiteral("progress.json"));
        QCOMPARE(sdstudy({QStringLiteral("export"), QStringLiteral("progress"), file}).exitCode, 0);
        const SdstudyRun first
            = sdstudy({QStringLiteral("import"), QStringLiteral("progress"), file}, QStringLiteral("new.sqlite"));
        QVERIFY2(first.out.contains("Added 2, updated 0, already there 0."), first.out.constData());
        const SdstudyRun again
            = sdstudy({QStringLiteral("import"), QStringLiteral("progress"), file}, QStringLiteral("new.sqlite"));
        QVERIFY(again.out.contains("Added 0, updated 0, already there 2."));
        QCOMPARE(sdstudy({QStringLiteral("note"), QStringLiteral("3")}, QStringLiteral("new.sqlite")).out,
                 QByteArray("CP vs AP.\n"));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSheetsAndCards)
#include "tst_sheetsandcards.moc"
