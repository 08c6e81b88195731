// Recall practice driven from the keyboard, as a person studies.

#include "markdownview.h"
#include "recalldialog.h"
#include "studylibrary.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRecall final : public QObject
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
        RecallDialog dialog(*m_library);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("recallView"));
        // New questions in tree order: the first is #1.
        QVERIFY(view->toPlainText().startsWith(QStringLiteral("What is system design?")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("process of defining architecture")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recallProgress"))->text().contains(QStringLiteral("To go: 20")));

        QTest::keyClick(&dialog, Qt::Key_Space);
        QVERIFY(view->toPlainText().contains(QStringLiteral("process of defining architecture")));
        // The next intervals show on the buttons: learning steps 1 and 10 minutes, Hard halfway.
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("grade1"))->text(), QStringLiteral("Again (1)\n1 min"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("grade2"))->text(), QStringLiteral("Hard (2)\n6 min"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("grade3"))->text(), QStringLiteral("Good (3)\n10 min"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("grade4"))->text().endsWith(QStringLiteral(" d")));

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

    void intervalsReadNaturally()
    {
        const QDateTime t(QDate(2026, 1, 1), QTime(9, 0));
        QCOMPARE(RecallDialog::interval(t, t.addSecs(60)), QStringLiteral("1 min"));
        QCOMPARE(RecallDialog::interval(t, t.addSecs(3 * 3600)), QStringLiteral("3 h"));
        QCOMPARE(RecallDialog::interval(t, t.addDays(2)), QStringLiteral("2 d"));
        QCOMPARE(RecallDialog::interval(t, t.addDays(90)), QStringLiteral("3.0 mo"));
        QCOMPARE(RecallDialog::interval(t, t.addDays(1000)), QStringLiteral("2.7 y"));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestRecall)
#include "tst_recall.moc"
