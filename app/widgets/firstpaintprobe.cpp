#include "widgets/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QSet>

#include <chrono>
#include <cstdio>

namespace sdstudy::widgets {

namespace {

// Nothing painted for this long after the last frame: the screen has settled.
constexpr auto kQuietSpell = std::chrono::milliseconds(400);

// steady_clock is CLOCK_MONOTONIC on Linux: the benchmark compares it with its own.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A field of /proc/self/status in kB: VmRSS now, VmHWM the peak.
qint64 statusKb(const QByteArray &status, const char *field)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// The shared libraries mapped into this process (/proc/self/maps), by file name.
QSet<QByteArray> sharedLibraries()
{
    QFile file(QStringLiteral("/proc/self/maps"));
    QSet<QByteArray> libraries;
    if (!file.open(QIODevice::ReadOnly))
        return libraries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray path = line.mid(line.indexOf('/'));
        if (line.contains('/') && path.contains(".so"))
            libraries.insert(path.mid(path.lastIndexOf('/') + 1));
    }
    return libraries;
}

} // namespace

FirstPaintProbe::FirstPaintProbe()
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietSpell);
    connect(&m_quiet, &QTimer::timeout, this, &FirstPaintProbe::report);
}

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
    if (event->type() == QEvent::Paint) {
        // A frame is painted once the event loop runs again: the time is taken then.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_lastPaintNs = monotonicNs();
                if (m_firstPaintNs == 0)
                    m_firstPaintNs = m_lastPaintNs;
                m_quiet.start();
            },
            Qt::QueuedConnection);
    }
    return false;
}

void FirstPaintProbe::report()
{
    QFile file(QStringLiteral("/proc/self/status"));
    const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    std::printf("first_paint_ns %lld\nsettled_ns %lld\nrss_kb %lld\npeak_rss_kb %lld\n",
                static_cast<long long>(m_firstPaintNs), static_cast<long long>(m_lastPaintNs),
                static_cast<long long>(statusKb(status, "VmRSS:")), static_cast<long long>(statusKb(status, "VmHWM:")));
    // What start-up loaded: each library costs the dynamic loader time and memory.
    for (const QByteArray &library : sharedLibraries())
        std::printf("library %s\n", library.constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace sdstudy::widgets
