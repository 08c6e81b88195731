#pragma once

#include "core/fsrsfitstore.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace sdstudy::core {
class StudyLibrary;
}

namespace sdstudy::widgets {

// Fits the scheduler to the person's reviews on a worker thread, with a database
// connection of its own, so the window never waits: by itself when FsrsFitStore
// says a fit is due, or when asked ("Optimize Now"). A fit that predicts better
// is put to use at once.
class SchedulerFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulerFitter)

public:
    explicit SchedulerFitter(core::StudyLibrary &library, QObject *parent = nullptr);
    ~SchedulerFitter() override; // stops a fit under way and waits for it

    // Starts a fit if one is due and none is running.
    void fitIfDue();
    // Starts a fit now, whatever the log's size; ends a choice of the defaults.
    void fitNow();
    void cancel();
    // While a study sitting runs, a finished fit waits to be used until it ends.
    void setSitting(bool sitting);
    bool isRunning() const { return m_watcher.isRunning(); }

    // The last fit, and what the scheduler uses.
    std::optional<core::FsrsFit> lastFit() const;
    bool fittedInUse() const;
    bool defaultsChosen() const;
    // "Use the defaults" (or not): the scheduler follows at once.
    bool chooseDefaults(bool useDefaults, QString *error);
    int reviewCount() const;
    core::StudyLibrary &library() const { return m_library; }

signals:
    void progressed(int percent);
    // A fit ended: saved and in use if it predicts better. Empty error if it worked;
    // nothing is changed when it failed or was cancelled.
    void finished(const QString &error);

private:
    struct Outcome
    {
        std::optional<core::FsrsFit> fit;
        QString error;
    };
    void start();
    void take(const Outcome &outcome);
    void applyToScheduler();

    core::StudyLibrary &m_library;
    core::FsrsFitStore m_store;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_sitting = false;
    bool m_applyAfterSitting = false;
};

} // namespace sdstudy::widgets
