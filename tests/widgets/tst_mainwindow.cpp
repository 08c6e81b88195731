// Drives the window offscreen the way a person does and checks what they would see.

#include "core/bankimporter.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"
#include "core/topicrules.h"
#include "widgets/backgroundfilecheck.h"
#include "widgets/helpdialog.h"
#include "widgets/itemdatarole.h"
#include "widgets/mainwindow.h"
#include "widgets/markdownview.h"
#include "widgets/notespane.h"
#include "widgets/questionview.h"
#include "widgets/searchresultdelegate.h"
#include "widgets/theme.h"
#include "widgets/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFrame>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_library);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        m_search = window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        m_tree = window->findChild<QTreeView *>(QStringLiteral("topicTree"));
        m_results = window->findChild<QListView *>(QStringLiteral("searchResults"));
        m_view = window->findChild<QuestionView *>(QStringLiteral("questionView"));
        return window;
    }

    QString shownText() const { return m_view->toPlainText(); }

private Q_SLOTS:
    void init()
    {
        // Errors that only warn (a failed search, save or backup) fail the test.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("search failed|could not be saved|backup on quit failed")));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
    }

    // The whole file is read after the window is up; damage found then is said at
    // once, and the next start recovers the file first.
    void damageFoundAfterStartIsSaidAndRecoveredNext()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(path, &error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.size() > 64 * 1024);
        file.seek(file.size() / 3);
        file.write(QByteArray(32 * 1024, '\xA5'));
        file.close();

        QWidget window;
        BackgroundFileCheck check(path, &window);
        QSignalSpy finished(&check, &BackgroundFileCheck::finished);
        QString said;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        closer.start(20);
        check.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(said.contains(QStringLiteral("damaged")) && said.contains(QStringLiteral("backup")), qPrintable(said));
        QVERIFY(QFile::exists(path + QStringLiteral(".check")));
    }

    // Light and dark are whole palettes on Fusion; "as the desktop" gives the
    // platform's palette and style back (and with them its light/dark switching).
    void themesApplyAtOnceAndReturnToTheDesktop()
    {
        const QPalette desktop = QApplication::palette();
        const QString desktopStyle = QApplication::style()->name();
        const QFont desktopFont = QApplication::font();
        auto window = openWindow();
        QVERIFY(window);

        Theme::apply(Theme::Choice::Dark, 0);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
        QTRY_COMPARE(window->palette().color(QPalette::Base), QApplication::palette().color(QPalette::Base));
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy);
        QCOMPARE(proxy->baseStyle()->name(), QStringLiteral("fusion"));

        Theme::apply(Theme::Choice::Light, 18);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QCOMPARE(QApplication::font().pointSize(), 18);

        Theme::apply(Theme::Choice::System, 0);
        QCOMPARE(QApplication::style()->name(), desktopStyle);
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Text, QPalette::Highlight})
            QCOMPARE(QApplication::palette().color(role), desktop.color(role));
        QCOMPARE(QApplication::font(), desktopFont);
    }

    // Without an icon theme (as here) the toolbar still shows the app's own drawings.
    void toolbarIconsHaveFallbacks()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("studyToolBar"));
        QVERIFY(toolBar);
        QCOMPARE(toolBar->actions().size(), 4);
        for (QAction *action : toolBar->actions()) {
            const QImage image = action->icon().pixmap(QSize(24, 24)).toImage();
            QVERIFY2(!image.isNull(), qPrintable(action->text()));
            int painted = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            QVERIFY2(painted > 40, qPrintable(action->text())); // a drawing, not an empty square
        }
    }

    void modelsKeepTheirContracts()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModelTester treeTester(m_tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester resultsTester(m_results->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(m_search, QStringLiteral("cache"));
        window->findChild<QAction *>(QStringLiteral("showEveryPhrasing"))->toggle();
        window->findChild<QAction *>(QStringLiteral("showEveryPhrasing"))->toggle();
    }

    void treeShowsTopicsWithCounts()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModel *model = m_tree->model();
        QCOMPARE(model->rowCount(), 14);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Fundamentals & trade-offs (")));
        const QModelIndex messaging = model->index(5, 0);
        QVERIFY(messaging.data().toString().startsWith(QStringLiteral("Messaging & streaming (")));
        QVERIFY(model->rowCount(messaging) >= 6);
        QVERIFY(model->index(0, 0, messaging).data().toString().contains(QLatin1Char('(')));
        // A question's row says it has no children: the view does not ask each one.
        const QModelIndex subtopic = model->index(0, 0, messaging);
        const QModelIndex question = model->index(0, 0, subtopic);
        QVERIFY(!question.data(ItemDataRole::QuestionId).toString().isEmpty());
        QVERIFY(question.flags().testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!subtopic.flags().testFlag(Qt::ItemNeverHasChildren));
        // Look-alike titles cut short keep their different ends in sight.
        QCOMPARE(m_tree->textElideMode(), Qt::ElideMiddle);
    }

    // Each question opens at its top, its title in sight, even when its answer is
    // taller than the view: the first one, shown as the window is built, in a
    // window as small as 1440x900 at 200% makes it, and one after another read to
    // its end.
    void aQuestionOpensAtItsTop()
    {
        auto window = std::make_unique<MainWindow>(m_library);
        window->resize(720, 450);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *view = window->findChild<QuestionView *>(QStringLiteral("questionView"));
        QVERIFY(view->verticalScrollBar()->maximum() > 0); // taller than the view
        QCOMPARE(view->verticalScrollBar()->value(), 0);

        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        window->openQuestion(*m_library.questions().resolve(QStringLiteral("22"))); // a chat system's design
        QCoreApplication::processEvents();
        QCOMPARE(view->verticalScrollBar()->value(), 0);
    }

    void selectingAQuestionShowsItsAnswer()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModel *model = m_tree->model();
        // Caching & CDN > Cache strategies > its first question, by keyboard.
        const QModelIndex caching = model->index(2, 0);
        m_tree->setFocus();
        m_tree->setCurrentIndex(caching);
        QTest::keyClick(m_tree, Qt::Key_Right); // expand (already expanded) / move into it
        m_tree->setCurrentIndex(model->index(0, 0, caching));
        QTest::keyClick(m_tree, Qt::Key_Right); // expand the subtopic
        QTest::keyClick(m_tree, Qt::Key_Down);  // its first question
        const QModelIndex current = m_tree->currentIndex();
        const QString id = current.data(ItemDataRole::QuestionId).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(window->currentQuestionId(), id);
        QVERIFY(shownText().startsWith(current.data().toString()));
        QVERIFY(shownText().contains(QStringLiteral("Caching & CDN › Cache strategies")));
    }

    // An empty note is the one line "Add a Note", so the answer gets the height; writing
    // one gives the note its room, and a note is never folded away.
    void anEmptyNoteIsOneLineAndTheAnswerGetsTheRoom()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->resize(1024, 640);
        window->openQuestion(*m_library.questions().resolve(QStringLiteral("5")));
        auto *notes = window->findChild<NotesPane *>(QStringLiteral("notesPane"));
        auto *add = window->findChild<QPushButton *>(QStringLiteral("addNote"));
        QTRY_VERIFY(notes->isCompact());
        QVERIFY(add->isVisible());
        QVERIFY(!notes->editor()->isVisible());
        QTRY_VERIFY2(notes->height() < 3 * add->sizeHint().height(), qPrintable(QString::number(notes->height())));
        const int answerHeight = m_view->height();

        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!notes->isCompact());
        QVERIFY(notes->editor()->hasFocus());
        QVERIFY(m_view->height() < answerHeight);
        QTest::keyClicks(notes->editor(), QStringLiteral("fan-out on write"));
        m_tree->setFocus();
        QVERIFY(notes->saveNow());
        QCoreApplication::processEvents();
        QVERIFY(!notes->isCompact()); // a note stays open

        // Another question without a note folds again; this one's note opens again.
        window->openQuestion(*m_library.questions().resolve(QStringLiteral("6")));
        QTRY_VERIFY(notes->isCompact());
        window->openQuestion(*m_library.questions().resolve(QStringLiteral("5")));
        QVERIFY(!notes->isCompact());
        QVERIFY(m_library.notes().save(*m_library.questions().resolve(QStringLiteral("5")), QString(), nullptr));
    }

    // The toolbar says what F5 would ask now, and follows every answer given.
    void theToolbarSaysWhatIsDue()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *studyNow = window->findChild<QAction *>(QStringLiteral("studyNow"));
        const auto expected = [this] {
            const QuizPlan plan
                = QuizPlanner(m_library.database(), m_library.reviews())
                      .plan(QuizScope(), QDateTime::currentDateTimeUtc(), StudySettings::load().newPerDay);
            return QStringLiteral("Study Now · %1 due · %2 new").arg(plan.due).arg(plan.fresh);
        };
        const QString before = expected();
        QTRY_COMPARE(studyNow->iconText(), before);
        QVERIFY(before.contains(QStringLiteral(" new")));
        const auto question = m_library.questions().question(*m_library.questions().resolve(QStringLiteral("7")));
        QString error;
        QVERIFY2(
            m_library.reviews().answer({question->conceptId, question->id, FsrsScheduler::Rating::Again,
                                        QStringLiteral("recall"), 1000, QDateTime::currentDateTimeUtc().addSecs(-3600)},
                                       &error),
            qPrintable(error));
        QVERIFY(expected() != before);
        QTRY_COMPARE(studyNow->iconText(), expected());
        QCOMPARE(studyNow->text(), QStringLiteral("Study &Now (Recall)")); // the menu keeps its name
    }

    // While a sitting runs, the window behind it does not show the answers.
    void aSittingHidesTheAnswerBehindIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString shown = *m_library.questions().resolve(QStringLiteral("1"));
        window->openQuestion(shown);
        QVERIFY(shownText().contains(QStringLiteral("process of defining architecture")));
        QString during;
        QTimer::singleShot(0, this, [this, &during] {
            during = shownText();
            if (auto *sitting = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                sitting->accept();
        });
        window->findChild<QAction *>(QStringLiteral("studyNow"))->trigger();
        QVERIFY2(!during.isEmpty() && !during.contains(QStringLiteral("process of defining architecture")),
                 qPrintable(during));
        QCOMPARE(window->currentQuestionId(), shown);
        QVERIFY(shownText().contains(QStringLiteral("process of defining architecture")));
    }

    void typingSearchesAndEnterOpensTheAnswer()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_search->hasFocus());
        QTest::keyClicks(m_search, QStringLiteral("consistent hash"));
        QVERIFY(m_results->isVisible());
        QVERIFY(!m_tree->isVisible());
        QCOMPARE(m_results->model()->index(0, 0).data().toString(), QStringLiteral("What is consistent hashing?"));
        QTest::keyClick(m_search, Qt::Key_Return);
        QVERIFY(shownText().startsWith(QStringLiteral("What is consistent hashing?")));
        // Down walks the results without leaving the search box.
        QTest::keyClick(m_search, Qt::Key_Down);
        QVERIFY(m_search->hasFocus());
        QCOMPARE(m_results->currentIndex().row(), 1);
        QVERIFY(shownText().startsWith(m_results->currentIndex().data().toString()));
        QTest::keyClick(m_search, Qt::Key_Up);
        QVERIFY(shownText().startsWith(QStringLiteral("What is consistent hashing?")));
        QVERIFY(shownText().contains(QStringLiteral("Keys and nodes on ring; key maps to next node.")));

        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(m_search->text().isEmpty());
        QVERIFY(m_tree->isVisible());
        QVERIFY(m_tree->hasFocus());
        QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("What is consistent hashing?"));
    }

    // "#241 What is circuit breaker?" is a phrasing of #53: the result names #53,
    // the question that opens.
    void aResultShowsTheQuestionThatOpens()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keyClicks(m_search, QStringLiteral("what is circuit breaker"));
        const QModelIndex first = m_results->model()->index(0, 0);
        QCOMPARE(first.data(ItemDataRole::QuestionNumber).toInt(), 53);
        QVERIFY2(first.data(ItemDataRole::Location).toString().startsWith(QStringLiteral("#53 ")),
                 qPrintable(first.data(ItemDataRole::Location).toString()));
        // Its piece of answer is #241's, and the row says so.
        QVERIFY2(first.data(ItemDataRole::Location).toString().endsWith(QStringLiteral(" · found in #241")),
                 qPrintable(first.data(ItemDataRole::Location).toString()));
        QTest::keyClick(m_search, Qt::Key_Return);
        QVERIFY(shownText().contains(QStringLiteral("#53 ·")));
        QCOMPARE(first.data().toString(), m_view->toPlainText().section(QLatin1Char('\n'), 0, 0));
    }

    // Each result shows a piece of its answer with the words found marked, also
    // when another form of the word was found.
    void aResultShowsWhyItMatched()
    {
        auto window = openWindow();
        QVERIFY(window);
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("invalidates"));
        QVERIFY(m_results->model()->rowCount() > 0);
        const QModelIndex first = m_results->model()->index(0, 0);
        const QString snippet = first.data(ItemDataRole::Snippet).toString();
        const auto matches = first.data(ItemDataRole::SnippetMatches).value<QList<QPoint>>();
        QVERIFY2(!matches.isEmpty(), qPrintable(snippet));
        for (const QPoint &match : matches)
            QVERIFY2(snippet.mid(match.x(), match.y()).startsWith(QStringLiteral("invalidat"), Qt::CaseInsensitive),
                     qPrintable(snippet));
        QVERIFY(!snippet.contains(QLatin1Char('[')));
        // The title's words found are marked too, in their other forms as well.
        m_search->clear();
        QTest::keyClicks(m_search, QStringLiteral("stampedes"));
        const QModelIndex stampede = m_results->model()->index(0, 0);
        const QString title = stampede.data().toString();
        const auto inTitle = stampede.data(ItemDataRole::TitleMatches).value<QList<QPoint>>();
        QCOMPARE(inTitle.size(), 1);
        QCOMPARE(title.mid(inTitle.first().x(), inTitle.first().y()), QStringLiteral("stampede"));
        // Three lines: title, where it sits, the piece of answer.
        QVERIFY(m_results->visualRect(first).height() >= 3 * m_results->fontMetrics().height());
    }

    // A snippet whose start does not fit is cut before a word, never inside one,
    // whatever width the list has.
    void aCutSnippetStartsAtAWord()
    {
        const QString text = QStringLiteral("Each replica acknowledges the write before the leader commits it and ");
        const QFontMetrics metrics(QApplication::font());
        const QString ellipsis(QChar(0x2026));
        for (int width = metrics.horizontalAdvance(ellipsis); width < metrics.horizontalAdvance(text); ++width) {
            const QString shown = SearchResultDelegate::endFromAWord(text, metrics, width);
            QVERIFY2(shown.startsWith(ellipsis), qPrintable(shown));
            const QString end = shown.mid(1);
            QVERIFY2(text.endsWith(end), qPrintable(shown));
            QVERIFY2(end.isEmpty() || text.at(text.size() - end.size() - 1) == QLatin1Char(' '), qPrintable(shown));
            QVERIFY2(metrics.horizontalAdvance(shown) <= width, qPrintable(shown));
        }
        QCOMPARE(SearchResultDelegate::endFromAWord(text, metrics, metrics.horizontalAdvance(text)), text);
        // One long word has no start to cut at: its end shows, as far as it fits.
        const QString path = QStringLiteral("/var/lib/postgresql/16/main/pg_wal/000000010000000000000042");
        const int room = metrics.horizontalAdvance(path) / 2;
        const QString shown = SearchResultDelegate::endFromAWord(path, metrics, room);
        QVERIFY2(shown.size() > 10 && path.endsWith(shown.mid(1)), qPrintable(shown));
        QVERIFY2(metrics.horizontalAdvance(shown) <= room, qPrintable(shown));
    }

    void searchWithoutMatchesSaysSo()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keyClicks(m_search, QStringLiteral("zzqqxx"));
        QCOMPARE(m_results->model()->rowCount(), 0);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("zzqqxx")));
    }

    void nextAndPreviousWalkTheTree()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString start = window->currentQuestionId();
        QTest::keyClick(window.get(), Qt::Key_Down, Qt::AltModifier);
        const QString next = window->currentQuestionId();
        QVERIFY(next != start);
        QTest::keyClick(window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), start);
    }

    void aBranchListsAsManyQuestionsAsItsCountSays()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModel *model = m_tree->model();
        // Caching & CDN > its first subtopic, opened: as many concepts as the bank has there.
        const QModelIndex caching = model->index(2, 0);
        const QModelIndex strategies = model->index(0, 0, caching);
        m_tree->expand(strategies);
        const QList<TopicCount> counts = m_library.questions().topicCounts();
        const auto topic = std::find_if(counts.cbegin(), counts.cend(), [&](const TopicCount &t) {
            return caching.data().toString().startsWith(t.topic + QStringLiteral(" ("));
        });
        QVERIFY(topic != counts.cend());
        const SubtopicCount &first = topic->subtopics.first();
        QCOMPARE(strategies.data().toString(), QStringLiteral("%1 (%2)").arg(first.name).arg(first.concepts));
        QCOMPARE(model->rowCount(strategies), first.concepts);
        QSet<QString> ids;
        for (int row = 0; row < model->rowCount(strategies); ++row) {
            const QModelIndex question = model->index(row, 0, strategies);
            QCOMPARE(model->parent(question), strategies);
            QCOMPARE(model->rowCount(question), 0);
            const QString id = question.data(ItemDataRole::QuestionId).toString();
            const auto record = m_library.questions().question(id);
            QVERIFY(record);
            QCOMPARE(record->subtopic, first.name);
            QCOMPARE(question.data().toString(), record->title);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), first.concepts);
    }

    void theTreeIsReadAPageAtATimeAndSteppedInTheOrderShown()
    {
        // Another bank with its own headings: a topic's own question before its
        // subtopics, and a subtopic of 1,200 questions: six pages, numbered across
        // the runs of 512 that place a row.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StudyLibrary library;
        QString error;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("tree.sqlite")), &error), qPrintable(error));
        QByteArray bank = "## Lighthouses\n\n#### 1. What is a Fresnel lens?\n**Answer:** Rings of glass.\n\n"
                          "### Keepers\n\n#### 2. Who keeps a lighthouse?\n**Answer:** A keeper.\n\n"
                          "### Lamps\n\n#### 3. What burned in old lamps?\n**Answer:** Whale oil.\n\n"
                          "## Harbours\n\n### Moorings\n\n";
        for (int n = 4; n < 1204; ++n)
            bank += QStringLiteral("#### %1. What holds mooring %1?\n**Answer:** Chain %1.\n\n").arg(n).toUtf8();
        bank += "### Tides\n\n#### 1204. When is high tide?\n**Answer:** Twice a day.\n";
        QVERIFY(BankImporter(library.database(), TopicRules::bundled())
                    .import({QStringLiteral("harbour"), QStringLiteral("Harbour"), QStringLiteral("harbour.md"), bank,
                             std::nullopt})
                    .changed);
        TopicTreeModel model(library.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QStringList shown; // question ids in the order the rows are shown
        QHash<QString, QPersistentModelIndex> rowOf;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                if (const QString id = i.data(ItemDataRole::QuestionId).toString(); !id.isEmpty()) {
                    shown.append(id);
                    rowOf.insert(id, i);
                    // Under its own topic and subtopic, with its own title.
                    const auto record = library.questions().question(id);
                    QCOMPARE(i.data().toString(), record->title);
                    QString place = parent.data().toString();
                    QVERIFY2(place.startsWith((record->subtopic.isEmpty() ? record->topic : record->subtopic)
                                              + QStringLiteral(" (")),
                             qPrintable(place + QStringLiteral(" / ") + record->title));
                }
                walk(i);
            }
        };
        // Folded, one entry per concept: each is found at the row it is shown.
        walk({});
        QCOMPARE(model.questionCount(), int(shown.size()));
        QVERIFY(shown.size() < 780 + 1204);
        for (const QString &id : std::as_const(shown))
            QCOMPARE(QPersistentModelIndex(model.indexOfQuestion(id)), rowOf.value(id));

        model.setShowEveryPhrasing(true);
        shown.clear();
        rowOf.clear();
        walk({});
        QCOMPARE(shown.size(), 780 + 1204);
        QCOMPARE(model.questionCount(), int(shown.size()));
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), shown.size());
        const QString first = *library.questions().resolve(QStringLiteral("harbour:1"));
        const qsizetype harbour = shown.indexOf(first);
        QCOMPARE(harbour, 780); // the other bank after the bundled one, its topic's own question first
        QCOMPARE(library.questions().question(first)->subtopic, QString()); // under Lighthouses itself
        QCOMPARE(shown.at(harbour + 1), *library.questions().resolve(QStringLiteral("harbour:2"))); // Keepers
        QCOMPARE(shown.last(), *library.questions().resolve(QStringLiteral("harbour:1204")));

        // Next and Previous walk exactly what is shown, across branches and banks.
        for (qsizetype i = harbour - 1; i + 1 < shown.size(); ++i) {
            QCOMPARE(model.questionAfter(shown.at(i), +1), shown.at(i + 1));
            QCOMPARE(model.questionAfter(shown.at(i + 1), -1), shown.at(i));
            QCOMPARE(QPersistentModelIndex(model.indexOfQuestion(shown.at(i + 1))), rowOf.value(shown.at(i + 1)));
        }
        QCOMPARE(model.questionAfter(shown.last(), +1), shown.last());
        QCOMPARE(model.questionAfter(shown.first(), -1), shown.first());
        QCOMPARE(model.questionAfter(shown.at(harbour + 10), -20), shown.at(harbour - 10));

        // A bookmark deep in the third page shows, and the rows stay where they are.
        const QString deep = *library.questions().resolve(QStringLiteral("harbour:420"));
        QVERIFY(rowOf.value(deep).data(Qt::DecorationRole).isNull());
        QVERIFY(library.bookmarks().set(deep, QStringLiteral("hard"), &error));
        model.refreshBookmarks();
        QVERIFY(rowOf.value(deep).isValid());
        QVERIFY(!rowOf.value(deep).data(Qt::DecorationRole).isNull());
        model.setBookmarkedOnly(true);
        QCOMPARE(model.questionCount(), 1);
        QCOMPARE(model.questionAfter(QString(), +1), deep);
        QCOMPARE(model.indexOfQuestion(deep).row(), 0);
    }

    void nextAndPreviousCrossFromOneBranchToTheNext()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModel *model = m_tree->model();
        const QModelIndex caching = model->index(2, 0);
        const QModelIndex first = model->index(0, 0, caching), second = model->index(1, 0, caching);
        const QString last
            = model->index(model->rowCount(first) - 1, 0, first).data(ItemDataRole::QuestionId).toString();
        const QString next = model->index(0, 0, second).data(ItemDataRole::QuestionId).toString();
        window->openQuestion(last);
        QTest::keyClick(window.get(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), next);
        QTest::keyClick(window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), last);
        // The very first question stays where it is going back.
        const QModelIndex top = model->index(0, 0, model->index(0, 0));
        const QString opening = model->index(0, 0, top).data(ItemDataRole::QuestionId).toString();
        window->openQuestion(opening);
        QTest::keyClick(window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), opening);
    }

    void aBookmarkLeavesOpenBranchesOpen()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModel *model = m_tree->model();
        const QModelIndex caching = model->index(2, 0);
        const QModelIndex first = model->index(0, 0, caching), second = model->index(1, 0, caching);
        m_tree->expand(first);
        m_tree->expand(second);
        QVERIFY(model->rowCount(second) > 0);
        window->openQuestion(model->index(0, 0, second).data(ItemDataRole::QuestionId).toString());
        m_tree->setFocus();
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!m_tree->currentIndex().data(Qt::DecorationRole).isNull());
        QVERIFY(m_tree->isExpanded(first));
        QVERIFY(m_tree->isExpanded(second));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier); // and the bookmark goes again
        QVERIFY(m_tree->currentIndex().data(Qt::DecorationRole).isNull());
        QVERIFY(m_tree->isExpanded(first));
    }

    void otherPhrasingsAreLinked()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->openQuestion(*m_library.questions().resolve(QStringLiteral("96")));
        QVERIFY(shownText().contains(QStringLiteral("Also asked as #53, #117")));
        Q_EMIT m_view->questionLinkActivated(QStringLiteral("system-design:53"));
        QVERIFY(shownText().startsWith(QStringLiteral("What is a circuit breaker? When would you use it?")));
    }

    // A link, a search result or a diagram took the person elsewhere: Back brings
    // the question before, Forward the one after, as in a browser.
    void backAndForwardRetraceWhatWasRead()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString first = *m_library.questions().resolve(QStringLiteral("96"));
        window->openQuestion(first);
        Q_EMIT m_view->questionLinkActivated(QStringLiteral("system-design:53"));
        const QString second = window->currentQuestionId();
        QVERIFY(second != first);
        m_search->setFocus(); // as Ctrl+F does
        QTest::keyClicks(m_search, QStringLiteral("consistent hashing"));
        QTest::keyClick(m_search, Qt::Key_Return);
        const QString third = window->currentQuestionId();
        QVERIFY(third != second && third != first);
        QVERIFY(m_results->currentIndex().isValid());

        auto *back = window->findChild<QAction *>(QStringLiteral("historyBack"));
        auto *forward = window->findChild<QAction *>(QStringLiteral("historyForward"));
        QVERIFY(back && forward);
        QVERIFY(!forward->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), second);
        // The results still on show no longer mark the one left behind.
        QVERIFY(m_results->isVisible());
        QVERIFY(m_results->currentIndex().data(ItemDataRole::QuestionId).toString() != third);
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), first);
        QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), second);

        // The mouse's side buttons, over any part of the window.
        QTest::mouseClick(m_view->viewport(), Qt::ForwardButton);
        QCOMPARE(window->currentQuestionId(), third);
        QVERIFY(!forward->isEnabled());
        QTest::mouseClick(m_tree->viewport(), Qt::BackButton);
        QCOMPARE(window->currentQuestionId(), second);

        // Going somewhere new from the middle drops what lay ahead.
        window->openQuestion(first);
        QVERIFY(!forward->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), second);

        // The Go menu offers both.
        QMenu *go = nullptr;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&Go"))
                go = menu->menu();
        }
        QVERIFY(go);
        QVERIFY(go->actions().contains(back) && go->actions().contains(forward));
    }

    // A diagram chosen in the Diagrams tab brings its question, never silently.
    void aDiagramThatBringsItsQuestionSaysSo()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString start = *m_library.questions().resolve(QStringLiteral("1"));
        window->openQuestion(start);
        auto *pages = window->findChild<QTabBar *>(QStringLiteral("pages"));
        pages->setCurrentIndex(3);
        auto *diagrams = window->findChild<QTreeWidget *>();
        QVERIFY(diagrams);
        diagrams->setCurrentItem(diagrams->topLevelItem(0)->child(0));
        QVERIFY(window->currentQuestionId() != start);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("the question this diagram explains")),
                 qPrintable(window->statusBar()->currentMessage()));
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentQuestionId(), start);
    }

    void everyPhrasingCanBeListed()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto countQuestions = [this] {
            int n = 0;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < m_tree->model()->rowCount(parent); ++r) {
                    const QModelIndex i = m_tree->model()->index(r, 0, parent);
                    n += !i.data(ItemDataRole::QuestionId).toString().isEmpty();
                    walk(i);
                }
            };
            walk({});
            return n;
        };
        const int folded = countQuestions();
        QCOMPARE(folded, 551);
        window->findChild<QAction *>(QStringLiteral("showEveryPhrasing"))->setChecked(true);
        QCOMPARE(countQuestions(), 780);
        window->findChild<QAction *>(QStringLiteral("showEveryPhrasing"))->setChecked(false);
        QCOMPARE(countQuestions(), folded);
    }

    void lastQuestionIsShownAgainOnTheNextStart()
    {
        const QString id = *m_library.questions().resolve(QStringLiteral("461"));
        {
            auto window = openWindow();
            QVERIFY(window);
            window->openQuestion(id);
            window->close();
        }
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->currentQuestionId(), id);
        QVERIFY(shownText().startsWith(QStringLiteral("What is database LSM tree?")));
    }

    void theShortcutSheetReadsTheMenus()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString sheet = HelpDialog::shortcutSheet(window->menuBar());
        QVERIFY2(sheet.contains(QStringLiteral("| Study Now (Recall) | F5 |")), qPrintable(sheet));
        QVERIFY(sheet.contains(QStringLiteral("| Diagram Panel | F9 |")));
        QVERIFY(sheet.contains(QStringLiteral("| Print Topic Sheet | Ctrl+P |")));
        QVERIFY(HelpDialog::guide().contains(QStringLiteral("flag:hard")));
    }

    // Both pages open at their top, where the guide's welcome and the first keys are.
    void helpOpensAtTheTopOfEachPage()
    {
        auto window = openWindow();
        QVERIFY(window);
        HelpDialog help(window->menuBar(), window.get());
        help.resize(600, 400); // shorter than either page
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        for (const char *page : {"guide", "shortcuts"}) {
            auto *view = help.findChild<MarkdownView *>(QLatin1String(page));
            QVERIFY(view);
            help.showPage(QLatin1String(page) == QLatin1String("guide") ? HelpDialog::GuidePage
                                                                        : HelpDialog::ShortcutsPage);
            QTRY_VERIFY(view->isVisible());
            QVERIFY(view->verticalScrollBar()->maximum() > 0);
            QCOMPARE(view->verticalScrollBar()->value(), 0);
        }
    }

    // Before the main window appears, no other window flashes up (a part shown
    // before the window took it in would be mapped as a window of its own).
    void noStrayWindowAppearsOnStart()
    {
        QSettings().remove(QStringLiteral("window/welcomed")); // the welcome bar is one of its parts
        struct ShownWindows : QObject
        {
            QStringList shown;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() == QEvent::Show && watched->isWidgetType()
                    && static_cast<QWidget *>(watched)->isWindow())
                    shown.append(QString::fromLatin1(watched->metaObject()->className()));
                return false;
            }
        } watch;
        qApp->installEventFilter(&watch);
        MainWindow window(m_library);
        QCoreApplication::processEvents();
        qApp->removeEventFilter(&watch);
        QVERIFY2(watch.shown.isEmpty(), qPrintable(watch.shown.join(QStringLiteral(", "))));
    }

    void theWelcomeShowsUntilDismissed()
    {
        QSettings().remove(QStringLiteral("window/welcomed"));
        {
            auto window = openWindow();
            auto *bar = window->findChild<QFrame *>(QStringLiteral("welcomeBar"));
            QVERIFY(bar->isVisible());
            QTest::mouseClick(bar->findChild<QToolButton *>(), Qt::LeftButton);
            QVERIFY(!bar->isVisible());
        }
        auto again = openWindow();
        QVERIFY(!again->findChild<QFrame *>(QStringLiteral("welcomeBar"))->isVisible());
    }

private:
    QTemporaryDir m_dir;
    StudyLibrary m_library;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QListView *m_results = nullptr;
    QuestionView *m_view = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
