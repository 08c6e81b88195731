#include "widgets/calendarheatmap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace sdstudy::widgets {

namespace {
constexpr int kGap = 2;
// The colour ramp: the palette's base for none, then a green that reads on
// light and dark backgrounds, stronger with more reviews.
const QColor kStudied(46, 160, 67);
} // namespace

CalendarHeatMap::CalendarHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Reviews per day over the last year"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CalendarHeatMap::setCounts(const QDate &lastDay, const QHash<QDate, int> &counts)
{
    m_lastDay = lastDay;
    m_counts = counts;
    m_most = 0;
    for (int n : counts)
        m_most = std::max(m_most, n);
    update();
}

int CalendarHeatMap::cellSize() const
{
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + kGap * 2;
    const int byWidth = (width() - labelWidth) / kWeeks - kGap;
    const int byHeight = (height() - fontMetrics().height() - kGap) / 7 - kGap;
    return std::max(4, std::min(byWidth, byHeight));
}

QSize CalendarHeatMap::sizeHint() const
{
    const int cell = fontMetrics().height();
    return {kWeeks * (cell + kGap) + fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + kGap * 2,
            7 * (cell + kGap) + fontMetrics().height() + kGap};
}

QSize CalendarHeatMap::minimumSizeHint() const
{
    return {kWeeks * 6, 7 * 6 + fontMetrics().height()};
}

QDate CalendarHeatMap::firstDay() const
{
    // The Monday that starts the first of the 53 week columns.
    return m_lastDay.addDays(-(m_lastDay.dayOfWeek() - 1) - 7 * (kWeeks - 1));
}

QRect CalendarHeatMap::cellRect(int week, int weekday) const
{
    const int cell = cellSize();
    const int left = fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + kGap * 2;
    const int top = fontMetrics().height() + kGap;
    return {left + week * (cell + kGap), top + weekday * (cell + kGap), cell, cell};
}

QDate CalendarHeatMap::dayAt(const QPoint &position) const
{
    if (!m_lastDay.isValid())
        return {};
    for (int week = 0; week < kWeeks; ++week) {
        for (int weekday = 0; weekday < 7; ++weekday) {
            if (cellRect(week, weekday).contains(position)) {
                const QDate day = firstDay().addDays(qint64(week) * 7 + weekday);
                return day <= m_lastDay ? day : QDate();
            }
        }
    }
    return {};
}

void CalendarHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_lastDay.isValid())
        return;
    const QLocale locale;
    painter.setPen(palette().text().color());
    for (int weekday : {0, 2, 4}) { // Mon, Wed, Fri
        const QRect row = cellRect(0, weekday);
        painter.drawText(QRect(0, row.top(), row.left() - kGap, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(weekday + 1, QLocale::ShortFormat));
    }
    QColor empty = palette().text().color();
    empty.setAlphaF(0.08);
    int shownMonth = 0;
    for (int week = 0; week < kWeeks; ++week) {
        const QDate monday = firstDay().addDays(qint64(week) * 7);
        if (monday.month() != shownMonth && monday.day() <= 7) {
            shownMonth = monday.month();
            painter.drawText(cellRect(week, 0).topLeft() - QPoint(0, kGap + fontMetrics().descent()),
                             locale.monthName(shownMonth, QLocale::ShortFormat));
        }
        for (int weekday = 0; weekday < 7; ++weekday) {
            const QDate day = monday.addDays(weekday);
            if (day > m_lastDay)
                break;
            const int n = m_counts.value(day);
            QColor colour = empty;
            if (n > 0) {
                colour = kStudied;
                colour.setAlphaF(0.3 + 0.7 * std::sqrt(double(n) / std::max(1, m_most)));
            }
            painter.fillRect(cellRect(week, weekday), colour);
        }
    }
}

bool CalendarHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(
                help->globalPos(),
                tr("%1\nReviews: %2").arg(QLocale().toString(day, QLocale::LongFormat)).arg(m_counts.value(day)));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sdstudy::widgets
