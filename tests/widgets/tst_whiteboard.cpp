// The whiteboard driven as a person draws: components added by typing their name,
// from the palette and by dropping; arrows drawn with the mouse and by Ctrl+L;
// labels typed in place; moves snapped to the grid; multi-step undo and redo; the
// sketch saved by itself and back on the next opening; a stored sketch that does
// not read left alone; and the comparison with the reference only when allowed.

#include "core/sketchkinds.h"
#include "core/studylibrary.h"
#include "widgets/whiteboard.h"
#include "widgets/whiteboardscene.h"
#include "widgets/whiteboardview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace sdstudy::core;
using namespace sdstudy::widgets;
using namespace Qt::StringLiterals;
using Part = WhiteboardScene::Part;

class TestWhiteboard final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }

    std::unique_ptr<Whiteboard> openBoard(int number)
    {
        auto board = std::make_unique<Whiteboard>(*m_library);
        board->resize(1000, 640);
        board->show();
        if (!QTest::qWaitForWindowExposed(board.get()))
            qFatal("the whiteboard did not show");
        board->setQuestion(idOf(number));
        return board;
    }
    static void typeComponent(Whiteboard &board, const QString &name)
    {
        board.quickAdd()->setFocus();
        QTest::keyClicks(board.quickAdd(), name);
        QTest::keyClick(board.quickAdd(), Qt::Key_Return);
    }
    static QPoint onScreen(Whiteboard &board, const QString &componentId)
    {
        const QRectF box = board.board()->rectOf({Part::Component, componentId, -1});
        return board.view()->mapFromScene(box.center());
    }
    static QAction *action(Whiteboard &board, const QString &text)
    {
        for (QAction *a : board.findChild<QToolBar *>()->actions()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        qFatal("no action %s", qPrintable(text));
    }
    std::optional<Sketch> stored(int number)
    {
        QString error;
        const auto sketch = m_library->sketches().get(idOf(number), &error);
        return sketch ? std::optional(sketch->sketch) : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(u"w.sqlite"_s), &error), qPrintable(error));
        // Every warning fails but the offscreen platform's about the completer's popup.
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support)"_s));
    }
    void cleanup() { m_library.reset(); }

    void drawConnectLabelUndoAndReload()
    {
        auto board = openBoard(21);
        const Sketch &sketch = board->board()->sketch();
        typeComponent(*board, u"Redis"_s);
        QCOMPARE(sketch.components.size(), 1);
        QCOMPARE(sketch.components[0].kind, u"cache"_s);
        QCOMPARE(sketch.components[0].label, u"Redis"_s);
        QVERIFY(board->quickAdd()->text().isEmpty());
        // A name no kind knows: the person's own service, with their name.
        typeComponent(*board, u"flurbix"_s);
        QCOMPARE(sketch.components.size(), 2);
        QCOMPARE(sketch.components[1].kind, u"service"_s);
        QCOMPARE(sketch.components[1].label, u"flurbix"_s);
        board->board()->undoStack()->undo();
        QCOMPARE(sketch.components.size(), 1);

        // From the palette: Load balancer, placed beside the last one and not on it.
        auto *palette = board->findChild<QListWidget *>(u"whiteboardPalette"_s);
        const auto lb = palette->findItems(SketchKinds::displayName(u"load-balancer"_s), Qt::MatchExactly);
        QCOMPARE(lb.size(), 1);
        Q_EMIT palette->itemActivated(lb.first());
        QCOMPARE(sketch.components.size(), 2);
        QCOMPARE(sketch.components[1].kind, u"load-balancer"_s);
        QVERIFY(QLineF(sketch.components[0].centre, sketch.components[1].centre).length() >= 100);

        // An arrow drawn with the mouse, from the load balancer to the cache.
        action(*board, u"Draw Arrows"_s)->trigger();
        QWidget *viewport = board->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, onScreen(*board, u"c2"_s));
        QTest::mouseMove(viewport, (onScreen(*board, u"c2"_s) + onScreen(*board, u"c1"_s)) / 2);
        QTest::mouseMove(viewport, onScreen(*board, u"c1"_s));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, onScreen(*board, u"c1"_s));
        QCOMPARE(sketch.connections.size(), 1);
        QCOMPARE(sketch.connections[0].from, u"c2"_s);
        QCOMPARE(sketch.connections[0].to, u"c1"_s);
        action(*board, u"Draw Arrows"_s)->trigger(); // back to selecting

        // The arrow's label typed in place, its path chosen.
        board->view()->editLabel({Part::Connection, {}, 0});
        QVERIFY(board->view()->isEditingLabel());
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, u"lookup"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!board->view()->isEditingLabel());
        QCOMPARE(sketch.connections[0].label, u"lookup"_s);
        board->board()->select({{Part::Connection, {}, 0}});
        auto *path = board->findChild<QComboBox *>();
        QVERIFY(path->isEnabled());
        path->setCurrentIndex(path->findData(u"read"_s));
        Q_EMIT path->activated(path->currentIndex());
        QCOMPARE(sketch.connections[0].path, u"read"_s);

        // Escape drops a label being typed.
        board->view()->editLabel({Part::Component, u"c1"_s, -1});
        QTest::keyClicks(QApplication::focusWidget(), u"Memcached"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(sketch.components[0].label, u"Redis"_s);

        // Undo, step by step, and redo.
        const Sketch done = sketch;
        QUndoStack *undo = board->board()->undoStack();
        QCOMPARE(undo->count(), 5); // add, add, connect, label, path
        undo->undo();
        QCOMPARE(sketch.connections[0].path, QString());
        undo->undo();
        QCOMPARE(sketch.connections[0].label, QString());
        undo->undo();
        QVERIFY(sketch.connections.isEmpty());
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(sketch, done);

        // Saved by itself a moment later, and there the next time.
        QTRY_VERIFY_WITH_TIMEOUT(stored(21), 5000);
        QCOMPARE(stored(21)->toJsonText(), done.toJsonText());
        board.reset();
        board = openBoard(21);
        QCOMPARE(board->board()->sketch(), done);
        QCOMPARE(board->board()->undoStack()->count(), 0);
    }

    void movesSnapAndDeletingTakesTheArrowsAlong()
    {
        auto board = openBoard(21);
        const Sketch &sketch = board->board()->sketch();
        typeComponent(*board, u"client"_s);
        typeComponent(*board, u"api gateway"_s);
        typeComponent(*board, u"kafka"_s);
        QCOMPARE(sketch.components.size(), 3);
        QCOMPARE(sketch.components[0].label, QString()); // the kind's own name is no label
        // Selected in order, then Ctrl+L: client -> gateway -> queue.
        board->board()->clearSelection();
        QList<WhiteboardScene::ItemRef> chosen;
        for (const QString &id : {u"c1"_s, u"c2"_s, u"c3"_s}) {
            chosen.append({Part::Component, id, -1});
            board->board()->select(chosen); // as with Ctrl+click, one more each time
        }
        QCOMPARE(board->board()->selectedComponents(), (QStringList {u"c1"_s, u"c2"_s, u"c3"_s}));
        board->view()->setFocus();
        QTest::keyClick(board->view(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(sketch.connections.size(), 2);
        QCOMPARE(sketch.connections[0].from, u"c1"_s);
        QCOMPARE(sketch.connections[1].to, u"c3"_s);

        // Dragged by 37 pixels: lands on the grid.
        board->board()->clearSelection();
        const QPointF before = sketch.components[0].centre;
        const QPoint from = onScreen(*board, u"c1"_s);
        QWidget *viewport = board->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(20, 15));
        QTest::mouseMove(viewport, from + QPoint(37, 45));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(37, 45));
        const QPointF after = sketch.components[0].centre;
        QVERIFY2(after != before, "the component did not move");
        QCOMPARE(std::fmod(after.x(), WhiteboardScene::kGrid), 0.0);
        QCOMPARE(std::fmod(after.y(), WhiteboardScene::kGrid), 0.0);
        QCOMPARE(board->board()->undoStack()->undoText(), u"Move"_s);

        // The gateway deleted: both arrows go with it; undo brings all three back.
        board->board()->select({{Part::Component, u"c2"_s, -1}});
        board->view()->setFocus();
        QTest::keyClick(board->view(), Qt::Key_Delete);
        QCOMPARE(sketch.components.size(), 2);
        QVERIFY(sketch.connections.isEmpty());
        board->board()->undoStack()->undo();
        QCOMPARE(sketch.components.size(), 3);
        QCOMPARE(sketch.connections.size(), 2);
    }

    void aFrameGoesAroundTheSelectionAndTextsAreWritten()
    {
        auto board = openBoard(21);
        const Sketch &sketch = board->board()->sketch();
        typeComponent(*board, u"service"_s);
        typeComponent(*board, u"database"_s);
        board->board()->selectAll();
        action(*board, u"Frame"_s)->trigger();
        QCOMPARE(sketch.frames.size(), 1);
        for (const SketchComponent &c : sketch.components)
            QVERIFY(sketch.frames[0].rect.contains(c.centre));
        action(*board, u"Text"_s)->trigger();
        QVERIFY(board->view()->isEditingLabel());
        QWidget *editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, u"100M DAU"_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sketch.texts.size(), 1);
        QCOMPARE(sketch.texts[0].text, u"100M DAU"_s);
    }

    // A change made elsewhere (the command line, an import) shows here, unless the
    // board holds work of its own not yet saved; Escape takes back a text box just made.
    void followsChangesMadeElsewhere()
    {
        auto board = openBoard(21);
        Sketch elsewhere;
        elsewhere.components = {{u"c1"_s, u"queue"_s, u"Kafka"_s, {0, 0}}};
        QString error;
        QVERIFY(m_library->sketches().save(idOf(21), elsewhere, &error));
        QCOMPARE(board->board()->sketch(), elsewhere);

        action(*board, u"Text"_s)->trigger();
        QVERIFY(board->view()->isEditingLabel());
        QCOMPARE(board->board()->sketch().texts.size(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(board->board()->sketch().texts.isEmpty());
        QCOMPARE(board->board()->sketch(), elsewhere);

        typeComponent(*board, u"Redis"_s); // not saved yet
        Sketch later = elsewhere;
        later.components[0].label = u"Kinesis"_s;
        QVERIFY(m_library->sketches().save(idOf(21), later, &error));
        QCOMPARE(board->board()->sketch().components.size(), 2); // the board's own work stays
    }

    // A stored sketch that does not read (a damaged row) is never saved over.
    void aSketchThatDoesNotReadIsLeftAlone()
    {
        QSqlQuery query(m_library->database().connection());
        query.prepare(u"INSERT INTO sketches (question_id, content, updated_at) VALUES (?, ?, ?)"_s);
        query.addBindValue(idOf(21));
        query.addBindValue(u"{\"format\": \"sdstudy-sketch\", \"version\": 1, \"components\": 7}"_s);
        query.addBindValue(u"2026-11-30T10:00:00.000Z"_s);
        QVERIFY(query.exec());
        auto board = openBoard(21);
        QVERIFY(board->board()->isReadOnly());
        bool said = false;
        for (QLabel *label : board->findChildren<QLabel *>())
            said = said || label->text().contains(u"does not read: components: not a list"_s);
        QVERIFY(said);
        typeComponent(*board, u"cache"_s);
        QVERIFY(board->board()->sketch().isEmpty());
        board.reset();
        QVERIFY(query.exec(u"SELECT content FROM sketches"_s) && query.next());
        QVERIFY(query.value(0).toString().contains(u"\"components\": 7"_s));
    }

    void theReferenceShowsOnlyWhenAllowed()
    {
        auto board = openBoard(21);
        QAction *compareAction = action(*board, u"Compare"_s);
        QVERIFY(board->hasReference());
        board->setComparisonAllowed(false);
        QVERIFY(!compareAction->isEnabled());
        board->showComparison(true);
        QWidget *panel = board->findChild<QWidget *>(u"whiteboardComparison"_s);
        QVERIFY(!panel->isVisible());
        board->setComparisonAllowed(true);
        typeComponent(*board, u"Redis"_s);
        compareAction->trigger();
        QVERIFY(panel->isVisible());
        const auto coverage = board->coverage();
        QVERIFY(coverage);
        QCOMPARE(coverage->matched.size(), 1);
        QCOMPARE(coverage->matched.first().reference.id, u"cache"_s);
        bool listed = false;
        for (QListWidget *list : panel->findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i)
                listed = listed || list->item(i)->text().contains(u"Shorten API"_s);
        }
        QVERIFY2(listed, "the missed components are not listed");

        // A question with no reference diagram: nothing to compare with.
        board->setQuestion(idOf(5));
        QVERIFY(!board->hasReference());
        QVERIFY(!compareAction->isEnabled());
        QVERIFY(!board->coverage());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestWhiteboard)
#include "tst_whiteboard.moc"
