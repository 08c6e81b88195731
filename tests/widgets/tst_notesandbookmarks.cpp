// The person's own data in the window: notes that save themselves and survive
// failures, bookmarks with flags and undo, and rendering that never runs HTML.

#include "core/flags.h"
#include "core/studylibrary.h"
#include "widgets/collectionviews.h"
#include "widgets/itemdatarole.h"
#include "widgets/mainwindow.h"
#include "widgets/markdownview.h"
#include "widgets/notelayouthighlighter.h"
#include "widgets/notespane.h"
#include "widgets/plainmarkdown.h"
#include "widgets/preferencesdialog.h"
#include "widgets/questionview.h"
#include "widgets/shutdownsaver.h"
#include "widgets/singleinstance.h"
#include "widgets/syntaxloader.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <atomic>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

class TestNotesAndBookmarks final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_library);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        m_pane = window->findChild<NotesPane *>(QStringLiteral("notesPane"));
        m_tree = window->findChild<QTreeView *>(QStringLiteral("topicTree"));
        return window;
    }

    // Something drawn well darker than the widget's paper: words, not a blank page.
    static bool hasInk(QWidget *widget)
    {
        const int paper = qGray(widget->palette().color(QPalette::Base).rgb());
        const QImage drawn = widget->grab().toImage();
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x) {
                if (qGray(drawn.pixel(x, y)) < paper - 96)
                    return true;
            }
        }
        return false;
    }

    void setQueryOnly(bool on)
    {
        QSqlQuery(m_library->database().connection())
            .exec(on ? QStringLiteral("PRAGMA query_only = 1") : QStringLiteral("PRAGMA query_only = 0"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-notes"));
    }

    void init()
    {
        // Errors that only warn (a failed search, save or backup) fail the test.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("search failed|could not be saved|backup on quit failed")));
        QSettings().clear();
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("n.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    // First of the cases: the definitions are read here on their worker thread,
    // as when the app starts with notes, and the note waits for them, not the window.
    void aNoteOnShowIsColouredOnceTheDefinitionsAreRead()
    {
        QString error;
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("Remember **fencing tokens**\n"), &error));
        SyntaxLoader::preload();
        QVERIFY(SyntaxLoader::isLoading()); // on its thread: preload() returns at once
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        QPlainTextEdit *editor = m_pane->editor();
        QCOMPARE(editor->toPlainText(), QStringLiteral("Remember **fencing tokens**\n"));
        QVERIFY(!editor->hasFocus());
        const QTextBlock first = editor->document()->firstBlock();
        QTRY_VERIFY(!first.layout()->formats().isEmpty()); // the bold words
        QVERIFY(!SyntaxLoader::isLoading());
        // And the words are drawn: the editor is not left blank after colouring.
        QTRY_VERIFY(hasInk(editor->viewport()));
    }

    // Until its colours come, a note's code is already in the monospace font they
    // bring, so the note on show does not reflow when they do.
    void aNoteKeepsItsLayoutUntilItsColoursCome()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("Use `SETNX` here\n```cpp\nint x = 42;\n```\nplain words\n"));
        NoteLayoutHighlighter highlighter(&document);
        highlighter.rehighlight();
        const auto fixedAt = [&document](int blockNumber, int position) {
            for (const QTextLayout::FormatRange &range : document.findBlockByNumber(blockNumber).layout()->formats()) {
                if (range.start <= position && position < range.start + range.length)
                    return range.format.fontFixedPitch();
            }
            return false;
        };
        QVERIFY(!fixedAt(0, 0));  // "Use"
        QVERIFY(fixedAt(0, 6));   // SETNX
        QVERIFY(!fixedAt(0, 13)); // "here"
        QVERIFY(fixedAt(1, 0));   // the fence
        QVERIFY(fixedAt(2, 4));   // its code
        QVERIFY(fixedAt(3, 0));
        QVERIFY(!fixedAt(4, 0)); // after it
    }

    // A note's row reads as text: no fence marks, nor the language a fence names.
    void aNotesRowReadsWithoutFenceMarks()
    {
        QCOMPARE(
            PlainMarkdown::from(QStringLiteral("Set a TTL\n```cpp\nint ttl = 60;\n```\n~~~\nSETNX\n~~~\nend"), 100),
            QStringLiteral("Set a TTL int ttl = 60; SETNX end"));
    }

    void typingIsSavedWithinASecondOfTheLastKey()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        m_pane->editor()->setFocus();
        QTest::keyClicks(m_pane->editor(), QStringLiteral("Closed, open, half-open."));
        QVERIFY(!m_library->notes().get(idOf(53))); // not on every keystroke
        QTRY_COMPARE_WITH_TIMEOUT(m_library->notes().get(idOf(53)).value_or(Note {}).text,
                                  QStringLiteral("Closed, open, half-open."), NotesPane::kQuietMs + 1000);
        QVERIFY(m_pane->statusText().startsWith(QStringLiteral("Saved")));
    }

    // Autosave off (Preferences > Data): typing waits for Ctrl+S or leaving the question.
    void withoutAutosaveCtrlSSaves()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(QStringLiteral("notesAutosave"))->setChecked(false);
            dialog->accept();
        });
        window->findChild<QAction *>(QStringLiteral("preferences"))->trigger();
        QVERIFY(!NotesPane::savedAutosave());
        window->activateWindow(); // back from the modal dialog
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        window->openQuestion(idOf(53));
        m_pane->editor()->setFocus();
        QTest::keyClicks(m_pane->editor(), QStringLiteral("by hand"));
        QTest::qWait(NotesPane::kQuietMs + 500);
        QVERIFY(!m_library->notes().get(idOf(53)));
        QVERIFY(m_pane->statusText().contains(QStringLiteral("Ctrl+S")));
        QTest::keySequence(m_pane->editor(), QKeySequence::Save);
        QCOMPARE(m_library->notes().get(idOf(53)).value_or(Note {}).text, QStringLiteral("by hand"));
    }

    void switchingQuestionOrFocusSavesAtOnce()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        QTest::keyClicks(m_pane->editor(), QStringLiteral("first"));
        window->openQuestion(idOf(257));
        QCOMPARE(m_library->notes().get(idOf(53))->text, QStringLiteral("first"));
        QVERIFY(m_pane->editor()->toPlainText().isEmpty());

        m_pane->editor()->setFocus();
        QTest::keyClicks(m_pane->editor(), QStringLiteral("ring"));
        m_tree->setFocus(); // focus leaves the editor
        QCOMPARE(m_library->notes().get(idOf(257))->text, QStringLiteral("ring"));

        window->openQuestion(idOf(53));
        QCOMPARE(m_pane->editor()->toPlainText(), QStringLiteral("first"));
    }

    void aFailedSaveKeepsTheTextAndSavesItLater()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        setQueryOnly(true); // as a read-only or full disk would
        QTest::keyClicks(m_pane->editor(), QStringLiteral("precious"));
        QVERIFY(!m_pane->saveNow());
        QVERIFY2(m_pane->statusText().startsWith(QStringLiteral("Not saved:")), qPrintable(m_pane->statusText()));
        QVERIFY(m_pane->hasUnsavedText());

        // Moving on does not drop it: coming back shows it again.
        window->openQuestion(idOf(257));
        window->openQuestion(idOf(53));
        QCOMPARE(m_pane->editor()->toPlainText(), QStringLiteral("precious"));

        setQueryOnly(false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->hasUnsavedText(), NotesPane::kRetryMs + 2000);
        QCOMPARE(m_library->notes().get(idOf(53))->text, QStringLiteral("precious"));
    }

    void notesRenderAsTextOnly()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        m_pane->editor()->setPlainText(
            QStringLiteral("Look <img src=http://example.com/x.png> here "
                           "<script>alert(1)</script>\n\n```cpp\nint x = 42; // answer\n```\n"));
        m_pane->showPreview(true);
        MarkdownView *preview = m_pane->preview();
        const QString shown = preview->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("<img src=http://example.com/x.png>")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("<script>alert(1)</script>")));
        QCOMPARE(preview->refusedResources(), 0); // nothing even asked for it
        // Asked for a picture, the document gives an empty one of its own and fetches nothing.
        const QVariant picture = preview->document()->resource(QTextDocument::ImageResource,
                                                               QUrl(QStringLiteral("http://example.com/x.png")));
        QCOMPARE(picture.value<QImage>().size(), QSize(1, 1));
        QCOMPARE(preview->refusedResources(), 1);

        // The code block is coloured: its line carries formats from the C++ definition.
        QTextBlock code = preview->document()->begin();
        while (code.isValid() && !code.text().contains(QStringLiteral("int x")))
            code = code.next();
        QVERIFY(code.isValid());
        QTRY_VERIFY(!code.layout()->formats().isEmpty());
    }

    // While writing: code is in a monospace font, a first line "Key: value" is text
    // (not metadata), and typing back to what is saved says "Saved" again.
    void theEditorShowsCodeAndPlainTextAsTheyAre()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        QString error;
        QVERIFY(m_library->notes().save(idOf(53),
                                        QStringLiteral("Missed: **half-open** state\n\n```\nopen()\n```\n"
                                                       "plain words and `inline` code\n"),
                                        &error));
        m_pane->reload();
        m_pane->startWriting();
        QPlainTextEdit *editor = m_pane->editor();
        const auto blockWith = [editor](const QString &text) {
            for (QTextBlock b = editor->document()->begin(); b.isValid(); b = b.next()) {
                if (b.text().contains(text))
                    return b;
            }
            return QTextBlock();
        };
        const auto fixedAt = [](const QTextBlock &block, int position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.start <= position && position < range.start + range.length)
                    return range.format.fontFixedPitch();
            }
            return false;
        };
        QTRY_VERIFY(!blockWith(QStringLiteral("open()")).layout()->formats().isEmpty());
        QVERIFY(fixedAt(blockWith(QStringLiteral("open()")), 1));
        const QTextBlock plain = blockWith(QStringLiteral("plain words"));
        QVERIFY(!fixedAt(plain, 1));
        QVERIFY(fixedAt(plain, int(plain.text().indexOf(QStringLiteral("inline"))) + 1));
        // "Missed" is not greyed as if it were the document's metadata.
        const QTextBlock first = editor->document()->firstBlock();
        for (const QTextLayout::FormatRange &range : first.layout()->formats())
            QVERIFY2(range.start > 0, qPrintable(first.text()));

        const QString saved = m_pane->statusText();
        QVERIFY2(saved.startsWith(QStringLiteral("Saved")), qPrintable(saved));
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_X);
        QVERIFY(!m_pane->statusText().startsWith(QStringLiteral("Saved")));
        QTest::keyClick(editor, Qt::Key_Backspace);
        QCOMPARE(m_pane->statusText(), saved);
    }

    void bookmarkFlagAndUndoFromTheKeyboard()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        m_tree->setFocus();
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(*m_library->bookmarks().flagOf(idOf(53)), QString());
        QVERIFY(!m_tree->currentIndex().data(Qt::DecorationRole).isNull());

        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(*m_library->bookmarks().flagOf(idOf(53)), QStringLiteral("hard"));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("flag-hard"))->isChecked());

        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier); // clear
        QVERIFY(!m_library->bookmarks().flagOf(idOf(53)));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // undo the clear
        QCOMPARE(*m_library->bookmarks().flagOf(idOf(53)), QStringLiteral("hard"));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // undo the flag
        QCOMPARE(*m_library->bookmarks().flagOf(idOf(53)), QString());
    }

    // The question's own page shows its flag by the title, in the flag's colour,
    // and a click on it offers the flags.
    void theQuestionPageShowsItsFlag()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *view = window->findChild<QuestionView *>(QStringLiteral("questionView"));
        window->openQuestion(idOf(53));
        const auto titleLine = [view] { return view->document()->firstBlock().text(); };
        QVERIFY(!titleLine().contains(QStringLiteral("Hard")));

        window->changeBookmark(idOf(53), QStringLiteral("hard"));
        QVERIFY2(titleLine().startsWith(QStringLiteral("What is a circuit breaker?")), qPrintable(titleLine()));
        QVERIFY2(titleLine().contains(QStringLiteral("Hard")), qPrintable(titleLine()));
        // The chip's text and its ground, as drawn.
        const auto chipCursor = [view] {
            QTextCursor chip(view->document()->firstBlock());
            chip.movePosition(QTextCursor::EndOfBlock);
            chip.movePosition(QTextCursor::PreviousCharacter);
            return chip;
        };
        const QTextCharFormat format = chipCursor().charFormat();
        QVERIFY(format.isAnchor());
        QVERIFY(Theme::contrast(format.foreground().color(), format.background().color()) >= Theme::kMinimumContrast);
        QCOMPARE(format.background().color().hue() / 10, QColor(Flags::find(QStringLiteral("hard"))->color).hue() / 10);

        // Another flag from the keyboard changes the chip, and undo brings it back.
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY2(titleLine().contains(QStringLiteral("Favourite")), qPrintable(titleLine()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(titleLine().contains(QStringLiteral("Hard")));

        // A click on the chip opens the flag menu.
        const QRect at = view->cursorRect(chipCursor());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at.center() - QPoint(4, 0));
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        const auto actions = menu->actions();
        QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [](QAction *action) {
            return action->text() == QStringLiteral("Flag as Hard") && action->isChecked();
        }));
        menu->close();

        window->changeBookmark(idOf(53), std::nullopt);
        QVERIFY(!titleLine().contains(QStringLiteral("Hard")));
    }

    void bookmarkedOnlyAndTheBookmarksView()
    {
        QString error;
        QVERIFY(m_library->bookmarks().set(idOf(53), QStringLiteral("hard"), &error));
        QVERIFY(m_library->bookmarks().set(idOf(6), QStringLiteral("hard"), &error));
        QVERIFY(m_library->bookmarks().set(idOf(257), QString(), &error));
        auto window = openWindow();
        QVERIFY(window);
        window->findChild<QAction *>(QStringLiteral("bookmarkedOnly"))->setChecked(true);
        QStringList shown;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_tree->model()->rowCount(parent); ++r) {
                const QModelIndex i = m_tree->model()->index(r, 0, parent);
                if (!i.data(ItemDataRole::QuestionId).toString().isEmpty())
                    shown.append(i.data(ItemDataRole::QuestionId).toString());
                walk(i);
            }
        };
        walk({});
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), (QSet<QString> {idOf(53), idOf(6), idOf(257)}));
        const QModelIndex firstSubtopic = m_tree->model()->index(0, 0, m_tree->model()->index(0, 0));
        QVERIFY(m_tree->isExpanded(firstSubtopic)); // all of the few in sight

        // A search looks where the tree does: among the bookmarked, and everywhere
        // again when every question shows.
        auto *searchBox = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *results = window->findChild<QListView *>(QStringLiteral("searchResults"));
        QVERIFY(searchBox->placeholderText().contains(QStringLiteral("bookmarked")));
        const auto found = [results] {
            QSet<QString> ids;
            for (int r = 0; r < results->model()->rowCount(); ++r)
                ids.insert(results->model()->index(r, 0).data(ItemDataRole::QuestionId).toString());
            return ids;
        };
        const QSet<QString> bookmarked {idOf(53), idOf(6), idOf(257)};
        QSet<QString> bookmarkedCaching; // "What is caching?" and any other that speaks of caches
        for (const SearchHit &hit : m_library->search().search(QStringLiteral("cache"), 500)) {
            if (bookmarked.contains(hit.id))
                bookmarkedCaching.insert(hit.id);
        }
        QVERIFY(bookmarkedCaching.contains(idOf(6)) && bookmarkedCaching.size() < 3);
        searchBox->setText(QStringLiteral("cache"));
        QTRY_COMPARE(found(), bookmarkedCaching);
        window->findChild<QAction *>(QStringLiteral("bookmarkedOnly"))->setChecked(false);
        QTRY_VERIFY(found().size() > 20);
        QVERIFY(!searchBox->placeholderText().contains(QStringLiteral("bookmarked")));
        window->findChild<QAction *>(QStringLiteral("bookmarkedOnly"))->setChecked(true);
        QTRY_COMPARE(found(), bookmarkedCaching);
        searchBox->setText(QStringLiteral("kafka"));
        QTRY_COMPARE(found(), QSet<QString>());
        QVERIFY(hasInk(results->viewport())); // says none of the bookmarked match
        searchBox->clear();

        // Every question again, the topics as at the start: not all 551 opened.
        window->findChild<QAction *>(QStringLiteral("bookmarkedOnly"))->setChecked(false);
        QCOMPARE(m_tree->model()->rowCount(), 14);
        QVERIFY(m_tree->isExpanded(m_tree->model()->index(1, 0)));
        QVERIFY(!m_tree->isExpanded(m_tree->model()->index(0, 0, m_tree->model()->index(1, 0))));

        window->findChild<QTabBar *>(QStringLiteral("pages"))->setCurrentIndex(1);
        auto *view = window->findChild<BookmarksView *>(QStringLiteral("bookmarksView"));
        QVERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Hard (2)"));
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Bookmarked (1)"));
        view->setCurrentIndex(view->model()->index(0, 0, view->model()->index(1, 0)));
        QCOMPARE(window->currentQuestionId(), idOf(257));
    }

    // An empty list says why, rather than showing a blank pane.
    void anEmptyListSaysWhatFillsIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->findChild<QAction *>(QStringLiteral("bookmarkedOnly"))->setChecked(true);
        QCOMPARE(m_tree->model()->rowCount(), 0);
        QVERIFY(hasInk(m_tree->viewport()));

        window->findChild<QTabBar *>(QStringLiteral("pages"))->setCurrentIndex(1);
        auto *bookmarks = window->findChild<BookmarksView *>(QStringLiteral("bookmarksView"));
        QCOMPARE(bookmarks->model()->rowCount(), 0);
        QVERIFY(hasInk(bookmarks->viewport()));
        window->findChild<QTabBar *>(QStringLiteral("pages"))->setCurrentIndex(2);
        auto *notes = window->findChild<NotesListView *>(QStringLiteral("notesView"));
        QCOMPARE(notes->model()->rowCount(), 0);
        QVERIFY(hasInk(notes->viewport()));
    }

    void deletingANoteCanBeUndone()
    {
        QString error;
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("keep me"), &error));
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        window->findChild<QAction *>(QStringLiteral("deleteNote"))->trigger();
        QVERIFY(!m_library->notes().get(idOf(53)));
        QVERIFY(m_pane->editor()->toPlainText().isEmpty());
        window->undoStack()->undo();
        QCOMPARE(m_library->notes().get(idOf(53))->text, QStringLiteral("keep me"));
        QCOMPARE(m_pane->editor()->toPlainText(), QStringLiteral("keep me"));
    }

    // Undo of a deletion never overwrites a note written since; redo never deletes it.
    void undoingADeletionKeepsANoteWrittenSince()
    {
        QString error;
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("the old note"), &error));
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(53));
        window->findChild<QAction *>(QStringLiteral("deleteNote"))->trigger();
        QVERIFY(!m_library->notes().get(idOf(53)));

        // A new note, typed and not yet saved, when Undo comes.
        m_pane->editor()->setFocus();
        QTest::keyClicks(m_pane->editor(), QStringLiteral("written since"));
        window->undoStack()->undo();
        const QString text = m_library->notes().get(idOf(53))->text;
        QVERIFY2(text.startsWith(QStringLiteral("written since")) && text.endsWith(QStringLiteral("the old note")),
                 qPrintable(text));
        QCOMPARE(m_pane->editor()->toPlainText(), text);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("added below")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(!window->undoStack()->canRedo()); // a redo would delete the new words

        // Deleted, undone, then edited: a redo keeps the edit.
        window->findChild<QAction *>(QStringLiteral("deleteNote"))->trigger();
        window->undoStack()->undo();
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("edited after the undo"), &error));
        window->undoStack()->redo();
        QCOMPARE(m_library->notes().get(idOf(53))->text, QStringLiteral("edited after the undo"));
    }

    // SIGTERM (as on shutdown) saves the note being written and takes the quit
    // backup before the app quits, as closing the window does.
    void sigtermSavesTheNoteAndBacksUp()
    {
        auto window = openWindow();
        QVERIFY(window);
        ShutdownSaver saver(*window);
        QVERIFY(saver.isListening());
        QSignalSpy quit(&saver, &ShutdownSaver::shutdownRequested);
        window->openQuestion(idOf(53));
        m_pane->editor()->setFocus();
        QTest::keyClicks(m_pane->editor(), QStringLiteral("typed just before the shutdown"));
        QVERIFY(!m_library->notes().get(idOf(53))); // not yet saved by itself

        const QDir backups(m_library->backupFolder());
        const qsizetype before = backups.entryList({QStringLiteral("study-*.sqlite")}, QDir::Files).size();
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(quit.size(), 1);
        QCOMPARE(quit.first().first().toInt(), SIGTERM);
        QCOMPARE(m_library->notes().get(idOf(53)).value_or(Note {}).text,
                 QStringLiteral("typed just before the shutdown"));
        QCOMPARE(backups.entryList({QStringLiteral("study-*.sqlite")}, QDir::Files).size(), before + 1);
    }

    void theNotesViewAndSearchSeeNotes()
    {
        QString error;
        QVERIFY(m_library->notes().save(
            idOf(305), QStringLiteral("## Fix\n**Coalesce** requests, see [docs](https://x.org).\n- Second `line`."),
            &error));
        auto window = openWindow();
        QVERIFY(window);
        window->findChild<QTabBar *>(QStringLiteral("pages"))->setCurrentIndex(2);
        auto *notes = window->findChild<NotesListView *>(QStringLiteral("notesView"));
        QCOMPARE(notes->model()->rowCount(), 1);
        // Where the question sits, and the note as it reads, without its Markdown.
        QCOMPARE(notes->model()->index(0, 0).data(ItemDataRole::Location).toString(),
                 QStringLiteral("#305 · Caching & CDN"));
        QCOMPARE(notes->model()->index(0, 0).data(ItemDataRole::Snippet).toString(),
                 QStringLiteral("Fix Coalesce requests, see docs. Second line."));
        // The tooltip shows the note as text: rich text there would load pictures from the disk.
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("<img src=\"/dev/zero\"> breaker"), &error));
        notes->setNotes(m_library->notes().all());
        for (int row = 0; row < notes->model()->rowCount(); ++row) {
            const QString tip = notes->model()->index(row, 0).data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
        }

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QTest::keyClicks(search, QStringLiteral("has:note coalesce"));
        auto *results = window->findChild<QListView *>(QStringLiteral("searchResults"));
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(results->model()
                    ->index(0, 0)
                    .data(ItemDataRole::Location)
                    .toString()
                    .contains(QStringLiteral("in your note")));
    }

    void aSecondStartBringsTheFirstWindowForward()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString db = m_dir->filePath(QStringLiteral("n.sqlite"));
        QVERIFY(!SingleInstance::activateRunning(db)); // nobody listening yet
        SingleInstance instance(db, window.get());
        QVERIFY(instance.isListening());
        // The socket is in a folder only this user can enter, never in the shared /tmp.
        const QFileInfo folder(QFileInfo(*SingleInstance::socketPath(db)).absolutePath());
        QCOMPARE(folder.ownerId(), ::geteuid());
        QCOMPARE(folder.permissions()
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                        | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(folder.absoluteFilePath() != QDir::temp().absolutePath());
        // The second start is another process; here, another thread, while this one serves.
        std::atomic<bool> answered = false;
        std::thread second([&] { answered = SingleInstance::activateRunning(db); });
        QTRY_VERIFY(answered.load());
        second.join();
    }

    // Callers that leave before their answer leave the window as it was: no
    // SIGPIPE ends it, and the next start is answered.
    void callersThatLeaveEarlyDoNotEndTheWindow()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString db = m_dir->filePath(QStringLiteral("n.sqlite"));
        SingleInstance instance(db, window.get());
        QVERIFY(instance.isListening());
        const QByteArray path = QFile::encodeName(*SingleInstance::socketPath(db));
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        for (int caller = 0; caller < 10; ++caller) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(fd >= 0);
            QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
            QCOMPARE(::send(fd, "activate\n", 9, MSG_NOSIGNAL), 9);
            ::close(fd);
            QTest::qWait(20); // the window hears it and answers into a closed socket
        }
        std::atomic<bool> answered = false;
        std::thread second([&] { answered = SingleInstance::activateRunning(db); });
        QTRY_VERIFY(answered.load());
        second.join();
    }

    // A runtime folder that others can enter is not used; a shared fallback that
    // someone else opened up is refused, and the window works on without listening.
    void theSocketFolderMustBePrivate()
    {
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QString open = m_dir->filePath(QStringLiteral("open-runtime"));
        QVERIFY(QDir().mkpath(open));
        QVERIFY(QFile::setPermissions(open, QFile::Permissions(0x7777)));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(open));
        const QString fallback = QDir::temp().filePath(QStringLiteral("sdstudy-%1").arg(::geteuid()));
        const auto path = SingleInstance::socketPath(m_dir->filePath(QStringLiteral("n.sqlite")));
        QVERIFY(path && path->startsWith(fallback + QLatin1Char('/')));

        const QFile::Permissions kept = QFileInfo(fallback).permissions();
        QVERIFY(QFile::setPermissions(fallback, kept | QFile::WriteOther | QFile::ExeOther | QFile::ReadOther));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("is not a folder only this user can reach")));
        QVERIFY(!SingleInstance::socketPath(m_dir->filePath(QStringLiteral("n.sqlite"))));
        QVERIFY(QFile::setPermissions(fallback, kept));
        qputenv("XDG_RUNTIME_DIR", runtime);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
    NotesPane *m_pane = nullptr;
    QTreeView *m_tree = nullptr;
};

QTEST_MAIN(TestNotesAndBookmarks)
#include "tst_notesandbookmarks.moc"
