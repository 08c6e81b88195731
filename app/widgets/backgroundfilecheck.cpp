#include "widgets/backgroundfilecheck.h"

#include "core/databasefilecheck.h"
#include "core/studylibrary.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QWidget>
#include <QtConcurrentRun>

namespace sdstudy::widgets {

BackgroundFileCheck::BackgroundFileCheck(const QString &databasePath, QWidget *window)
    : QObject(window)
    , m_path(databasePath)
    , m_window(window)
{ }

void BackgroundFileCheck::start()
{
    auto *watcher = new QFutureWatcher<core::DatabaseFileCheck::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const core::DatabaseFileCheck::Result check = watcher->result();
        watcher->deleteLater();
        const bool damaged = check.verdict == core::DatabaseFileCheck::Verdict::Damaged;
        if (damaged) {
            core::StudyLibrary::askForFullCheck(m_path);
            QMessageBox::warning(m_window, tr("Study Database Damaged"),
                                 tr("A check of %1 found it damaged (%2).\n\nQuit and start the app again: it will "
                                    "set the damaged file aside and restore your newest good backup.")
                                     .arg(m_path, check.detail));
        }
        Q_EMIT finished(!damaged);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run(
        [path] { return core::DatabaseFileCheck::examine(path, core::DatabaseFileCheck::Depth::Integrity); }));
}

} // namespace sdstudy::widgets
