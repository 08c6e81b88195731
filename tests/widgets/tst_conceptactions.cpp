// The person's word on concepts from the window: the page's links and the Edit
// menu split and fold, undo puts it back, and the page, tree and counts follow.

#include "core/studylibrary.h"
#include "widgets/conceptjoindialog.h"
#include "widgets/mainwindow.h"
#include "widgets/questionview.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

class TestConceptActions final : public QObject
{
    Q_OBJECT

private:
    QString idOf(int number) { return *m_library->questions().resolve(QString::number(number)); }
    QString conceptOf(int number) { return m_library->questions().question(idOf(number))->conceptId; }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_library);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        m_view = window->findChild<QuestionView *>(QStringLiteral("questionView"));
        return window;
    }
    QString page() const { return m_view->document()->toPlainText(); }
    // The link under the page's text `label`.
    QString linkOf(const QString &label) const
    {
        for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.text() == label && fragment.charFormat().isAnchor())
                    return fragment.charFormat().anchorHref();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-concepts"));
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("could not|failed")));
        QSettings().clear();
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    // Under the answer: the other phrasings, the related questions, and the two links.
    void thePageLinksPhrasingsAndRelatedQuestions()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(274)); // "What is tracing?"
        QVERIFY2(page().contains(QStringLiteral("Related:\nHow do you design a distributed tracing system?")),
                 qPrintable(page()));
        QVERIFY(!page().contains(QStringLiteral("Also asked as")));
        // A related link opens that question.
        Q_EMIT m_view->anchorClicked(QUrl(linkOf(QStringLiteral("How do you design a distributed tracing system?"))));
        QCOMPARE(m_view->questionId(), idOf(633));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("conceptSplit"))->isEnabled());

        window->openQuestion(idOf(53));
        QVERIFY(page().contains(QStringLiteral("Also asked as #96, #117")));
        // One list of related questions for the concept, whichever phrasing is open.
        const QString related = page().section(QStringLiteral("Related:"), 1);
        window->openQuestion(idOf(96));
        QCOMPARE(page().section(QStringLiteral("Related:"), 1), related);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("conceptSplit"))->isEnabled());
    }

    // "Not the same question?" splits the page's question off, Ctrl+Z puts it back.
    void splitFromThePageAndUndo()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(117));
        QCOMPARE(conceptOf(117), idOf(53));
        // Kept on one line: its spaces do not break.
        const QString split = linkOf(QStringLiteral("Not the same question?").replace(QLatin1Char(' '), QChar(0x00a0)));
        QVERIFY(split.startsWith(QStringLiteral("sdstudy-concept:split-")));

        // A link a bank could write (it cannot know this run's number) does nothing.
        Q_EMIT m_view->anchorClicked(QUrl(QStringLiteral("sdstudy-concept:split-0")));
        QCOMPARE(conceptOf(117), idOf(53));

        Q_EMIT m_view->anchorClicked(QUrl(split));
        QCOMPARE(conceptOf(117), idOf(117));
        QVERIFY(!page().contains(QStringLiteral("Also asked as")));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("a card of its own")));

        window->undoStack()->undo();
        QCOMPARE(conceptOf(117), idOf(53));
        QVERIFY(page().contains(QStringLiteral("Also asked as #53")));
        window->undoStack()->redo();
        QCOMPARE(conceptOf(117), idOf(117));
    }

    // "Same question as another…": a search finds the twin; OK folds the two.
    void joinThroughTheDialog()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(idOf(274));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConceptJoinDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *search = dialog->findChild<QLineEdit *>();
            QCOMPARE(search->text(), QStringLiteral("tracing")); // the title's subject, as written
            search->setText(QStringLiteral("distributed tracing system"));
            auto *results = dialog->findChild<QListWidget *>();
            QVERIFY(results->count() >= 1);
            // Nothing is chosen for the person: Enter in the search folds nothing.
            QCOMPARE(results->currentRow(), -1);
            QTest::keyClick(search, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            results->setCurrentRow(0);
            QVERIFY(results->currentItem()->text().startsWith(QStringLiteral("#633")));
            // A number finds that question.
            search->setText(QStringLiteral("#633"));
            QCOMPARE(results->count(), 1);
            results->setCurrentRow(0);
            answered = true;
            dialog->accept();
        });
        window->findChild<QAction *>(QStringLiteral("conceptJoin"))->trigger();
        QVERIFY(answered);
        QCOMPARE(conceptOf(633), conceptOf(274));
        QVERIFY(page().contains(QStringLiteral("Also asked as #633")));
        window->undoStack()->undo();
        QVERIFY(conceptOf(633) != conceptOf(274));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
    QuestionView *m_view = nullptr;
};

QTEST_MAIN(TestConceptActions)
#include "tst_conceptactions.moc"
