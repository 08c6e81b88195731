// Recall practice driven from the keyboard, as a person studies.

#include "keyterms.h"
#include "markdownview.h"
#include "studydialog.h"
#include "studylibrary.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestStudy final : public QObject
{
    Q_OBJECT

private:
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
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(QStringLiteral("r.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_library.reset(); }

    void spaceRevealsAndNumbersGrade()
    {
        StudyDialog dialog(*m_library, StudyDialog::Mode::Recall);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        // New questions in tree order: the first is #1.
        QVERIFY(view->toPlainText().startsWith(QStringLiteral("What is system design?")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("process of defining architecture")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("studyProgress"))->text().contains(QStringLiteral("To go: 20")));

        QTest::keyClick(&dialog, Qt::Key_Space);
        QVERIFY(view->toPlainText().contains(QStringLiteral("process of defining architecture")));
        // The next intervals show on the buttons: learning steps 1 and 10 minutes, Hard halfway.
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button1"))->text(), QStringLiteral("Again (1)\n1 min"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button2"))->text(), QStringLiteral("Hard (2)\n6 min"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("button3"))->text(), QStringLiteral("Good (3)\n10 min"));
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

    void multipleChoiceRewardsTheRightPickAndExplainsAWrongOne()
    {
        StudyDialog dialog(*m_library, StudyDialog::Mode::Choice);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        const QString page = view->toPlainText();
        QVERIFY(page.startsWith(QStringLiteral("What is system design?")));
        // Four answers, the right one among them once.
        const QString right = QStringLiteral("System design is process of defining architecture");
        QCOMPARE(page.count(right), 1);
        // The heading above the right answer names its number.
        const qsizetype at = page.indexOf(right);
        int correct = -1;
        for (int i = 1; i <= 4; ++i) {
            const qsizetype heading = page.indexOf(QStringLiteral("Answer %1").arg(i));
            if (heading >= 0 && heading < at)
                correct = i;
        }
        QVERIFY(correct > 0);
        const int wrong = correct == 1 ? 2 : 1;
        QTest::keyClick(&dialog, Qt::Key(Qt::Key_0 + wrong));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Not this one")));
        QVERIFY(view->toPlainText().contains(right));
        QSqlQuery rating(m_library->database().connection());
        QVERIFY(rating.exec(QStringLiteral("SELECT rating, mode FROM review_log")) && rating.next());
        QCOMPARE(rating.value(0).toInt(), 1);
        QCOMPARE(rating.value(1).toString(), QStringLiteral("choice"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // next
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Not this one")));
    }

    void typedRecallShowsFoundAndMissedTermsAndSuggestsAGrade()
    {
        StudyDialog dialog(*m_library, StudyDialog::Mode::Typed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
        auto *typed = dialog.findChild<QPlainTextEdit *>(QStringLiteral("typedAnswer"));
        QVERIFY(typed->hasFocus());
        // #1: "System design is process of defining architecture, components, and data flow..."
        QTest::keyClicks(typed, QStringLiteral("defining the architecture and its components"));
        QTest::keyClick(typed, Qt::Key_Return, Qt::ControlModifier);
        const QString page = view->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Key terms you had")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("architecture")));
        QVERIFY(page.contains(QStringLiteral("Missed:")));
        QVERIFY(page.contains(QStringLiteral("System design is process of defining architecture")));
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

    void keyTermsCoverStems()
    {
        const KeyTerms terms = KeyTerms::of(QStringLiteral("Sharding splits the database into shards across servers."));
        QVERIFY(terms.terms.contains(QStringLiteral("Sharding")));
        QVERIFY(!terms.terms.contains(QStringLiteral("the")));
        const auto coverage = terms.coverage(QStringLiteral("you shard it and split it"));
        QVERIFY(coverage.found.contains(QStringLiteral("Sharding")));
        QVERIFY(coverage.found.contains(QStringLiteral("splits")));
        QVERIFY(coverage.missed.contains(QStringLiteral("servers")));
        QVERIFY(coverage.ratio > 0.2 && coverage.ratio < 1);
    }

    void intervalsReadNaturally()
    {
        const QDateTime t(QDate(2026, 1, 1), QTime(9, 0));
        QCOMPARE(StudyDialog::interval(t, t.addSecs(60)), QStringLiteral("1 min"));
        QCOMPARE(StudyDialog::interval(t, t.addSecs(3 * 3600)), QStringLiteral("3 h"));
        QCOMPARE(StudyDialog::interval(t, t.addDays(2)), QStringLiteral("2 d"));
        QCOMPARE(StudyDialog::interval(t, t.addDays(90)), QStringLiteral("3.0 mo"));
        QCOMPARE(StudyDialog::interval(t, t.addDays(1000)), QStringLiteral("2.7 y"));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestStudy)
#include "tst_study.moc"
