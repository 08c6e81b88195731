// Recall practice driven from the keyboard, as a person studies.

#include "core/backupsettings.h"
#include "core/keyterms.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "core/studysession.h"
#include "core/studysettings.h"
#include "core/translations.h"
#include "diagrams/diagramcatalog.h"
#include "sheets/sheetselection.h"
#include "widgets/choiceoption.h"
#include "widgets/diagrampanel.h"
#include "widgets/markdownview.h"
#include "widgets/mockinterviewpanel.h"
#include "widgets/notespane.h"
#include "widgets/preferencesdialog.h"
#include "widgets/recallpage.h"
#include "widgets/schedulerfitter.h"
#include "widgets/sessionsetupdialog.h"
#include "widgets/studydialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace sdstudy::core;
using namespace sdstudy::sheets;
using namespace sdstudy::widgets;

class TestStudy final : public QObject
{
    Q_OBJECT

private:
    // Clicks `button` of the message box the next key opens, once it is up.
    static void clickInNextMessageBox(const QString &button)
    {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
        });
    }

    QStringList studyNow(int size = 0)
    {
        QuizScope scope;
        scope.size = size;
        return QuizPlanner(m_library->database(), m_library->reviews())
            .plan(scope, QDateTime::currentDateTimeUtc(), StudySession::kDefaultNewPerDay)
            .concepts;
    }
    int logRows()
    {
        QSqlQuery q(m_library->database().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM review_log")) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-recall"));
        QSettings().clear();
    }

    void init()
    {
        // Errors that only warn (a failed search, save or backup) fail the test.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("search failed|could not be saved|backup on quit failed")));
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("r.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    void spaceRevealsAndNumbersGrade()
    {
        StudyDialog dialog(*m_library, QuizMode::Recall, studyNow());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        // New questions in tree order: the first is #1.
        QVERIFY(view->toPlainText().startsWith(QStringLiteral("What is system design?")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("process of defining architecture")));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("studyProgress"))->text().contains(QStringLiteral("To go: 20")));

        // Space shows the answer, also once the question's text has been clicked.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(view->toPlainText().contains(QStringLiteral("process of defining architecture")));
        // A rule parts the question from the answer.
        QVERIFY(view->document()->firstBlock().next().blockFormat().hasProperty(
            QTextFormat::BlockTrailingHorizontalRulerWidth));
        // The Show Answer button and the grade buttons take the same place and height.
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button3"))->height(),
                 dialog.findChild<QPushButton *>(QStringLiteral("reveal"))->height());
        // The next intervals show on the buttons: learning steps 1 and 10 minutes, Hard halfway.
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button1"))->text(),
                 QStringLiteral("Again (1)\n1 min"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button2"))->text(), QStringLiteral("Hard (2)\n6 min"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button3"))->text(),
                 QStringLiteral("Good (3)\n10 min"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("button4"))->text().endsWith(QStringLiteral(" d")));

        QTest::keyClick(&dialog, Qt::Key_3);
        QCOMPARE(logRows(), 1);
        // Space shows the next answer, and Space again answers Good.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(logRows(), 2);
        QSqlQuery rating(m_library->database().connection());
        QVERIFY(rating.exec(QStringLiteral("SELECT rating FROM review_log ORDER BY id DESC LIMIT 1")) && rating.next());
        QCOMPARE(rating.value(0).toInt(), 3);
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(logRows(), 1);
        QVERIFY(!view->toPlainText().startsWith(QStringLiteral("What is system design?")));

        // Ctrl+Z takes it back and asks it again.
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(logRows(), 0);
        QVERIFY(view->toPlainText().startsWith(QStringLiteral("What is system design?")));
    }

    // A question with a diagram shows it with the answer, not before; one
    // without gives the answer the whole card.
    void theAnswerComesWithItsDiagram()
    {
        const auto &catalog = sdstudy::diagrams::DiagramCatalog::bundled();
        const sdstudy::diagrams::DiagramFile *architecture = nullptr;
        for (const auto &file : catalog.all()) {
            if (file.kind == sdstudy::diagrams::DiagramFile::Kind::Architecture && !file.questions.isEmpty()) {
                architecture = &file;
                break;
            }
        }
        QVERIFY(architecture);
        const auto drawn = m_library->questions().question(architecture->questions.first());
        QVERIFY(drawn);
        const QString plain = *m_library->questions().resolve(QStringLiteral("1")); // "What is system design?"
        QVERIFY(catalog.forQuestions(m_library->questions().phrasingsOf(plain)).isEmpty());

        for (const QuizMode mode : {QuizMode::Recall, QuizMode::Typed, QuizMode::Mock}) {
            StudyDialog dialog(*m_library, mode, {drawn->conceptId, plain});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *diagram = dialog.findChild<DiagramPanel *>(QStringLiteral("studyDiagram"));
            QVERIFY(!diagram || !diagram->isVisible()); // not before the answer
            if (mode == QuizMode::Typed)
                dialog.findChild<QPushButton *>(QStringLiteral("checkTyped"))->click();
            else if (mode == QuizMode::Mock)
                dialog.findChild<QPushButton *>(QStringLiteral("mockReveal"))->click();
            else
                QTest::keyClick(&dialog, Qt::Key_Space);
            diagram = dialog.findChild<DiagramPanel *>(QStringLiteral("studyDiagram"));
            QVERIFY2(diagram && diagram->isVisible(), qPrintable(StudyDialog::modeName(mode)));
            QVERIFY(diagram->hasDiagram());
            QVERIFY(diagram->width() > 200 && diagram->height() > 200);
            // The answer keeps room to read beside or above it.
            auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
            QVERIFY(view->width() > 200 && view->height() > 150);

            QTest::keyClick(&dialog, Qt::Key_3);
            QVERIFY(view->toPlainText().startsWith(QStringLiteral("What is system design?")));
            QVERIFY(!diagram->isVisible());
        }
    }

    void multipleChoiceRewardsTheRightPickAndExplainsAWrongOne()
    {
        StudyDialog dialog(*m_library, QuizMode::Choice, studyNow());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        QVERIFY(view->toPlainText().startsWith(QStringLiteral("What is system design?")));
        // The four answers are the buttons, the right one among them once.
        const QString right = QStringLiteral("System design is process of defining architecture");
        QList<ChoiceOption *> options;
        for (int i = 1; i <= 4; ++i)
            options.append(dialog.findChild<ChoiceOption *>(QStringLiteral("option%1").arg(i)));
        int correct = -1;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(options[i]->isVisible());
            if (options[i]->answer().contains(right)) {
                QCOMPARE(correct, -1);
                correct = i + 1;
            }
            QVERIFY(!options[i]->answer().contains(QStringLiteral("**")));
        }
        QVERIFY(correct > 0);
        // Enter or Space right away picks nothing: no answer is chosen for the person.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(logRows(), 0);
        const int wrong = correct == 1 ? 2 : 1;
        QTest::keyClick(&dialog, Qt::Key(Qt::Key_0 + wrong));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Not this one")));
        // Right and wrong in colour and in words.
        QCOMPARE(options[correct - 1]->mark(), ChoiceOption::Mark::Right);
        QCOMPARE(options[wrong - 1]->mark(), ChoiceOption::Mark::PickedWrong);
        QVERIFY(options[correct - 1]->accessibleName().contains(QStringLiteral("Right answer")));
        QVERIFY(options[wrong - 1]->accessibleName().contains(QStringLiteral("Your pick")));
        QVERIFY(!options[correct - 1]->styleSheet().isEmpty());
        QSqlQuery rating(m_library->database().connection());
        QVERIFY(rating.exec(QStringLiteral("SELECT rating, mode FROM review_log")) && rating.next());
        QCOMPARE(rating.value(0).toInt(), 1);
        QCOMPARE(rating.value(1).toString(), QStringLiteral("choice"));
        QTest::mouseClick(options[correct - 1], Qt::LeftButton); // picks nothing more
        QCOMPARE(logRows(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // next
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Not this one")));
        QCOMPARE(options[0]->mark(), ChoiceOption::Mark::None);
        // A click on an answer picks it.
        QTest::mouseClick(options[2], Qt::LeftButton);
        QCOMPARE(logRows(), 2);
    }

    void typedRecallShowsFoundAndMissedTermsAndSuggestsAGrade()
    {
        StudyDialog dialog(*m_library, QuizMode::Typed, studyNow());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        auto *typed = dialog.findChild<QPlainTextEdit *>(QStringLiteral("typedAnswer"));
        QVERIFY(typed->hasFocus());
        // #1: "System design is process of defining architecture, components, and data flow..."
        QTest::keyClicks(typed, QStringLiteral("defining the architecture and its components [*really*]"));
        QTest::keyClick(typed, Qt::Key_Return, Qt::ControlModifier);
        const QString page = view->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Key terms you had")), qPrintable(page));
        // What was typed stays in view beside the answer.
        QVERIFY(page.contains(QStringLiteral("You wrote:")));
        QVERIFY(page.contains(QStringLiteral("defining the architecture and its components [*really*]")));
        QVERIFY(page.contains(QStringLiteral("architecture")));
        QVERIFY(page.contains(QStringLiteral("Missed:")));
        QVERIFY(page.contains(QStringLiteral("System design is process of defining architecture")));
        // The term found is marked in both: on a pale ground, and in bold in what was typed.
        QTextCursor typedWord = view->document()->find(QStringLiteral("the architecture"));
        QVERIFY(!typedWord.isNull());
        typedWord = view->document()->find(QStringLiteral("architecture"), typedWord.selectionStart());
        QVERIFY(typedWord.charFormat().fontWeight() >= QFont::Bold);
        const QTextCursor inAnswer = view->document()->find(QStringLiteral("defining architecture"));
        QVERIFY(!inAnswer.isNull());
        QTextCursor answerWord(view->document());
        answerWord.setPosition(inAnswer.selectionEnd() - 1);
        QVERIFY(answerWord.charFormat().background().isOpaque());
        QVERIFY(answerWord.charFormat().fontWeight() < QFont::Bold);
        // Some of the terms, not most: Hard or Again is suggested, and Space takes it.
        QWidget *suggested = QApplication::focusWidget();
        QVERIFY(suggested == dialog.findChild<QPushButton *>(QStringLiteral("button1"))
                || suggested == dialog.findChild<QPushButton *>(QStringLiteral("button2")));
        QTest::keyClick(suggested, Qt::Key_Space);
        QSqlQuery row(m_library->database().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT mode, rating FROM review_log")) && row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("typed"));
        QVERIFY(row.value(1).toInt() <= 2);
    }

    void aWholeSittingEndsWithASummaryAndOffersTheMisses()
    {
        StudyDialog dialog(*m_library, QuizMode::Recall, studyNow(3));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        const QString forgotten = view->toPlainText().section(QLatin1Char('\n'), 0, 0);
        auto *showNote = dialog.findChild<QCheckBox *>(QStringLiteral("showNote"));
        QVERIFY(showNote->isVisible());
        for (int key : {Qt::Key_1, Qt::Key_4, Qt::Key_4, Qt::Key_4}) { // Again comes back at the end
            QTest::keyClick(&dialog, Qt::Key_Space);
            QTest::keyClick(&dialog, key);
        }
        QVERIFY2(view->toPlainText().contains(QStringLiteral("Session done")), qPrintable(view->toPlainText()));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Answered: 4")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Remembered: 75% (3 of 4)")));
        // When to come back, to the minute.
        QVERIFY2(view->toPlainText().contains(QRegularExpression(
                     QStringLiteral("Next review: in \\d+ (min|h|d) \\(([^)]*[^:\\d])?\\d{1,2}:\\d\\d( [AP]M)?\\)$"),
                     QRegularExpression::MultilineOption)),
                 qPrintable(view->toPlainText()));
        QVERIFY(!showNote->isVisible()); // nothing to show a note beside on the summary
        QVERIFY(view->toPlainText().contains(forgotten));
        auto *misses = dialog.findChild<QPushButton *>(QStringLiteral("practiseMisses"));
        QVERIFY(misses->isVisible());
        QVERIFY(misses->hasFocus()); // Space practises the misses
        QCOMPARE(misses->text(), QStringLiteral("Practise the 1 Missed Again"));
        QCOMPARE(dialog.missed().size(), 1);
        QSignalSpy requested(&dialog, &StudyDialog::practiseMissesRequested);
        QTest::keyClick(misses, Qt::Key_Space);
        QCOMPARE(requested.size(), 1);
        // And the planner agrees: the last sitting's misses are that one question.
        QString error;
        QCOMPARE(QuizPlanner(m_library->database(), m_library->reviews())
                     .plan(*QuizScope::parse(QStringLiteral("misses"), &error), QDateTime::currentDateTimeUtc(), 20)
                     .concepts,
                 dialog.missed());
        // And a sheet of the misses holds that question.
        QList<SheetItem> sheet;
        SheetRequest missesSheet;
        missesSheet.misses = true;
        QVERIFY(missesSheet.collect(*m_library, &sheet, &error));
        QCOMPARE(sheet.size(), 1);
        QCOMPARE(sheet.first().question.conceptId, dialog.missed().first());

        // The missed question is a link: the window shows it once the sitting closes.
        const QTextCursor link = view->document()->find(forgotten, view->document()->find(QStringLiteral("Missed")));
        QVERIFY(!link.isNull() && link.charFormat().isAnchor());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(link).center() - QPoint(8, 0));
        QCOMPARE(dialog.questionAskedFor(), dialog.missed().first());
        QVERIFY(!dialog.isVisible());
    }

    // In multiple choice the summary counts right picks, not what was remembered.
    void aMultipleChoiceSummaryCountsRightPicks()
    {
        StudyDialog dialog(*m_library, QuizMode::Choice, studyNow(3));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        QTest::keyClick(&dialog, Qt::Key_1);
        QTest::keyClick(&dialog, Qt::Key_Space);
        clickInNextMessageBox(QStringLiteral("End Session"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY2(view->toPlainText().contains(QRegularExpression(QStringLiteral("Right: \\d+% \\([01] of 1\\)"))),
                 qPrintable(view->toPlainText()));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Remembered")));
    }

    // Esc asks whether to end the sitting; ending shows the summary of what was answered.
    void escapeAsksAndEndsWithTheSummary()
    {
        StudyDialog dialog(*m_library, QuizMode::Recall, studyNow(5));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        QTest::keyClick(&dialog, Qt::Key_Space);
        QTest::keyClick(&dialog, Qt::Key_3);
        clickInNextMessageBox(QStringLiteral("Keep Studying"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Session done")));
        clickInNextMessageBox(QStringLiteral("End Session"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY2(view->toPlainText().contains(QStringLiteral("Session done")), qPrintable(view->toPlainText()));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Answered: 1")));
        QTest::keyClick(&dialog, Qt::Key_Escape); // on the summary, Esc closes
        QVERIFY(!dialog.isVisible());
    }

    // Ended before the first answer: the summary says so, not that there was nothing to study.
    void endingBeforeAnyAnswerSaysTheQuestionsWait()
    {
        StudyDialog dialog(*m_library, QuizMode::Recall, studyNow(5));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        clickInNextMessageBox(QStringLiteral("End Session"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        const QString shown = view->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Session ended")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The 5 question")), qPrintable(shown)); // "(s)" without a translator
        QVERIFY(shown.contains(QStringLiteral("wait for the next one.")));
        QVERIFY(!shown.contains(QStringLiteral("Nothing to study")));
    }

    // Each go at a question is kept on its own: the pad, the stages, the time and
    // the grade. The note is left alone unless the person adds the pad to it.
    void aMockInterviewKeepsEachAttempt()
    {
        QuizScope scope;
        scope.kind = QuizScope::Kind::All;
        scope.designOnly = true;
        scope.size = 1;
        const QStringList plan = QuizPlanner(m_library->database(), m_library->reviews())
                                     .plan(scope, QDateTime::currentDateTimeUtc(), 20)
                                     .concepts;
        QString error;
        QVERIFY(m_library->notes().save(plan.first(), QStringLiteral("Hash then base62."), &error));
        {
            StudyDialog dialog(*m_library, QuizMode::Mock, plan, nullptr, 35);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
            QVERIFY(view->toPlainText().startsWith(QStringLiteral("Design a URL shortener")));
            auto *clock = dialog.findChild<QLabel *>(QStringLiteral("mockClock"));
            QVERIFY2(clock->text().startsWith(QStringLiteral("35:00"))
                         || clock->text().startsWith(QStringLiteral("34:5")),
                     qPrintable(clock->text()));
            // Nothing but the mock's own controls: no grade, reveal or close buttons yet.
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("close"))->isVisible());
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("button1"))->isVisible());
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("mockReveal"))->isVisible());
            auto *earlier = dialog.findChild<QToolButton *>(QStringLiteral("mockEarlier"));
            QVERIFY(!earlier->isVisible()); // the first attempt
            auto *stages = dialog.findChild<QListWidget *>(QStringLiteral("mockStages"));
            QCOMPARE(stages->count(), 7);
            stages->item(0)->setCheckState(Qt::Checked);
            stages->item(1)->setCheckState(Qt::Checked);
            auto *pause = dialog.findChild<QToolButton *>(QStringLiteral("mockPause"));
            QTest::mouseClick(pause, Qt::LeftButton);
            QCOMPARE(pause->text(), QStringLiteral("Resume"));
            QTest::mouseClick(pause, Qt::LeftButton);
            QCOMPARE(pause->text(), QStringLiteral("Pause"));

            // The pad starts empty, not on the note, and saves itself while typing.
            auto *pad = dialog.findChild<QPlainTextEdit *>(QStringLiteral("mockScratch"));
            QVERIFY(pad->hasFocus());
            QVERIFY(pad->toPlainText().isEmpty());
            QTest::keyClicks(pad, QStringLiteral("Base62 ids, 301 redirects"));
            const auto attempts = [this] { return m_library->mockAttempts().all(); };
            QTRY_COMPARE_WITH_TIMEOUT(attempts().value(0).scratch, QStringLiteral("Base62 ids, 301 redirects"),
                                      MockInterviewPanel::kQuietMs + 2000);
            QTest::keyClick(pad, Qt::Key_Return, Qt::ControlModifier); // the model answer
            QVERIFY(view->toPlainText().contains(QStringLiteral("Stages covered: 2 of 7")));
            QCOMPARE(attempts().value(0).stagesDone, (QList<int> {0, 1}));
            auto *padStatus = dialog.findChild<QLabel *>(QStringLiteral("mockPadStatus"));
            QVERIFY2(!padStatus->text().startsWith(QStringLiteral("Not")), qPrintable(padStatus->text()));
            QCOMPARE(m_library->notes().get(plan.first())->text, QStringLiteral("Hash then base62."));

            // The pad stays open for what was missed, and goes into the note when asked.
            QVERIFY(pad->isEnabled() && !pad->isReadOnly());
            pad->moveCursor(QTextCursor::End);
            QTest::keyClick(pad, Qt::Key_Return);
            QTest::keyClicks(pad, QStringLiteral("Missed: cache hot links"));
            dialog.findChild<QPushButton *>(QStringLiteral("mockAddToNote"))->click();
            const QString note = m_library->notes().get(plan.first())->text;
            QVERIFY2(note.startsWith(QStringLiteral("Hash then base62.\n\n### Mock interview, ")), qPrintable(note));
            QVERIFY2(note.endsWith(QStringLiteral("Base62 ids, 301 redirects\nMissed: cache hot links\n")),
                     qPrintable(note));
            QCOMPARE(attempts().value(0).scratch, QStringLiteral("Base62 ids, 301 redirects\nMissed: cache hot links"));

            QTest::keyClick(&dialog, Qt::Key_3);
            QSqlQuery row(m_library->database().connection());
            QVERIFY(row.exec(QStringLiteral("SELECT mode, rating FROM review_log")) && row.next());
            QCOMPARE(row.value(0).toString(), QStringLiteral("mock"));
            QCOMPARE(row.value(1).toInt(), 3);
            QVERIFY(view->toPlainText().contains(QStringLiteral("Session done")));
            QCOMPARE(attempts().size(), 1);
            QCOMPARE(attempts().value(0).rating, std::optional<int>(3));
            // Ctrl+Z takes the grade back: the same attempt goes on, ungraded, with its pad.
            QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(view->toPlainText().startsWith(QStringLiteral("Design a URL shortener")));
            QCOMPARE(attempts().size(), 1);
            QCOMPARE(attempts().value(0).rating, std::nullopt);
            QVERIFY(pad->toPlainText().endsWith(QStringLiteral("Missed: cache hot links")));
            dialog.findChild<QPushButton *>(QStringLiteral("mockReveal"))->click();
            QTest::keyClick(&dialog, Qt::Key_3);
            QCOMPARE(attempts().size(), 1);
            QCOMPARE(attempts().value(0).rating, std::optional<int>(3));
            QVERIFY(attempts().value(0).minutesAllowed == 35);
        }
        // The next sitting of the question starts a new attempt and offers the earlier one.
        {
            StudyDialog again(*m_library, QuizMode::Mock, plan, nullptr, 35);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            auto *earlier = again.findChild<QToolButton *>(QStringLiteral("mockEarlier"));
            QVERIFY(earlier->isVisible());
            QCOMPARE(earlier->text(), QStringLiteral("Earlier Attempts (1)"));
            QCOMPARE(earlier->menu()->actions().size(), 1);
            QVERIFY2(earlier->menu()->actions().first()->text().endsWith(QStringLiteral("Good")),
                     qPrintable(earlier->menu()->actions().first()->text()));
            earlier->menu()->actions().first()->trigger();
            auto *shown = again.findChildren<QDialog *>().value(0);
            QVERIFY(shown && shown->isVisible());
            const QString page = shown->findChild<MarkdownView *>()->toPlainText();
            QVERIFY2(page.contains(QStringLiteral("Stages covered: 2 of 7"))
                         && page.contains(QStringLiteral("Missed: cache hot links")),
                     qPrintable(page));
            shown->close();
            QCOMPARE(m_library->mockAttempts().all().size(), 1); // nothing kept yet of the new go
        }
        // An attempt left without a word, a stage or a grade is not kept.
        QCOMPARE(m_library->mockAttempts().all().size(), 1);
    }

    // What is typed in the pad is never lost: a pad that cannot be saved keeps the
    // question on show; Ctrl+Z brings back the attempt whose grade it takes back;
    // adding to the note twice updates the section instead of repeating it.
    void aMockAttemptSurvivesFailuresAndUndo()
    {
        QuizScope scope;
        scope.kind = QuizScope::Kind::All;
        scope.designOnly = true;
        scope.size = 2;
        const QStringList plan = QuizPlanner(m_library->database(), m_library->reviews())
                                     .plan(scope, QDateTime::currentDateTimeUtc(), 20)
                                     .concepts;
        QCOMPARE(plan.size(), 2);
        StudyDialog dialog(*m_library, QuizMode::Mock, plan, nullptr, 35);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        auto *pad = dialog.findChild<QPlainTextEdit *>(QStringLiteral("mockScratch"));
        const QString first = view->toPlainText().section(QLatin1Char('\n'), 0, 0);
        QTest::keyClicks(pad, QStringLiteral("Base62 ids"));
        // Ctrl+Enter shows the answer from the stages too.
        auto *stages = dialog.findChild<QListWidget *>(QStringLiteral("mockStages"));
        stages->setFocus();
        QTest::keyClick(stages, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(view->toPlainText().contains(QStringLiteral("Stages covered")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mockReveal"))->isVisible());

        // The database refuses writes: the grade waits, and the pad keeps its text.
        QSqlQuery(m_library->database().connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
        QTest::keyClick(pad, Qt::Key_Space);
        QTest::keyClicks(pad, QStringLiteral("and 301s"));
        QTest::keyClick(&dialog, Qt::Key_3);
        QVERIFY(view->toPlainText().startsWith(first));
        QCOMPARE(logRows(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mockPadStatus"))->text().startsWith(QStringLiteral("Not")));
        QSqlQuery(m_library->database().connection()).exec(QStringLiteral("PRAGMA query_only = 0"));
        QTest::keyClick(&dialog, Qt::Key_3);
        QCOMPARE(logRows(), 1);
        QVERIFY(!view->toPlainText().startsWith(first)); // the second question
        QCOMPARE(m_library->mockAttempts().all().value(0).scratch, QStringLiteral("Base62 ids and 301s"));

        // Ctrl+Z from the second question: the first comes back with its own attempt.
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(view->toPlainText().startsWith(first));
        QCOMPARE(pad->toPlainText(), QStringLiteral("Base62 ids and 301s"));
        QCOMPARE(m_library->mockAttempts().all().size(), 1);
        QCOMPARE(m_library->mockAttempts().all().value(0).rating, std::nullopt);

        // Added twice: one section, brought up to date.
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("mockAddToNote"));
        add->click();
        pad->moveCursor(QTextCursor::End);
        QTest::keyClicks(pad, QStringLiteral(", cache"));
        add->click();
        const QString note = m_library->notes().get(m_library->mockAttempts().all().value(0).questionId)->text;
        QCOMPARE(note.count(QStringLiteral("### Mock interview")), 1);
        QVERIFY2(note.contains(QStringLiteral("Base62 ids and 301s, cache")), qPrintable(note));
    }

    void theSetupDialogSaysHowManyQuestionsAChoiceHolds()
    {
        SessionSetupDialog setup(*m_library, QStringLiteral("Databases & storage internals"));
        auto *count = setup.findChild<QLabel *>(QStringLiteral("count"));
        QVERIFY2(count->text().startsWith(QStringLiteral("Questions: 20 (0 due, 20 new")), qPrintable(count->text()));
        QCOMPARE(setup.scope().topics, QStringList {QStringLiteral("Databases & storage internals")});
        QCOMPARE(setup.plan().size(), 20); // the default session size
        auto *scope = setup.findChild<QComboBox *>(QStringLiteral("scope"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("weak")));
        QCOMPARE(count->text(), QStringLiteral("No questions in this choice right now."));
        scope->setCurrentIndex(scope->findData(QStringLiteral("topic:")));
        auto *topics = setup.findChild<QListWidget *>(QStringLiteral("topics"));
        for (int i = 0; i < topics->count(); ++i)
            topics->item(i)->setCheckState(Qt::Unchecked);
        QCOMPARE(count->text(), QStringLiteral("Tick one or more topics."));
        auto *mode = setup.findChild<QComboBox *>(QStringLiteral("mode"));
        mode->setCurrentIndex(mode->findData(int(QuizMode::Mock)));
        scope->setCurrentIndex(scope->findData(QStringLiteral("all")));
        setup.findChild<QSpinBox *>(QStringLiteral("size"))->setValue(0);
        for (const QString &id : setup.plan())
            QVERIFY(QuizPlanner::isDesignQuestion(m_library->questions().question(id)->title));
        QVERIFY(setup.plan().size() > 20);
        // The topics stay open to tick, every one in view; ticking one chooses them.
        QVERIFY(topics->isEnabled());
        QVERIFY(topics->height() >= topics->sizeHintForRow(0) * topics->count());
        topics->item(2)->setCheckState(Qt::Checked);
        QCOMPARE(scope->currentData().toString(), QStringLiteral("topic:"));
        QCOMPARE(setup.scope().topics, QStringList {topics->item(2)->text()});
    }

    void preferencesKeepTheStudySettings()
    {
        SchedulerFitter fitter(*m_library);
        PreferencesDialog preferences(QDir::tempPath(), fitter);
        preferences.findChild<QDoubleSpinBox *>(QStringLiteral("retention"))->setValue(0.85);
        preferences.findChild<QSpinBox *>(QStringLiteral("newPerDay"))->setValue(7);
        preferences.findChild<QCheckBox *>(QStringLiteral("fuzz"))->setChecked(false);
        preferences.accept();
        const StudySettings settings = StudySettings::load();
        QCOMPARE(settings.desiredRetention, 0.85);
        QCOMPARE(settings.newPerDay, 7);
        QVERIFY(!settings.fuzz);
        QCOMPARE(settings.schedulerParameters().desiredRetention, 0.85);
        // The daily limit shapes the next Study Now.
        QuizScope scope;
        QCOMPARE(QuizPlanner(m_library->database(), m_library->reviews())
                     .plan(scope, QDateTime::currentDateTimeUtc(), settings.newPerDay)
                     .concepts.size(),
                 7);
        QSettings().clear();
    }

    void preferencesKeepLanguageNotesAndBackups()
    {
        SchedulerFitter fitter(*m_library);
        PreferencesDialog preferences(QDir::tempPath(), fitter);
        auto *language = preferences.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->currentIndex(), 0); // as the desktop
        QVERIFY(language->findData(QStringLiteral("fr")) > 0);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        preferences.findChild<QCheckBox *>(QStringLiteral("notesAutosave"))->setChecked(false);
        const QString folder = QDir::tempPath() + QStringLiteral("/sdstudy-chosen-backups");
        preferences.findChild<QLineEdit *>(QStringLiteral("backupFolder"))->setText(folder);
        preferences.findChild<QSpinBox *>(QStringLiteral("recentBackups"))->setValue(3);
        preferences.accept();
        QCOMPARE(Translations::savedChoice(), QStringLiteral("de"));
        QVERIFY(!NotesPane::savedAutosave());
        QCOMPARE(BackupSettings::load().folder, folder);
        QCOMPARE(BackupSettings::load().recentToKeep, 3);

        // Restore Defaults puts every choice back.
        PreferencesDialog again(QDir::tempPath(), fitter);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("recentBackups"))->value(), 3);
        again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        again.accept();
        QCOMPARE(Translations::savedChoice(), QString());
        QVERIFY(NotesPane::savedAutosave());
        QCOMPARE(BackupSettings::load().folder, QString());
        QCOMPARE(BackupSettings::load().recentToKeep, BackupSettings().recentToKeep);
        QSettings().clear();
    }

    void intervalsReadNaturally()
    {
        const QDateTime t(QDate(2026, 1, 1), QTime(9, 0));
        QCOMPARE(RecallPage::interval(t, t.addSecs(60)), QStringLiteral("1 min"));
        QCOMPARE(RecallPage::interval(t, t.addSecs(3 * 3600)), QStringLiteral("3 h"));
        QCOMPARE(RecallPage::interval(t, t.addDays(2)), QStringLiteral("2 d"));
        QCOMPARE(RecallPage::interval(t, t.addDays(90)), QStringLiteral("3.0 mo"));
        QCOMPARE(RecallPage::interval(t, t.addDays(1000)), QStringLiteral("2.7 y"));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestStudy)
#include "tst_study.moc"
