#pragma once

#include "core/progressstats.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;

namespace sdstudy::core {
class StudyLibrary;
} // namespace sdstudy::core

namespace sdstudy::widgets {

class CalendarHeatMap;
class ChartPanel;

// How the person is doing: today's numbers, reviews and time per day, the due
// forecast, mastery and retention per topic, and a year as a calendar.
class ProgressDashboard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDashboard)

public:
    explicit ProgressDashboard(core::StudyLibrary &library, QWidget *parent = nullptr,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The days the per-day charts cover: 30, 90 or 365.
    void setRange(int days);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Puts the chart panels in the grid, paired or one per row (m_sideBySide).
    void placeCharts();
    QWidget *makeTodayRow();
    ChartPanel *makeReviewsChart();
    ChartPanel *makeTimeChart();
    ChartPanel *makeForecastChart();
    ChartPanel *makeMasteryChart();
    ChartPanel *makeRetentionChart();
    ChartPanel *makeCalendar();
    ChartPanel *makeDrillChart(core::StudyLibrary &library);
    // Only with an interview ahead: predicted recall per topic on the day.
    ChartPanel *makeReadinessChart(core::StudyLibrary &library);

    core::ProgressStats m_stats;
    QDateTime m_now;
    QDate m_today;
    QList<core::ProgressStats::Topic> m_topics;
    QList<core::ProgressStats::Day> m_days; // of the chosen range
    QComboBox *m_range;
    ChartPanel *m_reviews = nullptr;
    ChartPanel *m_time = nullptr;
    ChartPanel *m_forecast = nullptr;
    ChartPanel *m_mastery = nullptr;
    ChartPanel *m_retention = nullptr;
    ChartPanel *m_calendar = nullptr;
    ChartPanel *m_drills = nullptr;
    bool m_sideBySide = true;
    QGridLayout *m_grid = nullptr;
};

} // namespace sdstudy::widgets
