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

private:
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
    void addFigure(QGridLayout *grid, int column, const QString &name, const QString &value, const QString &key);

    core::ProgressStats m_stats;
    QDateTime m_now;
    QDate m_today;
    QList<core::ProgressStats::Topic> m_topics;
    QList<core::ProgressStats::Day> m_days; // of the chosen range
    QComboBox *m_range;
    ChartPanel *m_reviews = nullptr;
    ChartPanel *m_time = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace sdstudy::widgets
