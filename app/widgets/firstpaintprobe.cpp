#include "widgets/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace sdstudy::widgets {

void FirstPaintProbe::installIfRequested()
{
    if (qEnvironmentVariableIsEmpty("SDSTUDY_REPORT_FIRST_PAINT"))
        return;
    auto *probe = new FirstPaintProbe;
    probe->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(probe);
}

bool FirstPaintProbe::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Report once the whole first frame is painted and flushed, not at its first widget.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return false;
}

void FirstPaintProbe::report()
{
    qint64 rssKb = 0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rssKb = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    // steady_clock is CLOCK_MONOTONIC on Linux: the benchmark compares it with its own.
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("first_paint_ns %lld\nrss_kb %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
                static_cast<long long>(rssKb));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace sdstudy::widgets
