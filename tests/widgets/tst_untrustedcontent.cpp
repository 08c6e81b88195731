// Content from outside (a bank's answers, a person's note, an Anki card) never
// reads a file: pictures in it are shown as their alt text with a marker, in the
// window, on printed sheets and in cards brought in from Anki, and style sheets
// linked from a card's HTML are never fetched.

#include "core/attachmentstore.h"
#include "core/progressfile.h"
#include "core/studylibrary.h"
#include "sheets/ankiexchange.h"
#include "sheets/safetextdocument.h"
#include "sheets/sheetrenderer.h"
#include "widgets/conceptjoindialog.h"
#include "widgets/markdownview.h"
#include "widgets/notespane.h"

#include "../support/fileopenwatch.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMimeData>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

#include <sys/stat.h>

using namespace sdstudy::core;
using namespace sdstudy::sheets;
using namespace sdstudy::widgets;

class TestUntrustedContent final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Every picture that would be drawn in a document.
    static int picturesIn(const QTextDocument &document)
    {
        int count = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                count += it.fragment().charFormat().isImageFormat();
        }
        return count;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        pdftotext.waitForFinished();
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(path(QStringLiteral("secret.png"))));
        QFile css(path(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("p { color: #ff0000; }");
        css.close();
        QVERIFY(mkfifo(QFile::encodeName(path(QStringLiteral("fifo"))).constData(), 0600) == 0);
        m_previousCurrent = QDir::currentPath();
        QDir::setCurrent(m_dir->path()); // where a relative picture would be looked for
    }

    void cleanup() { QDir::setCurrent(m_previousCurrent); }

    void picturesInShownMarkdownAreNeverRead_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("opened");
        QTest::newRow("file URL") << QStringLiteral("file://%1/secret.png") << QStringLiteral("secret.png");
        QTest::newRow("absolute path") << QStringLiteral("%1/secret.png") << QStringLiteral("secret.png");
        QTest::newRow("relative path") << QStringLiteral("secret.png") << QStringLiteral("secret.png");
        QTest::newRow("data URL") << QStringLiteral(
            "data:image/"
            "png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg="
            "=") << QString();
        // Read, these crash the app (bad_alloc) or hang it for good.
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QString();
        QTest::newRow("FIFO") << QStringLiteral("%1/fifo") << QStringLiteral("fifo");
    }

    void picturesInShownMarkdownAreNeverRead()
    {
        QFETCH(QString, source);
        if (source.contains(QLatin1String("%1")))
            source = source.arg(m_dir->path());
        FileOpenWatch watch(m_dir->path());
        QVERIFY(watch.isValid());

        MarkdownView view;
        view.resize(600, 400);
        view.showMarkdown(QStringLiteral("Before ![the architecture](%1) after.").arg(source));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab(); // laid out and painted, as a person would see it

        QCOMPARE(picturesIn(*view.document()), 0);
        QCOMPARE(view.picturesNotShown(), 1);
        QCOMPARE(view.toPlainText(), QStringLiteral("Before the architecture [image not shown] after."));
        QCOMPARE(watch.opened(), QStringList());
    }

    void printedSheetsReadNoPicture()
    {
        SheetItem item;
        item.question.number = 7;
        item.question.title = QStringLiteral("Design a photo service");
        item.question.topic = QStringLiteral("Design problems");
        item.answerMarkdown = QStringLiteral("Store blobs. ![diagram](file://%1/secret.png)").arg(m_dir->path());
        item.note = QStringLiteral("Mine: ![my sketch](secret.png)");
        SheetOptions options;
        options.notes = true;
        const QString pdf = path(QStringLiteral("sheet.pdf"));
        FileOpenWatch watch(m_dir->path());
        {
            QPdfWriter writer(pdf);
            QVERIFY(SheetRenderer({item}, options).paint(writer) > 0);
        }
        QCOMPARE(watch.opened(), QStringList {QStringLiteral("sheet.pdf")});
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Store blobs. diagram [image not shown]")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Mine: my sketch [image not shown]")), qPrintable(text));
    }

    void styleSheetsAndPicturesOfHtmlAreNeverRead()
    {
        FileOpenWatch watch(m_dir->path());
        SafeTextDocument document;
        document.setUntrustedHtml(QStringLiteral("<link rel=stylesheet type=text/css href=\"file://%1/style.css\"/>"
                                                 "<style>@import url(\"%1/fifo\");</style>"
                                                 "<p>Answer <img src=\"file://%1/secret.png\" alt=\"a chart\"></p>")
                                      .arg(m_dir->path()));
        QCOMPARE(picturesIn(document), 0);
        QCOMPARE(document.toPlainText(), QStringLiteral("Answer a chart [image not shown]"));
        QVERIFY(document.refusedResources() >= 2); // the link and the import asked, and got nothing
        QTextCursor answer(&document);
        answer.movePosition(QTextCursor::NextCharacter);
        QVERIFY(answer.charFormat().foreground().color() != QColor(Qt::red)); // the style sheet never came
        QCOMPARE(watch.opened(), QStringList());
    }

    void ankiCardsReadNothingAndBringNoPicturePath()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        const QString card = QStringLiteral("<link rel=stylesheet href=file://%1/style.css>"
                                            "<style>@import url(file://%1/fifo);</style>"
                                            "Use a CDN <img src=\"file://%1/secret.png\" alt=\"edge map\">")
                                 .arg(m_dir->path());
        const QByteArray deck = QStringLiteral("#separator:tab\n#html:true\n#columns:Front\tBack\n"
                                               "What is a CDN?\t%1\n")
                                    .arg(card)
                                    .toUtf8();
        FileOpenWatch watch(m_dir->path());
        const auto report = AnkiExchange::read(deck, path(QStringLiteral("deck.txt")), library);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 1);
        QStringList opened = watch.opened();
        opened.removeIf([](const QString &name) { return name.startsWith(QLatin1String("a.sqlite")); });
        QCOMPARE(opened, QStringList());

        const auto id = library.questions().resolve(QStringLiteral("deck:1"));
        QVERIFY(id);
        const QString answer = library.questions().question(*id)->answerMarkdown;
        QVERIFY2(answer.contains(QStringLiteral("Use a CDN")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("edge map \\[image not shown]")),
                 qPrintable(answer)); // Markdown-escaped
        QVERIFY2(!answer.contains(QStringLiteral("file:")) && !answer.contains(QStringLiteral("![")),
                 qPrintable(answer));
    }

    // A card nested tens of thousands of tags deep would overflow the parser's stack.
    void aCardNestedTooDeeplyIsRefused()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QString nested;
        for (int i = 0; i < 20'000; ++i)
            nested += QStringLiteral("<table><tr><td>");
        const QByteArray deck
            = (QStringLiteral("#separator:tab\n#html:true\n#columns:Front\tBack\nDeep?\t") + nested + QLatin1Char('\n'))
                  .toUtf8();
        const auto report = AnkiExchange::read(deck, path(QStringLiteral("deep.txt")), library);
        QVERIFY2(report.error.contains(QStringLiteral("deep.txt:4: the card's HTML nests deeper than 500 levels")),
                 qPrintable(report.error));
        QVERIFY(!library.questions().resolve(QStringLiteral("deep:1")));
    }

    // However many pictures a note names, only so many pixels are decoded for it.
    void aNoteShowsABoundedNumberOfPixels()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QString note;
        for (const QColor colour : {QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue)}) {
            QImage huge(5000, 5000, QImage::Format_RGB32); // 25 million pixels each
            huge.fill(colour);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(huge.save(&buffer, "PNG"));
            const auto id = library.attachments().add(png, &error);
            QVERIFY2(id, qPrintable(error));
            note += AttachmentStore::markdownFor(*id, colour.name()) + QLatin1Char(' ');
        }
        MarkdownView view;
        view.setAttachmentSource(library.attachments().reader());
        view.showMarkdown(note);
        QCOMPARE(picturesIn(*view.document()), 2);
        QCOMPARE(view.picturesNotShown(), 1);
    }

    void cardsForAnkiNameNoPictureFile()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QFile bank(path(QStringLiteral("pictures.md")));
        QVERIFY(bank.open(QIODevice::WriteOnly));
        bank.write("# Pictures\n\n### 1. What does a lighthouse keeper do?\n**Answer:** Edges near users. ![edge "
                   "map](file:///etc/passwd)\n");
        bank.close();
        const auto outcome = library.importFile(bank.fileName());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));

        const QString cards = QString::fromUtf8(AnkiExchange::write(library));
        QVERIFY2(cards.contains(QStringLiteral("Edges near users. edge map [image not shown]")),
                 qPrintable(cards.right(300)));
        QVERIFY(!cards.contains(QStringLiteral("<img")));
        QVERIFY(!cards.contains(QStringLiteral("/etc/passwd")));
    }

    // A title that looks like HTML shows as text in the "Same question as…" list,
    // its tooltip too (Qt would read the picture from the disk on hover).
    void aTitleIsTextInTheJoinDialog()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("j.sqlite")), &error), qPrintable(error));
        QFile bank(path(QStringLiteral("titles.csv"))); // a CSV title is kept as written
        QVERIFY(bank.open(QIODevice::WriteOnly));
        bank.write("question,answer\n\"What does a lighthouse keeper <img src=\"\"secret.png\"\"> do?\",Keeps the "
                   "light.\n");
        bank.close();
        QVERIFY(library.importFile(bank.fileName()).error.isEmpty());
        const auto question = library.questions().question(*library.questions().resolve(QStringLiteral("1")));
        QVERIFY(question);
        ConceptJoinDialog dialog(library, *question);
        dialog.search(QStringLiteral("lighthouse"));
        auto *results = dialog.findChild<QListWidget *>();
        QCOMPARE(results->count(), 1);
        const QString tip = results->item(0)->toolTip();
        QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;img")), qPrintable(tip));
    }

    // A pasted screenshot goes into the database; the note refers to it by id and
    // shows it, in the preview and on paper. No path ever goes into the note.
    void aPastedPictureIsKeptInTheDatabase()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        const QString question = *library.questions().resolve(QStringLiteral("53"));
        NotesPane pane(library.notes(), library.attachments());
        pane.setQuestion(question);
        pane.show();

        QImage screenshot(900, 500, QImage::Format_RGB32);
        screenshot.fill(QColor(40, 120, 200));
        auto *mime = new QMimeData;
        mime->setImageData(screenshot);
        QGuiApplication::clipboard()->setMimeData(mime);
        pane.editor()->setFocus();
        QTest::keyClicks(pane.editor(), QStringLiteral("Breaker states: "));
        pane.editor()->paste();
        QVERIFY(pane.saveNow());

        const QString text = library.notes().get(question)->text;
        const QStringList ids = AttachmentStore::referencedBy(text);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(text, QStringLiteral("Breaker states: ![Pasted picture](attachment:%1)").arg(ids.first()));
        const auto kept = library.attachments().get(ids.first());
        QVERIFY(kept);
        QCOMPARE(kept->mime, QStringLiteral("image/png"));
        QCOMPARE(QImage::fromData(kept->data).size(), screenshot.size());

        pane.showPreview(true);
        QCOMPARE(pane.preview()->picturesNotShown(), 0);
        QCOMPARE(picturesIn(*pane.preview()->document()), 1);
        QVERIFY(!pane.preview()->toPlainText().contains(QStringLiteral("[image not shown]")));

        // On paper too.
        SheetItem item;
        item.question = *library.questions().question(question);
        item.answerMarkdown = QStringLiteral("Closed, open, half-open.");
        item.note = text;
        SheetOptions options;
        options.notes = true;
        const QString pdf = path(QStringLiteral("with-picture.pdf"));
        {
            QPdfWriter writer(pdf);
            SheetRenderer renderer({item}, options);
            renderer.setAttachmentSource(library.attachments().reader());
            QVERIFY(renderer.paint(writer) > 0);
        }
        QProcess pdfimages;
        pdfimages.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY(pdfimages.waitForFinished());
        const QStringList rows
            = QString::fromUtf8(pdfimages.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2 + 1); // two header lines, one picture
    }

    // A dropped picture file is kept by its bytes; a file that is no picture is refused.
    void aDroppedPictureFileIsKeptByItsBytes()
    {
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        NotesPane pane(library.notes(), library.attachments());
        pane.setQuestion(*library.questions().resolve(QStringLiteral("53")));
        auto *mime = new QMimeData; // what a file manager puts on the clipboard or drops
        mime->setUrls({QUrl::fromLocalFile(path(QStringLiteral("secret.png")))});
        QGuiApplication::clipboard()->setMimeData(mime);
        pane.editor()->paste();
        const QString text = pane.editor()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("![secret](attachment:")), qPrintable(text));
        QVERIFY(!text.contains(m_dir->path()));

        QFile fake(path(QStringLiteral("fake.png")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a picture at all");
        fake.close();
        auto *bad = new QMimeData;
        bad->setUrls({QUrl::fromLocalFile(fake.fileName())});
        QGuiApplication::clipboard()->setMimeData(bad);
        pane.editor()->paste();
        QCOMPARE(pane.editor()->toPlainText(), text);
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("Picture not added:")), qPrintable(pane.statusText()));

        QVERIFY(!library.attachments().add(QByteArray(AttachmentStore::kMostBytes + 1, 'x'), &error));
        QVERIFY2(error.contains(QStringLiteral("can take up to")), qPrintable(error));
    }

    // Pictures travel with the notes in a progress file, checked by their id.
    void picturesTravelWithTheirNotes()
    {
        StudyLibrary mine, other;
        QString error;
        QVERIFY(mine.open(path(QStringLiteral("mine.sqlite")), &error));
        QVERIFY(other.open(path(QStringLiteral("other.sqlite")), &error));
        QFile png(path(QStringLiteral("secret.png")));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray bytes = png.readAll();
        const auto id = mine.attachments().add(bytes, &error);
        QVERIFY(id);
        const QString question = *mine.questions().resolve(QStringLiteral("53"));
        QVERIFY(mine.notes().save(question, AttachmentStore::markdownFor(*id, QStringLiteral("map")), &error));
        const QByteArray file = ProgressFile::write(mine);
        auto report = ProgressFile::read(file, QStringLiteral("p.json"), other);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(other.attachments().get(*id)->data, bytes);

        // Other bytes under the same id: a note would show something else than it did.
        QJsonObject root = QJsonDocument::fromJson(file).object();
        QJsonArray attachments = root.value(QStringLiteral("attachments")).toArray();
        QJsonObject picture = attachments.at(0).toObject();
        QByteArray changed = bytes;
        changed[changed.size() - 1] = char(changed.back() ^ 1);
        picture.insert(QStringLiteral("data"), QString::fromLatin1(changed.toBase64()));
        attachments.replace(0, picture);
        root.insert(QStringLiteral("attachments"), attachments);
        report = ProgressFile::read(QJsonDocument(root).toJson(), QStringLiteral("p.json"), mine);
        QVERIFY2(report.error.contains(
                     QStringLiteral("p.json: attachments[0] (%1): the picture's bytes do not match its id").arg(*id)),
                 qPrintable(report.error));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_previousCurrent;
};

QTEST_MAIN(TestUntrustedContent)
#include "tst_untrustedcontent.moc"
