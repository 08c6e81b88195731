#include "core/drillstore.h"

#include "core/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace sdstudy::core {

DrillStore::DrillStore(Database &database)
    : m_database(database)
{ }

namespace {

bool insert(Database &database, const DrillResult &result, bool onlyIfNew, QString *error, bool *added)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO drill_results (type, seed, answered_at, answer, accepted, ratio)"
                       " VALUES (?, ?, ?, ?, ?, ?)%1")
            .arg(onlyIfNew ? QStringLiteral(" ON CONFLICT (type, seed, answered_at) DO NOTHING") : QString()));
    query.addBindValue(result.type);
    query.addBindValue(qint64(result.seed));
    query.addBindValue(result.answeredAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(result.answer.left(DrillResult::kMostAnswerCharacters));
    query.addBindValue(result.accepted ? 1 : 0);
    query.addBindValue(std::isfinite(result.ratio) ? result.ratio : 0.0); // a progress file must read it back
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *added = query.numRowsAffected() > 0;
    return true;
}

} // namespace

bool DrillStore::record(const DrillResult &result, QString *error)
{
    bool added = false;
    return insert(m_database, result, false, error, &added);
}

MergeOutcome DrillStore::merge(const DrillResult &result, QString *error)
{
    bool added = false;
    if (!insert(m_database, result, true, error, &added))
        return MergeOutcome::Failed;
    return added ? MergeOutcome::Added : MergeOutcome::Unchanged;
}

QHash<QString, DrillStore::Accuracy> DrillStore::accuracyByType(const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT type, count(*), sum(accepted) FROM drill_results"
                                 " WHERE answered_at >= ? GROUP BY type"));
    query.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("")); // not NULL
    QHash<QString, Accuracy> result;
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()});
    }
    return result;
}

QHash<QString, int> DrillStore::recentMisses(int count) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT type, count(*) - sum(accepted) FROM ("
                       " SELECT type, accepted, row_number() OVER (PARTITION BY type ORDER BY answered_at DESC)"
                       " AS recent FROM drill_results) WHERE recent <= ? GROUP BY type"));
    query.addBindValue(count);
    QHash<QString, int> misses;
    if (query.exec()) {
        while (query.next())
            misses.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return misses;
}

QList<DrillResult> DrillStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<DrillResult> results;
    if (!query.exec(QStringLiteral("SELECT type, seed, answered_at, answer, accepted, ratio FROM drill_results"
                                   " ORDER BY answered_at, id")))
        return results;
    while (query.next())
        results.append({query.value(0).toString(), quint32(query.value(1).toLongLong()),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), query.value(3).toString(),
                        query.value(4).toInt() != 0, query.value(5).toDouble()});
    return results;
}

} // namespace sdstudy::core
