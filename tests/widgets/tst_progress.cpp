// The progress dashboard on a known history: the figures and bars a person sees.

#include "core/studylibrary.h"
#include "widgets/calendarheatmap.h"
#include "widgets/chartpanel.h"
#include "widgets/figuregrid.h"
#include "widgets/progressdashboard.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sdstudy::core;
using namespace sdstudy::widgets;

using Rating = FsrsScheduler::Rating;

class TestProgress final : public QObject
{
    Q_OBJECT

private:
    QString conceptOf(int number)
    {
        return m_library->questions().question(*m_library->questions().resolve(QString::number(number)))->conceptId;
    }
    void answer(int number, Rating rating, const QDateTime &at, qint64 durationMs)
    {
        QString error;
        QVERIFY2(m_library->reviews().answer(
                     {conceptOf(number), conceptOf(number), rating, QStringLiteral("recall"), durationMs, at}, &error),
                 qPrintable(error));
    }
    QString figure(const ProgressDashboard &dashboard, const char *name)
    {
        return dashboard.findChild<QLabel *>(QLatin1String(name))->text();
    }
    static QList<QBarSet *> barsOf(ChartPanel *panel)
    {
        return static_cast<QAbstractBarSeries *>(panel->chart()->series().constFirst())->barSets();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("sdstudy-test"));
        QCoreApplication::setApplicationName(QStringLiteral("sdstudy-test-progress"));
        QVERIFY(m_dir.isValid());
        m_library.emplace();
        QString error;
        QVERIFY2(m_library->open(m_dir.filePath(QStringLiteral("d.sqlite")), &error), qPrintable(error));
        // Noon today, local time; three days of study ending today.
        m_now = QDateTime(QDate::currentDate(), QTime(12, 0)).toUTC();
        const QDateTime twoDaysAgo = m_now.addDays(-2);
        answer(3, Rating::Easy, twoDaysAgo, 60000); // new, straight to review
        answer(12, Rating::Good, twoDaysAgo.addSecs(60), 30000);
        answer(12, Rating::Good, twoDaysAgo.addSecs(700), 30000); // graduates
        answer(3, Rating::Again, m_now.addDays(-1), 20000);       // a lapse
        answer(53, Rating::Good, m_now.addSecs(-3600), 90000);    // new today
    }

    void todaysFigures()
    {
        ProgressDashboard dashboard(*m_library, nullptr, m_now);
        QCOMPARE(figure(dashboard, "todayReviewed"), QStringLiteral("1"));
        QCOMPARE(figure(dashboard, "todayNew"), QStringLiteral("1"));
        QCOMPARE(figure(dashboard, "todayMinutes"), QStringLiteral("2 min"));
        QCOMPARE(figure(dashboard, "streak"), QStringLiteral("3"));
        QCOMPARE(figure(dashboard, "dueNow"), QStringLiteral("2"));     // #3 relearning (10 min), #53 learning (10 min)
        QCOMPARE(figure(dashboard, "retention"), QStringLiteral("0%")); // the one review-state answer was Again
    }

    // With little or no history, every chart shows what there is and says what
    // more study will add; a beginner's answers are counted before any review.
    void aNewLearnerSeesWhatThereIsAndWhy()
    {
        QTemporaryDir dir;
        StudyLibrary fresh;
        QString error;
        QVERIFY2(fresh.open(dir.filePath(QStringLiteral("new.sqlite")), &error), qPrintable(error));
        {
            ProgressDashboard empty(fresh, nullptr, m_now);
            QCOMPARE(figure(empty, "retention"), QStringLiteral("–"));
            for (const char *name :
                 {"reviewsChart", "timeChart", "forecastChart", "masteryChart", "retentionChart", "calendarPanel"}) {
                auto *panel = empty.findChild<ChartPanel *>(QLatin1String(name));
                QVERIFY2(!panel->note().isEmpty(), name);
            }
            // Charts with nothing to draw say so in words, without an empty frame to save.
            for (const char *name : {"retentionChart", "drillChart"}) {
                auto *panel = empty.findChild<ChartPanel *>(QLatin1String(name));
                QVERIFY2(panel->isEmpty() && panel->content()->isHidden(), name);
                for (QToolButton *button : panel->findChildren<QToolButton *>())
                    QVERIFY2(button->isHidden(), name);
            }
            QVERIFY(empty.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
        }
        // Eleven answers in learning steps, three of them Again.
        const auto conceptIn = [&fresh](int number) {
            return fresh.questions().question(*fresh.questions().resolve(QString::number(number)))->conceptId;
        };
        const QList<std::pair<int, Rating>> answers
            = {{3, Rating::Good},   {3, Rating::Again},  {12, Rating::Good}, {12, Rating::Good},
               {53, Rating::Again}, {53, Rating::Good},  {54, Rating::Good}, {54, Rating::Again},
               {257, Rating::Good}, {257, Rating::Hard}, {305, Rating::Good}};
        QDateTime at = m_now.addSecs(-3600);
        for (const auto &[number, rating] : answers) {
            at = at.addSecs(30);
            QVERIFY(fresh.reviews().answer(
                {conceptIn(number), conceptIn(number), rating, QStringLiteral("recall"), 2000, at}, &error));
        }
        ProgressDashboard dashboard(fresh, nullptr, m_now);
        QCOMPARE(figure(dashboard, "retention"), QStringLiteral("8 of 11"));
        QCOMPARE(figure(dashboard, "todayMinutes"), QStringLiteral("< 1 min")); // 22 seconds are not "0 min"
        auto *retention = dashboard.findChild<ChartPanel *>(QStringLiteral("retentionChart"));
        QVERIFY(!retention->isEmpty());
        QVERIFY2(retention->note().startsWith(QStringLiteral("So far from your answers while learning")),
                 qPrintable(retention->note()));
        // Only the topics answered in, each with its share of answers not Again.
        const QList<QBarSet *> bars = barsOf(retention);
        QVERIFY(bars.first()->count() >= 2 && bars.first()->count() <= 5);
        for (int i = 0; i < bars.first()->count(); ++i)
            QVERIFY(bars.first()->at(i) > 0);
        // Each bar says its share.
        auto *series = static_cast<QAbstractBarSeries *>(retention->chart()->series().constFirst());
        QVERIFY(series->isLabelsVisible());
        QCOMPARE(series->labelsFormat(), QStringLiteral("@value%"));
        QVERIFY(dashboard.findChild<ChartPanel *>(QStringLiteral("reviewsChart"))->note().isEmpty());
        // Long topic names are whole, on two lines rather than cut off.
        auto *axis = qobject_cast<QBarCategoryAxis *>(retention->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis && !axis->truncateLabels());
        QVERIFY(axis->categories().contains(QStringLiteral("Replication,<br>consistency &amp; consensus")));
    }

    // At 200% on a 1440x900 screen, or in a small window, the dashboard fits its
    // width: the day's figures wrap, nothing needs a sideways scroll.
    void aNarrowWindowScrollsOnlyDown()
    {
        ProgressDashboard dashboard(*m_library, nullptr, m_now);
        dashboard.resize(640, 420);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *scroll = dashboard.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QString tooWide;
        for (const QWidget *child : scroll->widget()->findChildren<QWidget *>()) {
            if (child->isVisible() && child->minimumSizeHint().width() > scroll->viewport()->width())
                tooWide += QStringLiteral(" %1 (%2)")
                               .arg(QString::fromLatin1(child->metaObject()->className()))
                               .arg(child->minimumSizeHint().width());
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide));
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(dashboard.findChild<FigureGrid *>(QStringLiteral("todayFigures"))->columns() < 8);

        // Mastery and retention side by side only where their topics' names fit.
        auto *mastery = dashboard.findChild<ChartPanel *>(QStringLiteral("masteryChart"));
        auto *retention = dashboard.findChild<ChartPanel *>(QStringLiteral("retentionChart"));
        dashboard.resize(760, 500);
        QTRY_VERIFY(retention->y() > mastery->y());
        dashboard.resize(1400, 800);
        QTRY_COMPARE(dashboard.findChild<FigureGrid *>(QStringLiteral("todayFigures"))->columns(), 8);
        QTRY_COMPARE(retention->y(), mastery->y());
        QVERIFY(retention->x() > mastery->x());
    }

    void reviewsPerDayByRating()
    {
        ProgressDashboard dashboard(*m_library, nullptr, m_now);
        dashboard.setRange(30);
        const auto bars = barsOf(dashboard.findChild<ChartPanel *>(QStringLiteral("reviewsChart")));
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars[0]->label(), QStringLiteral("Again"));
        QCOMPARE(bars[0]->count(), 30);
        // Today is the last bar, two days ago the third from last.
        QCOMPARE(bars[2]->at(29), 1.0); // Good today
        QCOMPARE(bars[0]->at(28), 1.0); // Again yesterday
        QCOMPARE(bars[2]->at(27), 2.0); // Good twice
        QCOMPARE(bars[3]->at(27), 1.0); // Easy
        QCOMPARE(bars[2]->at(0), 0.0);
        const auto minutes = barsOf(dashboard.findChild<ChartPanel *>(QStringLiteral("timeChart")));
        QCOMPARE(minutes[0]->at(27), 2.0); // 60 + 30 + 30 seconds

        dashboard.findChild<QComboBox *>(QStringLiteral("range"))->setCurrentIndex(2);
        QCoreApplication::processEvents();
        QCOMPARE(barsOf(dashboard.findChild<ChartPanel *>(QStringLiteral("reviewsChart")))[0]->count(), 365);
    }

    void forecastMasteryAndCalendar()
    {
        ProgressDashboard dashboard(*m_library, nullptr, m_now);
        const auto forecast = barsOf(dashboard.findChild<ChartPanel *>(QStringLiteral("forecastChart")));
        QCOMPARE(forecast[0]->count(), 30);
        // Both learning cards, and #12 whose first interval (2 days) ends today.
        QCOMPARE(forecast[0]->at(0), 3.0);
        double inForecast = 0;
        for (int i = 0; i < 30; ++i)
            inForecast += forecast[0]->at(i);
        QCOMPARE(inForecast, 3.0);

        const auto mastery = barsOf(dashboard.findChild<ChartPanel *>(QStringLiteral("masteryChart")));
        QCOMPARE(mastery.size(), 4);
        double learning = 0;
        double young = 0;
        for (int i = 0; i < mastery[1]->count(); ++i) {
            learning += mastery[1]->at(i);
            young += mastery[2]->at(i);
        }
        QCOMPARE(learning, 2.0);
        QCOMPARE(young, 1.0);

        // Colours that say what they mean: coming due is no grade (none of the
        // reviews chart's), and young and mature differ plainly in lightness.
        const auto grades = barsOf(dashboard.findChild<ChartPanel *>(QStringLiteral("reviewsChart")));
        for (QBarSet *grade : grades)
            QVERIFY2(forecast[0]->color() != grade->color(), qPrintable(grade->label()));
        QCOMPARE(mastery[2]->label(), QStringLiteral("Young"));
        QCOMPARE(mastery[3]->label(), QStringLiteral("Mature"));
        QVERIFY(mastery[2]->color().lightness() - mastery[3]->color().lightness() > 60);

        auto *calendar = dashboard.findChild<CalendarHeatMap *>(QStringLiteral("calendar"));
        QCOMPARE(calendar->count(m_now.toLocalTime().date()), 1);
        QCOMPARE(calendar->count(m_now.toLocalTime().date().addDays(-2)), 3);
    }

    void chartsSaveAsPng()
    {
        ProgressDashboard dashboard(*m_library, nullptr, m_now);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *panel = dashboard.findChild<ChartPanel *>(QStringLiteral("reviewsChart"));
        const QString path = m_dir.filePath(QStringLiteral("reviews.png"));
        QVERIFY(panel->savePng(path));
        const QImage image(path);
        QVERIFY(image.width() > 200 && image.height() > 100);
        // Not blank: the bars are drawn in more than the background colour.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 2);
    }

private:
    QTemporaryDir m_dir;
    std::optional<StudyLibrary> m_library;
    QDateTime m_now;
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
