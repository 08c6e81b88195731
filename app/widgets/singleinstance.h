#pragma once

#include <QObject>

class QLocalServer;
class QWidget;

// One window per database: the first listens on a local socket named after the
// database file, and a second start asks it to come forward instead of opening
// the same file for writing behind its back.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // Asks the window that has databasePath open to come forward. True if it answered.
    static bool activateRunning(const QString &databasePath);

    SingleInstance(const QString &databasePath, QWidget *window);

private:
    static QString serverName(const QString &databasePath);

    QLocalServer *m_server;
    QWidget *m_window;
};
