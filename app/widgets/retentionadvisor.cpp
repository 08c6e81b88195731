#include "widgets/retentionadvisor.h"

#include "charts/charttheme.h"
#include "core/studylibrary.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <QtConcurrentRun>
#include <algorithm>

namespace sdstudy::widgets {

namespace {

// A year: long enough for the bank's concepts to be started and reviewed at length.
constexpr int kDays = 365;

} // namespace

RetentionAdvisor::RetentionAdvisor(core::StudyLibrary &library, double retention, int newPerDay, QWidget *parent)
    : QDialog(parent)
    , m_current(retention)
{
    setWindowTitle(tr("Choose a Desired Retention"));
    m_summary = new QLabel(tr("Simulating a year of study at each retention\u2026"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setBackgroundBrush(palette().window()); // not a white box in a dark theme while it works
    m_chart->setMinimumSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_leastWork = buttons->addButton(tr("&Least Work"), QDialogButtonBox::ActionRole);
    m_leastWork->setObjectName(QStringLiteral("leastWork"));
    m_leastWork->setEnabled(false);
    connect(m_leastWork, &QPushButton::clicked, this, [this] { choose(m_recommended); });
    m_take = buttons->addButton(tr("Use It"), QDialogButtonBox::AcceptRole);
    m_take->setObjectName(QStringLiteral("take"));
    m_take->setEnabled(false);
    // Enter never changes the retention by itself: taking one is a click.
    m_take->setAutoDefault(false);
    m_leastWork->setAutoDefault(false);
    m_chart->viewport()->installEventFilter(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);

    // Read here, simulated on a worker: the window stays responsive.
    const core::WorkloadSimulator::Start start = core::WorkloadSimulator::startFrom(library);
    m_concepts = int(start.studied.size()) + start.freshAvailable;
    const core::FsrsScheduler::Parameters parameters = library.scheduler().parameters();
    core::WorkloadSimulator::Plan plan;
    plan.start = QDate::currentDate();
    plan.days = kDays;
    plan.newPerDay = newPerDay;
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_stop->load())
            showPoints(m_watcher.result());
    });
    m_watcher.setFuture(QtConcurrent::run([parameters, start, plan, stop = m_stop]() mutable {
        plan.stop = stop.get();
        return core::WorkloadSimulator::byRetention(parameters, start.habits, start.studied, start.freshAvailable,
                                                    plan);
    }));
}

RetentionAdvisor::~RetentionAdvisor()
{
    // Closed before the simulation ended: it stops within a simulated day.
    m_stop->store(true);
    m_watcher.waitForFinished();
}

void RetentionAdvisor::showPoints(const QList<core::WorkloadSimulator::RetentionPoint> &points)
{
    m_recommended = core::WorkloadSimulator::leastWorkRetention(points);
    auto *minutes = new QLineSeries;
    minutes->setName(tr("Minutes a day"));
    auto *remembered = new QLineSeries;
    remembered->setName(tr("Remembered after a year"));
    auto *chosen = new QScatterSeries;
    chosen->setName(tr("Your choice"));
    chosen->setMarkerSize(fontMetrics().height() * 0.8);
    double mostMinutes = 1;
    const core::WorkloadSimulator::RetentionPoint *best = nullptr;
    const core::WorkloadSimulator::RetentionPoint *current = nullptr;
    m_points = points;
    for (const core::WorkloadSimulator::RetentionPoint &point : std::as_const(m_points)) {
        minutes->append(100 * point.retention, point.minutesPerDay);
        remembered->append(100 * point.retention, point.remembered);
        mostMinutes = std::max(mostMinutes, point.minutesPerDay);
        if (qFuzzyCompare(point.retention, m_recommended))
            best = &point;
        if (qRound(point.retention * 100) == qRound(m_current * 100))
            current = &point;
    }
    m_marker = chosen;

    auto *chart = new QChart;
    chart->addSeries(minutes);
    chart->addSeries(remembered);
    chart->addSeries(chosen);
    auto *x = new QValueAxis;
    x->setRange(70, 95);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d%"));
    x->setTitleText(tr("Desired retention"));
    auto *left = new QValueAxis;
    left->setRange(0, mostMinutes * 1.1);
    left->setLabelFormat(QStringLiteral("%.0f"));
    left->setTitleText(tr("Minutes a day"));
    auto *right = new QValueAxis;
    right->setRange(0, std::max(1, m_concepts));
    right->setLabelFormat(QStringLiteral("%.0f"));
    right->setTitleText(tr("Remembered"));
    left->applyNiceNumbers();
    right->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(minutes), static_cast<QAbstractSeries *>(chosen)}) {
        series->attachAxis(x);
        series->attachAxis(left);
    }
    remembered->attachAxis(x);
    remembered->attachAxis(right);
    chart->legend()->setAlignment(Qt::AlignBottom);
    charts::ChartTheme::apply(chart, palette());
    m_chart->setChart(chart);

    m_leastWork->setText(tr("&Least Work: %1%").arg(qRound(m_recommended * 100)));
    m_leastWork->setEnabled(best != nullptr);
    // The person's own retention first; a click anywhere on the chart picks another.
    choose(current ? current->retention : m_recommended);
}

bool RetentionAdvisor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart->viewport() && event->type() == QEvent::MouseButtonPress && m_marker) {
        const QPointF position = static_cast<QMouseEvent *>(event)->position();
        const QPointF value = m_chart->chart()->mapToValue(m_chart->mapToScene(position.toPoint()), m_marker);
        if (value.x() >= 69.5 && value.x() <= 95.5)
            choose(value.x() / 100);
    }
    return QDialog::eventFilter(watched, event);
}

void RetentionAdvisor::choose(double retention)
{
    const auto nearest
        = std::min_element(m_points.cbegin(), m_points.cend(), [retention](const auto &a, const auto &b) {
              return std::abs(a.retention - retention) < std::abs(b.retention - retention);
          });
    if (nearest == m_points.cend())
        return;
    m_chosen = nearest->retention;
    m_marker->clear();
    m_marker->append(100 * nearest->retention, nearest->minutesPerDay);
    m_take->setText(tr("Use %1%").arg(qRound(m_chosen * 100)));
    m_take->setEnabled(true);

    const QLocale locale;
    const auto best = std::find_if(m_points.cbegin(), m_points.cend(),
                                   [this](const auto &p) { return qFuzzyCompare(p.retention, m_recommended); });
    QString text = tr("At %1%: about %2 minutes a day over the next year, and %3 of %4 concepts remembered at its "
                      "end.")
                       .arg(qRound(nearest->retention * 100))
                       .arg(locale.toString(nearest->minutesPerDay, 'f', 0))
                       .arg(qRound(nearest->remembered))
                       .arg(m_concepts);
    if (qRound(nearest->retention * 100) == qRound(m_current * 100))
        text += QLatin1Char(' ') + tr("That is your setting now.");
    if (best != m_points.cend())
        text += QLatin1Char(' ')
            + tr("%1% asks the least work per concept remembered (%2 minutes a day, %3 remembered); higher "
                 "retention costs more minutes for each concept it keeps.")
                  .arg(qRound(best->retention * 100))
                  .arg(locale.toString(best->minutesPerDay, 'f', 0))
                  .arg(qRound(best->remembered));
    text += QLatin1Char(' ') + tr("Click the chart to pick another retention.");
    m_summary->setText(text);
}

} // namespace sdstudy::widgets
