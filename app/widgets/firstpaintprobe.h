#pragma once

#include <QObject>

namespace sdstudy::widgets {

// For the benchmark: when SDSTUDY_REPORT_FIRST_PAINT is set, waits for the first
// painted frame, prints the monotonic clock and resident memory to stdout, and
// quits. Does nothing otherwise.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe() = default;
    void report();

    bool m_painted = false;
};

} // namespace sdstudy::widgets
