#include "core/conceptassignment.h"

#include "core/database.h"
#include "core/disjointsets.h"
#include "core/reviewstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

struct Phrasing
{
    QString id;
    QString autoConcept;
    QString conceptId; // as stored now
};

bool runAssignmentQuery(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

ConceptAssignment::ConceptAssignment(Database &database)
    : m_database(database)
{ }

QHash<QString, QString> ConceptAssignment::current(QString *error) const
{
    QHash<QString, QString> concepts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, concept FROM questions"));
    if (!runAssignmentQuery(query, error))
        return concepts;
    while (query.next())
        concepts.insert(query.value(0).toString(), query.value(1).toString());
    return concepts;
}

bool ConceptAssignment::apply(QString *error)
{
    error->clear();
    const auto before = current(error);
    return error->isEmpty() && apply(before, error);
}

bool ConceptAssignment::apply(const QHash<QString, QString> &before, QString *error, int *changed)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // In naming order: the first of a set names its concept.
    query.prepare(QStringLiteral("SELECT q.id, q.auto_concept, q.concept FROM questions q"
                                 " JOIN banks b ON b.id = q.bank_id ORDER BY b.position, q.number, q.id"));
    if (!runAssignmentQuery(query, error))
        return false;
    QList<Phrasing> phrasings;
    QHash<QString, qsizetype> indexOf;
    while (query.next()) {
        indexOf.insert(query.value(0).toString(), phrasings.size());
        phrasings.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }

    query.prepare(QStringLiteral("SELECT question_id, same_as FROM concept_overrides"));
    if (!runAssignmentQuery(query, error))
        return false;
    QSet<QString> alone;
    QList<std::pair<QString, QString>> joins;
    while (query.next()) {
        if (query.value(1).isNull())
            alone.insert(query.value(0).toString());
        else
            joins.append({query.value(0).toString(), query.value(1).toString()});
    }

    DisjointSets sets(phrasings.size());
    QHash<QString, qsizetype> firstOfAutoConcept; // of those not split off
    for (qsizetype i = 0; i < phrasings.size(); ++i) {
        if (alone.contains(phrasings[i].id))
            continue;
        const auto found = firstOfAutoConcept.constFind(phrasings[i].autoConcept);
        if (found == firstOfAutoConcept.cend())
            firstOfAutoConcept.insert(phrasings[i].autoConcept, i);
        else
            sets.unite(*found, i);
    }
    // A question of another bank that the grouper put with a bundled concept names
    // that concept's question, which is not in its bank's group: join them too.
    for (auto it = firstOfAutoConcept.cbegin(); it != firstOfAutoConcept.cend(); ++it) {
        const qsizetype named = indexOf.value(it.key(), -1);
        if (named >= 0 && !alone.contains(it.key()))
            sets.unite(named, *it);
    }
    for (const auto &[questionId, sameAs] : std::as_const(joins)) {
        const qsizetype a = indexOf.value(questionId, -1), b = indexOf.value(sameAs, -1);
        if (a >= 0 && b >= 0)
            sets.unite(a, b);
    }

    // What each new concept gathers: the concepts its phrasings had before.
    QHash<QString, QSet<QString>> formerConcepts;
    QSet<QString> leaders;
    QList<qsizetype> moved;
    query.prepare(QStringLiteral("UPDATE questions SET concept = ? WHERE id = ?"));
    for (qsizetype i = 0; i < phrasings.size(); ++i) {
        const QString conceptId = phrasings[sets.find(i)].id;
        leaders.insert(conceptId);
        const auto former = before.constFind(phrasings[i].id);
        if (former != before.cend())
            formerConcepts[conceptId].insert(*former);
        if (former != before.cend() && *former != conceptId)
            moved.append(i);
        if (phrasings[i].conceptId != conceptId) {
            query.addBindValue(conceptId);
            query.addBindValue(phrasings[i].id);
            if (!runAssignmentQuery(query, error))
                return false;
        }
        phrasings[i].conceptId = conceptId;
    }
    if (changed)
        *changed = int(moved.size());
    if (moved.isEmpty())
        return true;

    // Schedules first, while the log still says which concept was answered first.
    // Every choice is made, and every schedule to copy read, before any is written:
    // one concept's new schedule must never be another's source.
    QSqlQuery firstAnswer(m_database.connection());
    firstAnswer.prepare(
        QStringLiteral("SELECT (SELECT MIN(reviewed_at) FROM review_log WHERE concept_id = c.concept_id),"
                       " c.reps FROM cards c WHERE c.concept_id = ?"));
    QList<std::pair<QString, FsrsScheduler::Card>> copies; // concept -> the schedule it takes
    for (auto it = formerConcepts.cbegin(); it != formerConcepts.cend(); ++it) {
        const QString &conceptId = it.key();
        if (it.value() == QSet<QString> {conceptId})
            continue;
        // The oldest schedule: answered first, then the most answered.
        QString oldest;
        std::pair<QString, int> oldestKey;
        for (const QString &former : it.value()) {
            firstAnswer.addBindValue(former);
            if (!runAssignmentQuery(firstAnswer, error))
                return false;
            if (!firstAnswer.next())
                continue;
            const QString first = firstAnswer.value(0).toString();
            const std::pair<QString, int> key(first.isEmpty() ? QStringLiteral("~") : first,
                                              -firstAnswer.value(1).toInt());
            if (oldest.isEmpty() || key < oldestKey)
                oldest = former, oldestKey = key;
        }
        if (oldest.isEmpty() || oldest == conceptId)
            continue;
        if (const auto schedule = ReviewStore::storedCard(m_database, oldest))
            copies.append({conceptId, *schedule});
    }
    QStringList rescheduled;
    for (const auto &[conceptId, schedule] : std::as_const(copies)) {
        if (!ReviewStore::storeCard(m_database, conceptId, schedule, error))
            return false;
        rescheduled.append(conceptId);
    }
    // A schedule under a phrasing that no longer names a concept was copied where it
    // belongs; one under a question that has left the banks waits for it to return.
    for (const auto &formers : std::as_const(formerConcepts)) {
        for (const QString &former : formers) {
            if (leaders.contains(former) || !indexOf.contains(former))
                continue;
            if (!ReviewStore::dropCard(m_database, former, error))
                return false;
            rescheduled.append(former);
        }
    }

    QSqlQuery follow(m_database.connection());
    for (const QString &table : {QStringLiteral("review_log"), QStringLiteral("mock_attempts")}) {
        follow.prepare(
            QStringLiteral("UPDATE %1 SET concept_id = ? WHERE question_id = ? AND concept_id <> ?").arg(table));
        for (qsizetype i : std::as_const(moved)) {
            follow.addBindValue(phrasings[i].conceptId);
            follow.addBindValue(phrasings[i].id);
            follow.addBindValue(phrasings[i].conceptId);
            if (!runAssignmentQuery(follow, error))
                return false;
        }
    }
    QStringList movedIds;
    for (qsizetype i : std::as_const(moved))
        movedIds.append(phrasings[i].id);
    m_database.announce(LibraryChanges::Kind::Concepts, movedIds);
    if (!rescheduled.isEmpty())
        m_database.announce(LibraryChanges::Kind::Reviews, rescheduled);
    return true;
}

} // namespace sdstudy::core
