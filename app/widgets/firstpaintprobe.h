#pragma once

#include <QObject>
#include <QTimer>

namespace sdstudy::widgets {

// For the benchmark: when SDSTUDY_REPORT_FIRST_PAINT is set, prints to stdout the
// monotonic clock at the first painted frame and when painting settled (the last
// frame before a quiet spell: the first question, the tree and the panels drawn),
// the resident and peak resident memory then, and the shared libraries loaded by
// then ("library libQt6Core.so.6.8.2"), and quits. Does nothing otherwise.
// The benchmark's bare window uses it too, so both are measured alike.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe();
    void report();

    qint64 m_firstPaintNs = 0;
    qint64 m_lastPaintNs = 0;
    QTimer m_quiet; // restarted by every frame; when it fires, painting has settled
};

} // namespace sdstudy::widgets
