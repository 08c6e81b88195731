#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

namespace sdstudy::widgets {

// A year of study as a calendar: one square per day, weeks as columns, darker
// for more reviews, as on a code forge's contribution graph. Hovering a day
// names it and its count.
class CalendarHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarHeatMap)

public:
    explicit CalendarHeatMap(QWidget *parent = nullptr);

    void setCounts(const QDate &lastDay, const QHash<QDate, int> &counts);
    int count(const QDate &day) const { return m_counts.value(day); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    static constexpr int kWeeks = 53;
    QDate dayAt(const QPoint &position) const;
    QRect cellRect(int week, int weekday) const;
    int cellSize() const;
    QDate firstDay() const;

    QDate m_lastDay;
    QHash<QDate, int> m_counts;
    int m_most = 0;
};

} // namespace sdstudy::widgets
