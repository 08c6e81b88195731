#include "widgets/shutdownsaver.h"

#include "widgets/mainwindow.h"

#include <QGuiApplication>
#include <QSessionManager>
#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace sdstudy::widgets {

namespace {

// One pair for the process: [0] is written by the handler, [1] read by the loop.
std::array<int, 2> g_pipe = {-1, -1};
constexpr std::array kSignals = {SIGTERM, SIGINT, SIGHUP};

extern "C" void onQuitSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

} // namespace

ShutdownSaver::ShutdownSaver(MainWindow &window)
    : m_window(window)
{
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) { m_window.saveForShutdown(); });

    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe.data()) != 0) {
        qWarning("ShutdownSaver: no socket pair; SIGTERM will not save the note first");
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSaver::onSignal);
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : kSignals)
        sigaction(signalNumber, &action, nullptr);
}

ShutdownSaver::~ShutdownSaver()
{
    if (!m_notifier)
        return;
    // The window is going: from here a signal ends the process as it would by default.
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : kSignals)
        sigaction(signalNumber, &action, nullptr);
}

void ShutdownSaver::onSignal()
{
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) != 1)
        return;
    m_window.saveForShutdown();
    Q_EMIT shutdownRequested(int(byte));
}

} // namespace sdstudy::widgets
