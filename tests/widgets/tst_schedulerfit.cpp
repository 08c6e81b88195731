// The scheduler fitted to the person's answers in the app: on a worker thread,
// saved in the database, put to use when it predicts better, shown in Preferences,
// and the person's choice of the defaults kept. Also `sdstudy optimize`.

#include "../support/simulatedlearner.h"
#include "core/fsrsfitstore.h"
#include "core/interviewstore.h"
#include "core/reviewstore.h"
#include "core/studylibrary.h"
#include "widgets/chartpanel.h"
#include "widgets/preferencesdialog.h"
#include "widgets/progressdashboard.h"
#include "widgets/retentionadvisor.h"
#include "widgets/schedulerfitter.h"

#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sdstudy::core;
using namespace sdstudy::widgets;
using sdstudy::testing::SimulatedLearner;

namespace {

// A simulated learner's log written into the database's review log, one concept a card.
void writeLog(StudyLibrary &library, const QList<FsrsHistory::LogRow> &rows)
{
    QSqlDatabase db = library.database().connection();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO review_log (concept_id, question_id, reviewed_at, rating, mode,"
                                  " state_before, card_before, elapsed_days, scheduled_days, stability, difficulty,"
                                  " duration_ms) VALUES (?, ?, ?, ?, 'recall', ?, NULL, 0, 0, 1, 5, ?)"));
    for (const FsrsHistory::LogRow &row : rows) {
        insert.addBindValue(QStringLiteral("sim-") + row.card);
        insert.addBindValue(QStringLiteral("sim-") + row.card);
        insert.addBindValue(ReviewStore::storedTime(QDateTime::fromMSecsSinceEpoch(row.timeMs, QTimeZone::UTC)));
        insert.addBindValue(row.rating);
        insert.addBindValue(row.state);
        insert.addBindValue(row.durationMs);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());
}

QList<FsrsHistory::LogRow> learnerLog()
{
    // A learner far enough from the defaults that a fit clearly predicts better.
    auto truth = SimulatedLearner::trueParameters(11);
    truth.w[20] = 0.35;
    return SimulatedLearner::reviewLog(truth, {120, 10, 2});
}

} // namespace

class TestSchedulerFit : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        qputenv("TZ", "UTC");
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir.filePath(QStringLiteral("f.sqlite")), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_library.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("f.sqlite")));
    }

    void noFitBeforeEnoughAnswers()
    {
        writeLog(*m_library, learnerLog().mid(0, FsrsFitStore::kFirstFitReviews - 1));
        SchedulerFitter fitter(*m_library);
        fitter.fitIfDue();
        QVERIFY(!fitter.isRunning());
        QVERIFY(!fitter.lastFit());
        // The page says when fitting will start.
        PreferencesDialog preferences(m_dir.path(), fitter);
        const QString inUse = preferences.findChild<QLabel *>(QStringLiteral("inUse"))->text();
        QVERIFY2(inUse.contains(QStringLiteral("default")) && inUse.contains(QStringLiteral("399")), qPrintable(inUse));
    }

    void dueFitRunsAndIsUsed()
    {
        const QList<FsrsHistory::LogRow> log = learnerLog();
        writeLog(*m_library, log);
        m_library->setSchedulerParameters(FsrsScheduler::Parameters());
        QCOMPARE(m_library->scheduler().parameters().w, FsrsOptimizer::defaults());

        SchedulerFitter fitter(*m_library);
        QSignalSpy finished(&fitter, &SchedulerFitter::finished);
        QSignalSpy progressed(&fitter, &SchedulerFitter::progressed);
        fitter.fitIfDue();
        QVERIFY(fitter.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().first().toInt(), 100);

        const std::optional<FsrsFit> fit = FsrsFitStore(m_library->database()).last();
        QVERIFY(fit);
        QCOMPARE(fit->reviews, int(log.size()));
        QVERIFY2(fit->isBetter(),
                 qPrintable(QStringLiteral("fitted %1, defaults %2")
                                .arg(fit->comparison.fitted.logLoss)
                                .arg(fit->comparison.defaults.logLoss)));
        // The scheduler now runs on the fitted parameters.
        QVERIFY(fit->parameters != FsrsOptimizer::defaults());
        QCOMPARE(m_library->scheduler().parameters().w, fit->parameters);
        // Nothing more is due until the log grows.
        fitter.fitIfDue();
        QVERIFY(!fitter.isRunning());

        // Preferences shows the fit, its scores, and keeps "Use the defaults".
        {
            PreferencesDialog preferences(m_dir.path(), fitter);
            const QString inUse = preferences.findChild<QLabel *>(QStringLiteral("inUse"))->text();
            QVERIFY2(inUse.contains(QLocale().toString(int(log.size()))), qPrintable(inUse));
            const QString scores = preferences.findChild<QLabel *>(QStringLiteral("scores"))->text();
            QVERIFY2(scores.contains(QLocale().toString(fit->comparison.fitted.logLoss, 'f', 4)), qPrintable(scores));
            const QString parameters = preferences.findChild<QLabel *>(QStringLiteral("parameters"))->text();
            QVERIFY2(parameters.contains(QLocale().toString(fit->parameters[20], 'f', 4)), qPrintable(parameters));
            preferences.findChild<QCheckBox *>(QStringLiteral("useDefaults"))->setChecked(true);
            preferences.accept();
        }
        QCOMPARE(m_library->scheduler().parameters().w, FsrsOptimizer::defaults());
        QVERIFY(fitter.defaultsChosen());
        // A choice of the defaults holds against automatic fits...
        QVERIFY(!FsrsFitStore(m_library->database()).fitDue(int(log.size()) + 600, QDateTime::currentDateTimeUtc()));
        // ...until the person presses Optimize Now.
        PreferencesDialog preferences(m_dir.path(), fitter);
        preferences.findChild<QPushButton *>(QStringLiteral("optimize"))->click();
        QVERIFY(fitter.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!fitter.defaultsChosen());
        QVERIFY(!preferences.findChild<QCheckBox *>(QStringLiteral("useDefaults"))->isChecked());
        QCOMPARE(m_library->scheduler().parameters().w, FsrsFitStore(m_library->database()).last()->parameters);
    }

    void aSittingKeepsItsScheduler()
    {
        writeLog(*m_library, learnerLog());
        m_library->setSchedulerParameters(FsrsScheduler::Parameters());
        SchedulerFitter fitter(*m_library);
        QSignalSpy finished(&fitter, &SchedulerFitter::finished);
        fitter.setSitting(true);
        fitter.fitIfDue();
        QVERIFY(finished.wait(60000));
        QVERIFY(FsrsFitStore(m_library->database()).fittedInUse());
        QCOMPARE(m_library->scheduler().parameters().w, FsrsOptimizer::defaults());
        fitter.setSitting(false);
        QCOMPARE(m_library->scheduler().parameters().w, FsrsFitStore(m_library->database()).last()->parameters);
    }

    void defaultsChosenDuringAFitStand()
    {
        writeLog(*m_library, learnerLog());
        SchedulerFitter fitter(*m_library);
        QSignalSpy finished(&fitter, &SchedulerFitter::finished);
        fitter.fitNow();
        QString error;
        QVERIFY(fitter.chooseDefaults(true, &error));
        QVERIFY(finished.wait(60000));
        QVERIFY(fitter.defaultsChosen());
        QCOMPARE(m_library->scheduler().parameters().w, FsrsOptimizer::defaults());
    }

    void retentionAdvisorOffersTheLeastWork()
    {
        m_library->setSchedulerParameters(FsrsScheduler::Parameters());
        RetentionAdvisor advisor(*m_library, 0.9, 20);
        auto *take = advisor.findChild<QPushButton *>(QStringLiteral("take"));
        QVERIFY(!take->isEnabled()); // until the simulation is done
        QTRY_VERIFY_WITH_TIMEOUT(!advisor.isSimulating() && take->isEnabled(), 60000);
        const double recommended = advisor.recommendedRetention();
        QVERIFY(recommended >= 0.70 && recommended <= 0.95);
        // The person's own retention is marked first; Enter does not take anything.
        QCOMPARE(take->text(), QStringLiteral("Use 90%"));
        QVERIFY(!take->isDefault() && !take->autoDefault());
        auto *summary = advisor.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY2(summary->text().contains(QStringLiteral("At 90%"))
                     && summary->text().contains(QStringLiteral("That is your setting now"))
                     && summary->text().contains(QStringLiteral("of 551 concepts")),
                 qPrintable(summary->text()));
        advisor.findChild<QPushButton *>(QStringLiteral("leastWork"))->click();
        QCOMPARE(take->text(), QStringLiteral("Use %1%").arg(qRound(recommended * 100)));
        QCOMPARE(advisor.chosenRetention(), recommended);
        // Another pick, as a click on the chart makes it.
        advisor.choose(0.851);
        QCOMPARE(advisor.chosenRetention(), 0.85);
        QCOMPARE(take->text(), QStringLiteral("Use 85%"));
    }

    void progressShowsReadiness()
    {
        m_library->setSchedulerParameters(FsrsScheduler::Parameters());
        {
            ProgressDashboard none(*m_library);
            QVERIFY(!none.findChild<ChartPanel *>(QStringLiteral("readinessChart")));
        }
        QString error;
        QVERIFY(InterviewStore(m_library->database())
                    .save({{QDate::currentDate().addDays(14),
                            {QStringLiteral("Caching & CDN"), QStringLiteral("Security")},
                            0.9}},
                          &error));
        ProgressDashboard dashboard(*m_library);
        auto *panel = dashboard.findChild<ChartPanel *>(QStringLiteral("readinessChart"));
        QVERIFY(panel);
        // 43 concepts never seen, started by Study Now at 7 a day (43 over the 7 days
        // before the last week) under the daily 20: the person's own pace is enough.
        QVERIFY2(panel->note().contains(QStringLiteral("(43 never seen yet)")), qPrintable(panel->note()));
        QVERIFY2(panel->note().contains(QStringLiteral("Your 20 new a day start every one a week before the day")),
                 qPrintable(panel->note()));
        // Two bars: the chosen topics.
        auto *series
            = qobject_cast<QHorizontalBarSeries *>(panel->findChild<QChartView *>()->chart()->series().first());
        QCOMPARE(series->barSets().first()->count(), 2);
    }

    void simulateCommand()
    {
        const QString db = m_library->database().path();
        m_library.reset();
        QProcess process;
        process.start(QStringLiteral(SDSTUDY_BINARY),
                      {QStringLiteral("--db"), db, QStringLiteral("simulate"), QStringLiteral("--days"),
                       QStringLiteral("5"), QStringLiteral("--new-per-day"), QStringLiteral("7"),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray days = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(days.size(), 5);
        QCOMPARE(days.first()[QStringLiteral("date")].toString(), QDate::currentDate().toString(Qt::ISODate));
        for (const QJsonValue &day : days) {
            QCOMPARE(day[QStringLiteral("new")].toInt(), 7);
            QVERIFY(day[QStringLiteral("reviews")].toInt() >= 7); // at least one step after each first answer
            QVERIFY(day[QStringLiteral("minutes")].toDouble() > 0);
        }
        process.start(
            QStringLiteral(SDSTUDY_BINARY),
            {QStringLiteral("--db"), db, QStringLiteral("simulate"), QStringLiteral("--days"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--days takes a whole number from 1 to 3650"));
    }

    void aFitWithoutScoresKeepsTheLastOne()
    {
        // A fit from an Anki review log, and no answers here yet.
        FsrsFit earlier;
        earlier.parameters[20] = 0.3;
        earlier.comparison = {{0.30, 0.02, 900}, {0.33, 0.04, 900}};
        earlier.reviews = 5000;
        earlier.fittedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        QString error;
        QVERIFY(FsrsFitStore(m_library->database()).save(earlier, &error));
        SchedulerFitter fitter(*m_library);
        QSignalSpy finished(&fitter, &SchedulerFitter::finished);
        fitter.fitNow();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toString().contains(QStringLiteral("kept")));
        QCOMPARE(FsrsFitStore(m_library->database()).last()->parameters, earlier.parameters);
    }

    void stoppedFitChangesNothing()
    {
        writeLog(*m_library, learnerLog());
        SchedulerFitter fitter(*m_library);
        QSignalSpy finished(&fitter, &SchedulerFitter::finished);
        fitter.fitNow();
        fitter.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().toString().isEmpty());
        QVERIFY(!FsrsFitStore(m_library->database()).last());
        QCOMPARE(m_library->scheduler().parameters().w, FsrsOptimizer::defaults());
    }

    void damagedFitIsIgnored()
    {
        // A fit whose parameters are out of range (a hand-edited file) is not used.
        QSqlQuery query(m_library->database().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('fsrs_fit', '{\"parameters\": "
                                          "[1e9,1,1,1,1,1,1,0.1,1,0.1,1,1,0.1,0.1,1,0.5,2,0.5,0.1,0.1,0.2],"
                                          " \"fitted\": {\"log_loss\": 0.1, \"rmse_bins\": 0.01, \"predictions\": 9},"
                                          " \"defaults\": {\"log_loss\": 0.9, \"rmse_bins\": 0.1, \"predictions\": 9},"
                                          " \"reviews\": 10, \"fitted_at\": \"2026-11-01T10:00:00Z\"}')")));
        QVERIFY(!FsrsFitStore(m_library->database()).last());
        m_library->setSchedulerParameters(FsrsScheduler::Parameters());
        QCOMPARE(m_library->scheduler().parameters().w, FsrsOptimizer::defaults());
    }

    void optimizeCommand()
    {
        const QList<FsrsHistory::LogRow> log = learnerLog();
        writeLog(*m_library, log);
        const QString db = m_library->database().path();
        m_library.reset(); // the command takes the writer's lock
        const auto run = [&db](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(SDSTUDY_BINARY), QStringList {QStringLiteral("--db"), db} + arguments);
            process.waitForFinished(120000);
            return std::pair(process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError());
        };
        const auto [dryCode, dryOutput]
            = run({QStringLiteral("optimize"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dryCode, 0);
        const QJsonObject dry = QJsonDocument::fromJson(dryOutput).object();
        for (const char *key : {"reviews", "parameters", "log_loss", "rmse_bins", "default_log_loss",
                                "default_rmse_bins", "applied", "ms"})
            QVERIFY2(dry.contains(QLatin1String(key)), key);
        QCOMPARE(dry.value(QStringLiteral("reviews")).toInt(), int(log.size()));
        QCOMPARE(dry.value(QStringLiteral("parameters")).toArray().size(), 21);
        QVERIFY(dry.value(QStringLiteral("log_loss")).toDouble()
                < dry.value(QStringLiteral("default_log_loss")).toDouble());
        QCOMPARE(dry.value(QStringLiteral("applied")).toBool(), false);
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(db, &error));
            QVERIFY(!FsrsFitStore(library.database()).last()); // --dry-run changed nothing
        }
        const auto [code, output] = run({QStringLiteral("optimize"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("applied")).toBool(), true);
        {
            StudyLibrary library;
            QString error;
            QVERIFY(library.open(db, &error));
            QVERIFY(FsrsFitStore(library.database()).fittedInUse());
        }

        // A review-log CSV with a bad row: the file, the line, what is wrong; nothing changes.
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("card_id,review_time,review_rating,review_state,review_duration\n1,1767225600000,9,0,5\n");
        file.close();
        const auto [badCode, badOutput] = run({QStringLiteral("optimize"), QStringLiteral("--revlog"), csv});
        QCOMPARE(badCode, 1);
        QVERIFY2(badOutput.contains("bad.csv, line 2: review_rating 9"), badOutput.constData());
    }

private:
    QTemporaryDir m_dir;
    std::optional<StudyLibrary> m_library;
};

QTEST_MAIN(TestSchedulerFit)
#include "tst_schedulerfit.moc"
