// Every change reaches every open view, whichever path made it: the window, undo,
// an import, a store written directly (as a study sitting does), and nothing is
// announced for a write that was rolled back.

#include "core/librarychanges.h"
#include "core/progressfile.h"
#include "core/studylibrary.h"
#include "widgets/bookmarkicons.h"
#include "widgets/collectionviews.h"
#include "widgets/itemdatarole.h"
#include "widgets/mainwindow.h"
#include "widgets/notespane.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

class TestChangeSignals final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }

    // The question ids a list view shows.
    static QStringList idsIn(const QAbstractItemModel *model)
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(ItemDataRole::QuestionId).toString());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_library);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_library.reset();
    }

    // A bookmark set behind the window's back (a sitting flags a leech this way)
    // shows in the Bookmarks tab and in an is:bookmarked search already on show.
    void aBookmarkFromAnyPathReachesEveryView()
    {
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *results = m_window->findChild<QListView *>(QStringLiteral("searchResults"));
        auto *bookmarks = m_window->findChild<BookmarksView *>(QStringLiteral("bookmarksView"));
        search->setText(QStringLiteral("is:bookmarked"));
        QCOMPARE(results->model()->rowCount(), 0);

        QString error;
        QVERIFY(m_library->bookmarks().set(idOf(53), QStringLiteral("hard"), &error));
        QCOMPARE(idsIn(results->model()), QStringList {idOf(53)}); // #53 leads its concept
        QVERIFY(bookmarks->model()->rowCount() > 0);

        // Through the window and back with undo: the search follows both ways, and the
        // status bar says what happened to which question.
        m_window->changeBookmark(idOf(257), QString());
        QCOMPARE(results->model()->rowCount(), 2);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("#257: bookmarked"));
        m_window->undoStack()->undo();
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("#257: bookmark removed (Ctrl+Z takes it back)"));

        // Clearing the search clears its count from the status bar.
        search->clear();
        QVERIFY2(!m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Matches")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        search->setText(QStringLiteral("is:bookmarked"));

        // From an import.
        const QByteArray file
            = QStringLiteral("{\"format\": \"sdstudy-progress\", \"version\": 1, \"bookmarks\": ["
                             "{\"id\": \"%1\", \"flag\": null, \"updated\": \"2026-01-01T00:00:00.000Z\"}]}")
                  .arg(idOf(3))
                  .toUtf8();
        QVERIFY(ProgressFile::read(file, QStringLiteral("p.json"), *m_library).error.isEmpty());
        QCOMPARE(results->model()->rowCount(), 2);
    }

    // A note written elsewhere (a mock interview's "Add to my note", an import)
    // shows in the note pane of the question on show and in the Notes tab.
    void aNoteFromAnyPathReachesThePaneAndTheNotesTab()
    {
        m_window->openQuestion(idOf(53));
        auto *pane = m_window->findChild<NotesPane *>(QStringLiteral("notesPane"));
        QString error;
        QVERIFY(m_library->notes().save(idOf(53), QStringLiteral("written elsewhere"), &error));
        QCOMPARE(pane->editor()->toPlainText(), QStringLiteral("written elsewhere"));

        m_window->findChild<QTabBar *>(QStringLiteral("pages"))->setCurrentIndex(2);
        auto *notes = m_window->findChild<NotesListView *>(QStringLiteral("notesView"));
        QCOMPARE(notes->model()->rowCount(), 1);
        QVERIFY(m_library->notes().save(idOf(257), QStringLiteral("a second one"), &error));
        QCOMPARE(notes->model()->rowCount(), 2);

        // Typing in the pane is never replaced by its own saves coming back.
        pane->editor()->setFocus();
        pane->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(pane->editor(), QStringLiteral(" and here"));
        QVERIFY(pane->saveNow());
        QCOMPARE(pane->editor()->toPlainText(), QStringLiteral("written elsewhere and here"));
        QCOMPARE(pane->editor()->textCursor().position(), pane->editor()->toPlainText().size());
    }

    // Nothing is announced for a write that was rolled back, and what a
    // transaction changed is announced once, when it commits.
    void announcementsWaitForTheCommit()
    {
        QSignalSpy bookmarks(&m_library->database().changes(), &LibraryChanges::bookmarksChanged);
        QString error;
        QVERIFY(!m_library->database().inTransaction(
            [&](QString *failure) {
                m_library->bookmarks().set(idOf(53), QString(), failure);
                *failure = QStringLiteral("changed my mind");
                return false;
            },
            &error));
        QCOMPARE(bookmarks.size(), 0);
        QVERIFY(m_library->database().inTransaction(
            [&](QString *failure) {
                return m_library->bookmarks().set(idOf(53), QString(), failure)
                    && m_library->bookmarks().set(idOf(257), QString(), failure)
                    && m_library->bookmarks().set(idOf(53), QStringLiteral("hard"), failure);
            },
            &error));
        QCOMPARE(bookmarks.size(), 1);
        QCOMPARE(bookmarks.first().first().toStringList(), (QStringList {idOf(53), idOf(257)}));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestChangeSignals)
#include "tst_changesignals.moc"
