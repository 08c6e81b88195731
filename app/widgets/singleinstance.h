#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QSocketNotifier;
class QWidget;

namespace sdstudy::widgets {

// One window per database: the first listens on a local socket named after the
// database file, and a second start asks it to come forward instead of opening
// the same file for writing behind its back. The socket lives in a folder only
// this user can reach ($XDG_RUNTIME_DIR, or a private folder in /tmp that is
// checked), so another user can neither take its name nor answer in its place.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // Asks the window that has databasePath open to come forward. True if it answered.
    static bool activateRunning(const QString &databasePath);

    SingleInstance(const QString &databasePath, QWidget *window);
    ~SingleInstance() override;

    // False when no private folder could be had or listening failed: the window
    // works on, only a second start cannot find it.
    bool isListening() const;

    // The socket's full path, or nullopt when there is no folder only this user can reach.
    static std::optional<QString> socketPath(const QString &databasePath);

private:
    class Caller;

    void bringForward();

    QWidget *m_window;
    int m_listener = -1; // the listening socket's descriptor
    QSocketNotifier *m_incoming = nullptr;
    int m_callers = 0;
    QString m_path; // removed when the window closes
};

} // namespace sdstudy::widgets
