#include "widgets/progressdashboard.h"

#include "core/drillstore.h"
#include "core/estimationdrill.h"
#include "core/interviewstore.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"
#include "widgets/calendarheatmap.h"
#include "widgets/chartpanel.h"
#include "widgets/figuregrid.h"
#include "widgets/windowsize.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <ranges>
#include <utility>

namespace sdstudy::widgets {

namespace {

const QString kRangeKey = QStringLiteral("dashboard/days");

// Colours that read on light and dark backgrounds alike.
const QColor kAgain(217, 83, 79);
const QColor kHard(240, 173, 78);
const QColor kGood(92, 184, 92);
const QColor kEasy(91, 192, 222);
// Mastery's stages step from grey through amber to a light and a dark green, so
// young and mature tell apart at a glance.
const QColor kNew(158, 158, 158);
const QColor kYoung(165, 214, 167);
const QColor kMature(46, 125, 50);
// Reviews coming due: no grade's colour, which would say they were hard or easy.
const QColor kDue(121, 134, 203);

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

// Shows the hovered bar's day or topic and value at the pointer.
void showTooltips(QAbstractBarSeries *series, const std::function<QString(int index, QBarSet *set)> &text)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [text](bool inside, int index, QBarSet *set) {
        if (inside)
            QToolTip::showText(QCursor::pos(), text(index, set));
        else
            QToolTip::hideText();
    });
}

// An x axis over day indexes 0..days-1 labelled with dates: weekly for a month,
// monthly beyond.
QCategoryAxis *dayAxis(const QDate &first, int days)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, days - 0.5);
    const QLocale locale;
    for (int i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        const bool mark = days <= 31 ? day.dayOfWeek() == 1 : day.day() == 1;
        if (mark)
            axis->append(locale.toString(day, days <= 93 ? QStringLiteral("d MMM") : QStringLiteral("MMM")), i);
    }
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *countAxis(double most, const QString &title = QString())
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(4.0, most * 1.1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

// Topic names as the axis shows them: a long one on two lines (the axis takes
// rich text), so none is cut off.
QStringList axisLabels(const QStringList &names)
{
    constexpr qsizetype kLongest = 22;
    QStringList labels;
    for (const QString &name : names) {
        const qsizetype middle = name.size() / 2;
        const qsizetype before = name.lastIndexOf(QLatin1Char(' '), middle);
        const qsizetype after = name.indexOf(QLatin1Char(' '), middle);
        const qsizetype at = before < 0 ? after
            : after < 0                 ? before
                                        : (middle - before <= after - middle ? before : after);
        labels.append(name.size() <= kLongest || at < 0
                          ? name.toHtmlEscaped()
                          : name.left(at).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(at + 1).toHtmlEscaped());
    }
    return labels;
}

// How wide a chart of topics must be to show each name whole, as axisLabels()
// breaks it, with room beside it for the bars.
int topicChartWidth(const QList<core::ProgressStats::Topic> &topics, const QFontMetrics &metrics)
{
    QStringList names;
    for (const core::ProgressStats::Topic &topic : topics)
        names.append(topic.topic);
    int widest = 0;
    for (const QString &label : axisLabels(names)) {
        for (QString line : label.split(QStringLiteral("<br>"))) {
            line.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            widest = std::max(widest, metrics.horizontalAdvance(line));
        }
    }
    constexpr int kBarsInCharacters = 45; // the bars, the axis and the chart's margins
    return widest + kBarsInCharacters * metrics.averageCharWidth();
}

QString minutesText(qint64 ms)
{
    // A few quick answers are study too: not "0 min".
    if (ms > 0 && ms < 30000)
        return QCoreApplication::translate("ProgressDashboard", "< 1 min");
    return QCoreApplication::translate("ProgressDashboard", "%1 min").arg(qRound(ms / 60000.0));
}

// A share from 0 to 100% per topic, as horizontal bars of a readable thickness
// with the share written on them, however few topics; `names` bottom to top.
QChart *sharePerTopicChart(QHorizontalBarSeries *series, const QStringList &names)
{
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(axisLabels(names));
    y->setTruncateLabels(false); // "Replication, consistency & consensus", whole, on two lines
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

} // namespace

ProgressDashboard::ProgressDashboard(core::StudyLibrary &library, QWidget *parent, const QDateTime &now)
    : QDialog(parent)
    , m_stats(library.database())
    , m_now(now)
    , m_today(now.toLocalTime().date())
    , m_topics(m_stats.topics(now, 30))
    , m_range(new QComboBox)
{
    setWindowTitle(tr("Progress"));
    WindowSize::fitToScreen(this, QSize(1100, 800));
    m_range->setObjectName(QStringLiteral("range"));
    m_range->setAccessibleName(tr("Days shown"));
    for (int days : {30, 90, 365})
        m_range->addItem(tr("Last %1 days").arg(days), days);

    auto *page = new QWidget;
    m_grid = new QGridLayout(page);
    // With an interview ahead, how ready you will be comes first, under today.
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(makeTodayRow());
    if (ChartPanel *readiness = makeReadinessChart(library))
        topLayout->addWidget(readiness);
    m_grid->addWidget(top, 0, 0, 1, 2);
    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Show:"));
    rangeLabel->setBuddy(m_range);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch(1);
    m_grid->addLayout(rangeRow, 1, 0, 1, 2);
    m_forecast = makeForecastChart();
    m_mastery = makeMasteryChart();
    m_retention = makeRetentionChart();
    m_calendar = makeCalendar();
    m_drills = makeDrillChart(library);
    const int savedDays = QSettings().value(kRangeKey, 30).toInt();
    m_range->setCurrentIndex(std::max(0, m_range->findData(savedDays)));
    setRange(m_range->currentData().toInt());
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kRangeKey, m_range->currentData().toInt());
        setRange(m_range->currentData().toInt());
    });

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->installEventFilter(this); // pairs the charts when they fit side by side
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(8, 0, 8, 8);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
}

QWidget *ProgressDashboard::makeTodayRow()
{
    const auto today = m_stats.today(m_now);
    const core::ProgressStats::Topic all = core::ProgressStats::total(m_topics);
    auto *row = new FigureGrid;
    row->setObjectName(QStringLiteral("todayFigures"));
    row->addFigure(tr("reviewed today"), QString::number(today.reviewed), QStringLiteral("todayReviewed"));
    row->addFigure(tr("new today"), QString::number(today.fresh), QStringLiteral("todayNew"));
    row->addFigure(tr("due now"), QString::number(today.dueNow), QStringLiteral("dueNow"));
    row->addFigure(tr("due by tonight"), QString::number(today.dueToday), QStringLiteral("dueToday"));
    row->addFigure(tr("studied today"), minutesText(today.durationMs), QStringLiteral("todayMinutes"));
    row->addFigure(tr("day streak"), QString::number(m_stats.streak(m_today)), QStringLiteral("streak"));
    // True retention once questions come back for review; before that, what there
    // is: how many answers were not Again.
    if (all.reviews > 0) {
        row->addFigure(tr("remembered (30 days)"), QStringLiteral("%1%").arg(qRound(100.0 * all.retention())),
                       QStringLiteral("retention"));
    } else if (all.answers > 0) {
        row->addFigure(tr("answers remembered (30 days)"), tr("%1 of %2").arg(all.answersRecalled).arg(all.answers),
                       QStringLiteral("retention"));
    } else {
        row->addFigure(tr("remembered (30 days)"), QStringLiteral("–"), QStringLiteral("retention"));
    }
    row->addFigure(tr("diagram cards"), tr("%1 · %2 due").arg(today.diagramCardsSeen).arg(today.diagramCardsDue),
                   QStringLiteral("diagramCards"));
    return row;
}

void ProgressDashboard::setRange(int days)
{
    const int index = m_range->findData(days);
    if (index >= 0 && index != m_range->currentIndex()) {
        m_range->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    delete std::exchange(m_reviews, nullptr); // the combo box's signal started this, not the charts
    delete std::exchange(m_time, nullptr);
    m_days = m_stats.days(m_today.addDays(1 - days), m_today);
    m_reviews = makeReviewsChart();
    m_time = makeTimeChart();
    placeCharts();
}

bool ProgressDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_time) {
        // The pairs' widest charts side by side, with the grid's spacing and margins,
        // and room in each for the topics' names beside their bars: a chart's own
        // minimum leaves the names cut.
        const QMargins margins = m_grid->contentsMargins();
        const int roomForNames = topicChartWidth(m_topics, fontMetrics());
        const int paired
            = std::max({m_time->minimumSizeHint().width(), m_mastery->minimumSizeHint().width(), roomForNames})
            + std::max({m_forecast->minimumSizeHint().width(), m_retention->minimumSizeHint().width(), roomForNames})
            + m_grid->horizontalSpacing() + margins.left() + margins.right();
        const bool sideBySide = static_cast<QWidget *>(watched)->width() >= paired;
        if (sideBySide != m_sideBySide) {
            m_sideBySide = sideBySide;
            placeCharts();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProgressDashboard::placeCharts()
{
    // Time beside the forecast and mastery beside retention when they fit, else
    // one under another: a narrow window (or 200% text) never scrolls sideways.
    const QList<ChartPanel *> paired = {m_time, m_forecast, m_mastery, m_retention};
    for (ChartPanel *panel : {m_reviews, m_time, m_forecast, m_mastery, m_retention, m_calendar, m_drills})
        m_grid->removeWidget(panel);
    m_grid->addWidget(m_reviews, 2, 0, 1, 2);
    for (int i = 0; i < paired.size(); ++i) {
        if (m_sideBySide)
            m_grid->addWidget(paired[i], 3 + i / 2, i % 2);
        else
            m_grid->addWidget(paired[i], 3 + i, 0, 1, 2);
    }
    const int below = m_sideBySide ? 5 : 7;
    m_grid->addWidget(m_calendar, below, 0, 1, 2);
    m_grid->addWidget(m_drills, below + 1, 0, 1, 2);
}

ChartPanel *ProgressDashboard::makeReviewsChart()
{
    auto *series = new QStackedBarSeries;
    const QList<QPair<QString, QColor>> ratings
        = {{tr("Again"), kAgain}, {tr("Hard"), kHard}, {tr("Good"), kGood}, {tr("Easy"), kEasy}};
    int most = 0;
    for (int r = 0; r < 4; ++r) {
        QBarSet *set = barSet(ratings[r].first, ratings[r].second);
        for (const auto &day : m_days)
            set->append(day.byRating[r]);
        series->append(set);
    }
    for (const auto &day : m_days)
        most = std::max(most, day.total());
    series->setBarWidth(0.8);
    const QList<core::ProgressStats::Day> days = m_days;
    showTooltips(series, [days](int index, QBarSet *set) {
        const auto &day = days.value(index);
        return tr("%1\n%2: %3 of %4")
            .arg(QLocale().toString(day.date, QLocale::LongFormat), set->label())
            .arg(int(set->at(index)))
            .arg(day.total());
    });
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = dayAxis(m_days.constFirst().date, int(m_days.size()));
    auto *y = countAxis(most, tr("Reviews"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *panel = new ChartPanel(tr("Reviews per day"), chart);
    panel->setObjectName(QStringLiteral("reviewsChart"));
    if (most == 0)
        panel->setNote(tr("No answers in these %n days yet. Each day you study adds a bar, coloured by your grades.",
                          nullptr, int(m_days.size())));
    return panel;
}

ChartPanel *ProgressDashboard::makeTimeChart()
{
    auto *series = new QBarSeries;
    QBarSet *set = barSet(tr("Minutes"), kEasy);
    double most = 0;
    for (const auto &day : m_days) {
        set->append(day.durationMs / 60000.0);
        most = std::max(most, day.durationMs / 60000.0);
    }
    series->append(set);
    series->setBarWidth(0.8);
    const QList<core::ProgressStats::Day> days = m_days;
    showTooltips(series, [days](int index, QBarSet *) {
        return tr("%1: %2").arg(QLocale().toString(days.value(index).date, QLocale::LongFormat),
                                minutesText(days.value(index).durationMs));
    });
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = dayAxis(m_days.constFirst().date, int(m_days.size()));
    auto *y = countAxis(most, tr("Minutes"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *panel = new ChartPanel(tr("Time spent per day"), chart);
    panel->setObjectName(QStringLiteral("timeChart"));
    if (most == 0)
        panel->setNote(tr("No study time in these %n days yet.", nullptr, int(m_days.size())));
    return panel;
}

ChartPanel *ProgressDashboard::makeForecastChart()
{
    const QList<int> forecast = m_stats.dueForecast(m_now, 30);
    auto *series = new QBarSeries;
    QBarSet *set = barSet(tr("Due"), kDue);
    for (int n : forecast)
        set->append(n);
    series->append(set);
    series->setBarWidth(0.8);
    const QDate today = m_today;
    showTooltips(series, [today](int index, QBarSet *bars) {
        return tr("%1: %n due", nullptr, int(bars->at(index)))
            .arg(QLocale().toString(today.addDays(index), QLocale::LongFormat));
    });
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = dayAxis(today, 30);
    auto *y = countAxis(*std::max_element(forecast.begin(), forecast.end()), tr("Reviews"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *panel = new ChartPanel(tr("Due in the next 30 days"), chart);
    panel->setObjectName(QStringLiteral("forecastChart"));
    if (std::all_of(forecast.cbegin(), forecast.cend(), [](int n) { return n == 0; }))
        panel->setNote(tr("Nothing comes due in the next 30 days. The questions you study are scheduled here."));
    return panel;
}

ChartPanel *ProgressDashboard::makeMasteryChart()
{
    auto *series = new QHorizontalStackedBarSeries;
    const QList<QPair<QString, QColor>> levels
        = {{tr("New"), kNew}, {tr("Learning"), kHard}, {tr("Young"), kYoung}, {tr("Mature"), kMature}};
    QList<QBarSet *> sets;
    for (const auto &[name, colour] : levels)
        sets.append(barSet(name, colour));
    QStringList names;
    // Bottom to top in a horizontal chart: reversed, so the first topic is on top.
    for (const core::ProgressStats::Topic &topic : std::views::reverse(m_topics)) {
        names.append(topic.topic);
        *sets[0] << topic.fresh;
        *sets[1] << topic.learning;
        *sets[2] << topic.young;
        *sets[3] << topic.mature;
    }
    series->append(sets);
    showTooltips(series, [names](int index, QBarSet *set) {
        return tr("%1\n%2: %3").arg(names.value(index), set->label()).arg(int(set->at(index)));
    });
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(axisLabels(names));
    y->setTruncateLabels(false); // "Replication, consistency & consensus", whole, on two lines
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    x->applyNiceNumbers();
    auto *panel = new ChartPanel(tr("Mastery per topic (concepts)"), chart);
    panel->setObjectName(QStringLiteral("masteryChart"));
    const core::ProgressStats::Topic all = core::ProgressStats::total(m_topics);
    if (all.learning + all.young + all.mature == 0)
        panel->setNote(tr("Every concept is still new. As you study, the bars fill from new to learning, young "
                          "and mature (back in three weeks or more)."));
    panel->content()->setMinimumHeight(fontMetrics().height() * int(3 * names.size() + 6)); // room for two-line names
    return panel;
}

ChartPanel *ProgressDashboard::makeDrillChart(core::StudyLibrary &library)
{
    // Accuracy per kind of problem, the last 30 days beside the time before: better or worse.
    const QDateTime monthAgo = m_now.addDays(-30);
    const auto recent = library.drills().accuracyByType(monthAgo);
    const auto all = library.drills().accuracyByType();
    auto *series = new QHorizontalBarSeries;
    QBarSet *before = barSet(tr("Before"), kNew);
    QBarSet *lately = barSet(tr("Last 30 days"), kGood);
    QStringList names;
    QList<std::pair<core::DrillStore::Accuracy, core::DrillStore::Accuracy>> shown; // before, lately
    const QStringList types = core::EstimationDrill::types();
    for (const QString &type : std::views::reverse(types)) {
        const core::DrillStore::Accuracy total = all.value(type), last = recent.value(type);
        if (total.answered == 0)
            continue;
        const core::DrillStore::Accuracy earlier {total.answered - last.answered, total.accepted - last.accepted};
        names.append(core::EstimationDrill::typeName(type));
        before->append(qRound(100 * earlier.share()));
        lately->append(qRound(100 * last.share()));
        shown.append({earlier, last});
    }
    series->append(before);
    series->append(lately);
    showTooltips(series, [shown, lately](int index, QBarSet *set) {
        const auto &[earlier, last] = shown.value(index);
        const core::DrillStore::Accuracy &a = set == lately ? last : earlier;
        return tr("%1 of %n answer(s) right", nullptr, a.answered).arg(a.accepted);
    });
    QChart *chart = sharePerTopicChart(series, names);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *panel = new ChartPanel(tr("Estimation drills: right per kind of problem"), chart);
    panel->setObjectName(QStringLiteral("drillChart"));
    // Said in words: an empty frame of "…" labels looks broken.
    if (names.isEmpty())
        panel->setEmpty(tr("Your answers to Study > Estimation Drill show here, per kind of problem."));
    panel->content()->setMinimumHeight(fontMetrics().height() * int(2 * names.size() + 6));
    return panel;
}

ChartPanel *ProgressDashboard::makeRetentionChart()
{
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = barSet(tr("Remembered"), kGood);
    QStringList names;
    QList<core::ProgressStats::Topic> shown;
    // The topics answered in; reviews of questions that came back once there are
    // any, else every answer, so a beginner sees what there is.
    const bool reviewed = core::ProgressStats::total(m_topics).reviews > 0;
    for (const core::ProgressStats::Topic &topic : std::views::reverse(m_topics)) {
        if ((reviewed ? topic.reviews : topic.answers) == 0)
            continue;
        names.append(topic.topic);
        set->append(qRound(reviewed ? 100.0 * topic.retention() : 100.0 * topic.answersRecalled / topic.answers));
        shown.append(topic);
    }
    series->append(set);
    showTooltips(series, [shown, reviewed](int index, QBarSet *) {
        const auto &topic = shown.value(index);
        return reviewed
            ? tr("%1\n%2 of %n review(s) remembered", nullptr, topic.reviews).arg(topic.topic).arg(topic.recalled)
            : tr("%1\n%2 of %n answer(s) not Again", nullptr, topic.answers)
                  .arg(topic.topic)
                  .arg(topic.answersRecalled);
    });
    auto *panel = new ChartPanel(tr("Remembered per topic (30 days)"), sharePerTopicChart(series, names));
    panel->setObjectName(QStringLiteral("retentionChart"));
    if (names.isEmpty())
        panel->setEmpty(tr("A topic shows here once you have answered its questions in the last 30 days."));
    else if (!reviewed)
        panel->setNote(tr("So far from your answers while learning. Once questions come back for review, a day or "
                          "more later, this shows how much you remember over time."));
    panel->content()->setMinimumHeight(fontMetrics().height() * int(3 * names.size() + 6)); // room for two-line names
    return panel;
}

ChartPanel *ProgressDashboard::makeReadinessChart(core::StudyLibrary &library)
{
    const auto interview = core::InterviewStore(library.database()).next(m_today);
    if (!interview)
        return nullptr;
    const core::StudySettings settings = core::StudySettings::load();
    library.setSchedulerParameters(settings.schedulerParameters());
    const auto forecast = core::InterviewReadiness::forecast(library, *interview, m_today, settings.newPerDay);
    if (!forecast)
        return nullptr;
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = barSet(tr("Predicted recall on the day"), kGood);
    QStringList names;
    QList<core::InterviewReadiness::Topic> shown;
    for (const auto &topic : std::views::reverse(forecast->topics)) {
        if (!interview->topics.isEmpty() && !topic.chosen)
            continue;
        names.append(topic.topic);
        set->append(qRound(100 * topic.recallOnDate));
        shown.append(topic);
    }
    series->append(set);
    showTooltips(series, [shown](int index, QBarSet *) {
        const auto &topic = shown.value(index);
        return tr("%1\n%2 of %n concept(s) seen by the day", nullptr, topic.concepts)
            .arg(topic.topic)
            .arg(topic.seenByDate);
    });
    const QLocale locale;
    const QString day = locale.toString(forecast->date, QLocale::LongFormat);
    auto *panel = new ChartPanel(tr("Ready for %1? (in %n day(s))", nullptr, forecast->daysLeft).arg(day),
                                 sharePerTopicChart(series, names));
    panel->setObjectName(QStringLiteral("readinessChart"));
    QString note = tr("Following Study Now, predicted recall on the day: %1% of the %n concept(s) that matter "
                      "(%2 never seen yet).",
                      nullptr, forecast->concepts)
                       .arg(qRound(100 * forecast->recallOnDate))
                       .arg(forecast->neverSeenNow)
        + QLatin1Char(' ');
    if (forecast->onTrack()) {
        note += tr("Your %1 new a day start every one a week before the day: about %2 minutes a day.")
                    .arg(forecast->newPerDay)
                    .arg(locale.toString(forecast->minutesPerDay, 'f', 0));
    } else {
        if (forecast->seenAtOwnPace < forecast->concepts)
            note += tr("At your %1 new a day you would reach only %2 of %3 by then.")
                        .arg(forecast->newPerDay)
                        .arg(forecast->seenAtOwnPace)
                        .arg(forecast->concepts)
                + QLatin1Char(' ');
        note += tr("Study Now starts %1 new a day instead of your %2, so that every one starts a week before the day "
                   "and comes back a few times: about %3 minutes a day instead of %4.")
                    .arg(forecast->studyNowPerDay())
                    .arg(forecast->newPerDay)
                    .arg(locale.toString(forecast->neededMinutesPerDay, 'f', 0),
                         locale.toString(forecast->minutesPerDay, 'f', 0));
    }
    panel->setNote(note);
    panel->content()->setMinimumHeight(fontMetrics().height() * int(3 * names.size() + 6));
    return panel;
}

ChartPanel *ProgressDashboard::makeCalendar()
{
    auto *calendar = new CalendarHeatMap;
    calendar->setObjectName(QStringLiteral("calendar"));
    QHash<QDate, int> counts;
    for (const auto &day : m_stats.days(m_today.addDays(-371), m_today))
        counts.insert(day.date, day.total());
    calendar->setCounts(m_today, counts);
    auto *panel = new ChartPanel(tr("The last year"), calendar);
    panel->setObjectName(QStringLiteral("calendarPanel"));
    if (std::all_of(counts.cbegin(), counts.cend(), [](int n) { return n == 0; }))
        panel->setNote(tr("Each day you study fills a square, darker the more you answer."));
    return panel;
}

} // namespace sdstudy::widgets
