#pragma once

#include <QObject>

class QSocketNotifier;

namespace sdstudy::widgets {

class MainWindow;

// Saves the person's work when the app is ended other than by closing its window:
// on logout or shutdown (the session manager's commitDataRequest) and on SIGTERM,
// SIGINT or SIGHUP. A signal handler may only do async-signal-safe things, so it
// writes one byte to a socket pair and the event loop does the rest (the way Qt's
// documentation recommends): the note being written is saved, the quit backup
// taken, and then shutdownRequested() asks the application to quit.
class ShutdownSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSaver)

public:
    explicit ShutdownSaver(MainWindow &window);
    ~ShutdownSaver() override;

    bool isListening() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // After a signal, once everything is saved: the application should quit.
    void shutdownRequested(int signalNumber);

private:
    void onSignal();

    MainWindow &m_window;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sdstudy::widgets
