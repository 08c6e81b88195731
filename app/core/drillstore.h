#pragma once

#include "core/mergeoutcome.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sdstudy::core {

class Database;

// One answer to an estimation drill: which problem (type and seed), what the
// person wrote, and whether it was accepted.
struct DrillResult
{
    QString type;
    quint32 seed = 0;
    QDateTime answeredAt; // UTC
    QString answer;       // as typed
    bool accepted = false;
    double ratio = 0; // given / expected; 0 when the answer did not read

    static constexpr qsizetype kMostAnswerCharacters = 200;
};

// The drills' record, for the dashboard and for choosing what comes next. Each
// write is one transaction.
class DrillStore final
{
public:
    struct Accuracy
    {
        int answered = 0;
        int accepted = 0;
        double share() const { return answered > 0 ? double(accepted) / answered : 0; }
    };

    explicit DrillStore(Database &database);

    bool record(const DrillResult &result, QString *error);
    // Per problem type, the answers given from `since` on (all of them for an invalid time).
    QHash<QString, Accuracy> accuracyByType(const QDateTime &since = {}) const;
    // Per type, of its latest `count` answers, how many were wrong: what comes back more often.
    QHash<QString, int> recentMisses(int count) const;
    // Every result, oldest first, for the progress file.
    QList<DrillResult> all() const;
    // A result from a progress file: added unless the same answer (type, seed and
    // time) is here already.
    MergeOutcome merge(const DrillResult &result, QString *error);

private:
    Database &m_database;
};

} // namespace sdstudy::core
