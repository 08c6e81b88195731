#pragma once

#include "core/fsrsscheduler.h"
#include "core/mergeoutcome.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

class Database;

// The person's word on which questions are one concept, where the grouper got it
// wrong: "not the same question" (a concept of its own) or "same as" another.
// Keyed by stable id, so a choice outlives re-imports and bank updates; each call
// is one transaction that also regroups (ConceptAssignment), so a returned change
// is on disk with the schedules that follow it.
class ConceptOverrides final
{
public:
    struct Override
    {
        QString questionId;
        QString sameAs; // a question id; empty: a concept of its own
        QDateTime changed;
    };

    explicit ConceptOverrides(Database &database);

    // Takes the question out of its concept, with the history it had; joins others
    // made to it are undone too, so it ends alone.
    bool split(const QString &questionId, QString *error);
    // Folds the question's concept and `otherId`'s into one.
    bool join(const QString &questionId, const QString &otherId, QString *error);
    // Back to what the grouper finds.
    bool clear(const QString &questionId, QString *error);

    QList<Override> all() const;

    // The choices on record for some questions and the schedules of their concepts,
    // as they are now: what an undo puts back.
    struct Snapshot
    {
        QHash<QString, std::optional<Override>> choices; // by question id; nullopt: none
        QHash<QString, FsrsScheduler::Card> schedules;   // by concept id
    };
    Snapshot snapshot(const QStringList &questionIds) const;
    // Puts those choices back, regroups, and gives each concept named again the
    // schedule it had; other questions' choices are left as they are.
    bool restore(const Snapshot &snapshot, QString *error);
    // A choice from a progress file: kept if new here or newer than ours. Only
    // stored: call regroup() after the last, inside the same transaction.
    MergeOutcome merge(const Override &incoming, QString *error);
    bool regroup(QString *error);

private:
    bool write(const Override &choice, QString *error);
    bool remove(const QString &questionId, QString *error);

    Database &m_database;
};

} // namespace sdstudy::core
