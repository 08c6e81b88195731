// The drill commands as scripts use them: a problem from a seed, and the verdict
// on an answer to it.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "sdstudyprocess.h"

using namespace Qt::StringLiterals;

class TestDrillCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aProblemFromASeed()
    {
        const SdstudyRun run
            = runSdstudy({u"drill"_s, u"estimation"_s, u"--seed"_s, u"7"_s, u"--type"_s, u"storage"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject problem = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(problem["seed"_L1].toInteger(), 7);
        QCOMPARE(problem["type"_L1].toString(), u"storage"_s);
        QCOMPARE(problem["answer"_L1].toDouble(), 1e8 * 2e3 * 365 * 2);
        QCOMPARE(problem["unit"_L1].toString(), u"bytes"_s);
        QCOMPARE(problem["tolerance"_L1].toDouble(), 1.5);
        QVERIFY(problem["question"_L1].toString().contains(u"100 million new items"_s));
        QCOMPARE(problem["steps"_L1].toArray().size(), 4);
        // The same seed, the same problem; a seed alone picks the type too.
        QCOMPARE(
            runSdstudy({u"drill"_s, u"estimation"_s, u"--seed"_s, u"7"_s, u"--type"_s, u"storage"_s, u"--json"_s}).out,
            run.out);
        const SdstudyRun any = runSdstudy({u"drill"_s, u"estimation"_s, u"--seed"_s, u"12"_s, u"--json"_s});
        QCOMPARE(any.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(any.out).object()["type"_L1].toString().isEmpty());
    }

    void theVerdictOnAnAnswer()
    {
        SdstudyRun run = runSdstudy({u"drill"_s, u"check"_s, u"--seed"_s, u"7"_s, u"--type"_s, u"storage"_s,
                                     u"--answer"_s, u"150 TB"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject verdict = QJsonDocument::fromJson(run.out).object();
        QVERIFY(verdict["accepted"_L1].toBool());
        QCOMPARE(verdict["given"_L1].toDouble(), 150e12);
        QCOMPARE(verdict["given_text"_L1].toString(), u"150 TB"_s);

        run = runSdstudy({u"drill"_s, u"check"_s, u"--seed"_s, u"7"_s, u"--type"_s, u"storage"_s, u"--answer"_s,
                          u"12 GB"_s, u"--json"_s});
        verdict = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!verdict["accepted"_L1].toBool());
        QVERIFY(verdict["message"_L1].toString().startsWith(u"Too low"_s));

        run = runSdstudy({u"drill"_s, u"check"_s, u"--seed"_s, u"7"_s, u"--type"_s, u"storage"_s, u"--answer"_s,
                          u"twelve"_s, u"--json"_s});
        verdict = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!verdict["accepted"_L1].toBool());
        QVERIFY(verdict["given"_L1].isNull());

        run = runSdstudy(
            {u"drill"_s, u"check"_s, u"--seed"_s, u"7"_s, u"--type"_s, u"astrology"_s, u"--answer"_s, u"1"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--type takes one of qps, peak"_s), qPrintable(run.err));
        run = runSdstudy({u"drill"_s, u"check"_s, u"--answer"_s, u"1"_s});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDrillCommands)
#include "tst_drillcommands.moc"
