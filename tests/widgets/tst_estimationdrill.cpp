// The estimation drill as a person uses it: an answer typed with its unit and
// Enter, the verdict and the worked solution, Enter again for the next problem;
// first answers kept, unreadable ones not; the dashboard's chart of them.

#include "core/drillstore.h"
#include "core/studylibrary.h"
#include "widgets/chartpanel.h"
#include "widgets/estimationdrilldialog.h"
#include "widgets/progressdashboard.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace sdstudy::core;
using namespace sdstudy::widgets;
using namespace Qt::StringLiterals;

class TestEstimationDrill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir->filePath(u"d.sqlite"_s), &error), qPrintable(error));
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support)"_s));
    }
    void cleanup() { m_library.reset(); }

    void answerCheckAndGoOn()
    {
        EstimationDrillDialog dialog(*m_library);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showProblem(EstimationDrill::generate(u"storage"_s, 7)); // 146 TB
        auto *answer = dialog.findChild<QLineEdit *>(u"drillAnswer"_s);
        auto *verdict = dialog.findChild<QLabel *>(u"drillVerdict"_s);
        auto *solution = dialog.findChild<QLabel *>(u"drillSolution"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"drillQuestion"_s)->text().contains(u"100 million new items"_s));

        QTest::keyClicks(answer, u"lots"_s);
        QTest::keyClick(answer, Qt::Key_Return);
        QVERIFY2(verdict->text().startsWith(u"Not read: \"lots\" does not start with a number"_s),
                 qPrintable(verdict->text()));
        QVERIFY(m_library->drills().all().isEmpty()); // not an answer: nothing kept

        answer->clear();
        QTest::keyClicks(answer, u"150 TB"_s);
        QTest::keyClick(answer, Qt::Key_Return);
        QVERIFY2(verdict->text().startsWith(u"✓ Right: 150 TB is within 1.5× either way of 146 TB"_s),
                 qPrintable(verdict->text()));
        QVERIFY(solution->text().contains(u"A day: 10⁸ × 2 × 10³ B = 2 × 10¹¹ B"_s));
        const QList<DrillResult> kept = m_library->drills().all();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().type, u"storage"_s);
        QCOMPARE(kept.first().seed, 7u);
        QCOMPARE(kept.first().answer, u"150 TB"_s);
        QVERIFY(kept.first().accepted);

        // A second try at the same problem is shown, not kept again.
        answer->clear();
        QTest::keyClicks(answer, u"1 PB"_s);
        QTest::keyClick(answer, Qt::Key_Return); // Enter now goes on, the answer stays unread
        QCOMPARE(m_library->drills().all().size(), 1);
        QVERIFY(dialog.problem().seed != 7u || dialog.problem().type != u"storage"_s);
        QVERIFY(answer->text().isEmpty());

        dialog.showProblem(EstimationDrill::generate(u"servers"_s, 7)); // 100 servers
        QTest::keyClicks(answer, u"300"_s);
        QTest::keyClick(answer, Qt::Key_Return);
        QVERIFY2(verdict->text().startsWith(u"✗ Too high"_s), qPrintable(verdict->text()));
        QCOMPARE(m_library->drills().all().size(), 2);
        QVERIFY(!m_library->drills().all().last().accepted);
        QCOMPARE(dialog.findChild<QLabel *>(u"drillScore"_s)->text(), u"This sitting: 1 of 2 right"_s);

        // What the person gets wrong comes back more often.
        QCOMPARE(m_library->drills().recentMisses(5).value(u"servers"_s), 1);
        int servers = 0;
        for (quint32 seed = 0; seed < 1000; ++seed)
            servers += EstimationDrill::weightedType(m_library->drills().recentMisses(5), seed) == u"servers"_s;
        QVERIFY2(servers > 2 * 1000 / 9, qPrintable(QString::number(servers))); // three times as likely as the rest
    }

    void theDashboardShowsRightAnswersPerKind()
    {
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            // None answered yet: said in words, without an empty chart.
            ProgressDashboard empty(*m_library, nullptr, now);
            auto *panel = empty.findChild<ChartPanel *>(u"drillChart"_s);
            QVERIFY(panel);
            QVERIFY(!panel->note().isEmpty());
            QVERIFY(panel->content()->isHidden());
        }
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                m_library->drills().record({u"qps"_s, quint32(i), now.addDays(-40 - i), u"1k"_s, i == 0, 1}, &error));
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                m_library->drills().record({u"qps"_s, quint32(10 + i), now.addDays(-i), u"1k"_s, i < 3, 1}, &error));
        ProgressDashboard dashboard(*m_library, nullptr, now);
        auto *panel = dashboard.findChild<ChartPanel *>(u"drillChart"_s);
        QVERIFY(panel);
        QVERIFY(!panel->content()->isHidden());
        const auto recent = m_library->drills().accuracyByType(now.addDays(-30));
        QCOMPARE(recent.value(u"qps"_s).answered, 4);
        QCOMPARE(recent.value(u"qps"_s).accepted, 3);
        QCOMPARE(m_library->drills().accuracyByType().value(u"qps"_s).answered, 8);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestEstimationDrill)
#include "tst_estimationdrill.moc"
