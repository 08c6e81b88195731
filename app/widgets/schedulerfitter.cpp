#include "widgets/schedulerfitter.h"

#include "core/database.h"
#include "core/fsrshistory.h"
#include "core/progressstats.h"
#include "core/studylibrary.h"
#include "core/studysettings.h"

#include <QMetaObject>
#include <QtConcurrentRun>

namespace sdstudy::widgets {

SchedulerFitter::SchedulerFitter(core::StudyLibrary &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_store(library.database())
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { take(m_watcher.result()); });
}

SchedulerFitter::~SchedulerFitter()
{
    cancel();
    m_watcher.waitForFinished();
}

int SchedulerFitter::reviewCount() const
{
    return int(core::ProgressStats(m_library.database()).totalReviews());
}

void SchedulerFitter::fitIfDue()
{
    if (!isRunning() && m_store.fitDue(reviewCount(), QDateTime::currentDateTimeUtc()))
        start();
}

void SchedulerFitter::fitNow()
{
    if (isRunning())
        return;
    // Asked for by name: the person wants a fit, so a choice of the defaults ends
    // now (a later choice of them, while this runs, then stands).
    QString error;
    if (m_store.defaultsChosen() && !m_store.chooseDefaults(false, &error)) {
        emit finished(error);
        return;
    }
    start();
}

void SchedulerFitter::setSitting(bool sitting)
{
    m_sitting = sitting;
    if (!sitting && m_applyAfterSitting) {
        m_applyAfterSitting = false;
        applyToScheduler();
    }
}

void SchedulerFitter::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void SchedulerFitter::start()
{
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_library.database().path();
    const auto stop = m_stop;
    // Progress crosses to this thread queued; this object outlives the worker (its
    // destructor waits), so the pointer stays good.
    SchedulerFitter *self = this;
    m_watcher.setFuture(QtConcurrent::run([path, stop, self]() -> Outcome {
        core::Database database;
        QString error;
        if (!database.openReadOnly(path, &error))
            return {std::nullopt, error};
        const auto rows = core::FsrsHistory::readDatabase(database.connection(), &error);
        database.close();
        if (!rows)
            return {std::nullopt, error};
        const core::FsrsHistory history = core::FsrsHistory::fromLog(*rows);
        int lastPercent = -1;
        const auto progress = [&](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
            if (percent != lastPercent) {
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    self, [self, percent] { emit self->progressed(percent); }, Qt::QueuedConnection);
            }
            return !stop->load();
        };
        return {core::FsrsFit::compute(history, int(rows->size()), QDateTime::currentDateTimeUtc(), progress),
                QString()};
    }));
}

void SchedulerFitter::take(const Outcome &outcome)
{
    if (!outcome.fit) {
        emit finished(outcome.error.isEmpty() ? tr("The fit was stopped.") : outcome.error);
        return;
    }
    QString error;
    // A log with too few answers to score a fit says nothing against the last fit
    // (one made from an Anki review log, say): that one stays.
    if (outcome.fit->comparison.fitted.predictions == 0 && m_store.last()) {
        emit finished(tr("Too few answers a day or more apart to score a new fit; the last one is kept."));
        return;
    }
    if (m_store.save(*outcome.fit, &error)) {
        // A sitting keeps the scheduler it started with; the fit applies after it.
        if (m_sitting)
            m_applyAfterSitting = true;
        else
            applyToScheduler();
    }
    emit finished(error);
}

std::optional<core::FsrsFit> SchedulerFitter::lastFit() const
{
    return m_store.last();
}

bool SchedulerFitter::fittedInUse() const
{
    return m_store.fittedInUse();
}

bool SchedulerFitter::defaultsChosen() const
{
    return m_store.defaultsChosen();
}

bool SchedulerFitter::chooseDefaults(bool useDefaults, QString *error)
{
    if (!m_store.chooseDefaults(useDefaults, error))
        return false;
    applyToScheduler();
    return true;
}

void SchedulerFitter::applyToScheduler()
{
    m_library.setSchedulerParameters(core::StudySettings::load().schedulerParameters());
}

} // namespace sdstudy::widgets
