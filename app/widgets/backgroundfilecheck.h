#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace sdstudy::widgets {

// Reads the whole study database (SQLite's quick_check) on a worker thread with
// its own connection, once the window is up: a clean start does not wait for it.
// A damaged file is said at once, and the next start recovers it from a backup
// before opening it (StudyLibrary::askForFullCheck).
class BackgroundFileCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundFileCheck)

public:
    BackgroundFileCheck(const QString &databasePath, QWidget *window);

    void start();

Q_SIGNALS:
    void finished(bool healthy);

private:
    QString m_path;
    QWidget *m_window;
};

} // namespace sdstudy::widgets
