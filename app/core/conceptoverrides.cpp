#include "core/conceptoverrides.h"

#include "core/conceptassignment.h"
#include "core/database.h"
#include "core/reviewstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct ConceptOverridesText
{
    Q_DECLARE_TR_FUNCTIONS(ConceptOverrides)
};

// The concept a question is in now, and how many questions share it; nullopt if
// there is no such question.
std::optional<std::pair<QString, int>> conceptOf(Database &database, const QString &questionId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT q.concept, (SELECT COUNT(*) FROM questions o WHERE o.concept = q.concept)"
                                 " FROM questions q WHERE q.id = ?"));
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::pair(query.value(0).toString(), query.value(1).toInt());
}

// The phrasings of a concept in naming order, each with whether the person has a
// choice on record for it.
QList<std::pair<QString, bool>> membersOf(Database &database, const QString &conceptId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT q.id, o.question_id IS NOT NULL FROM questions q"
                                 " JOIN banks b ON b.id = q.bank_id"
                                 " LEFT JOIN concept_overrides o ON o.question_id = q.id"
                                 " WHERE q.concept = ? ORDER BY b.position, q.number, q.id"));
    query.addBindValue(conceptId);
    QList<std::pair<QString, bool>> members;
    if (query.exec()) {
        while (query.next())
            members.append({query.value(0).toString(), query.value(1).toBool()});
    }
    return members;
}

} // namespace

ConceptOverrides::ConceptOverrides(Database &database)
    : m_database(database)
{ }

bool ConceptOverrides::split(const QString &questionId, QString *error)
{
    const auto current = conceptOf(m_database, questionId);
    if (!current) {
        *error = ConceptOverridesText::tr("there is no question %1").arg(questionId);
        return false;
    }
    if (current->second == 1) {
        *error = ConceptOverridesText::tr("%1 is a concept of its own already").arg(questionId);
        return false;
    }
    // Joins others made to this phrasing were joins to its concept: they now name
    // another phrasing of it (not the joined one itself), so they hold without it.
    QStringList rest;
    for (const auto &[member, chosen] : membersOf(m_database, current->first)) {
        if (member != questionId)
            rest.append(member);
    }
    return m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery joinedHere(m_database.connection());
            joinedHere.prepare(QStringLiteral("SELECT question_id FROM concept_overrides WHERE same_as = ?"));
            joinedHere.addBindValue(questionId);
            if (!joinedHere.exec()) {
                *failure = joinedHere.lastError().text();
                return false;
            }
            QStringList joined;
            while (joinedHere.next())
                joined.append(joinedHere.value(0).toString());
            QSqlQuery repoint(m_database.connection());
            repoint.prepare(QStringLiteral("UPDATE concept_overrides SET same_as = ? WHERE question_id = ?"));
            for (const QString &other : std::as_const(joined)) {
                const auto target
                    = std::find_if(rest.cbegin(), rest.cend(), [&](const QString &m) { return m != other; });
                if (target == rest.cend()) {
                    if (!remove(other, failure))
                        return false;
                    continue;
                }
                repoint.addBindValue(*target);
                repoint.addBindValue(other);
                if (!repoint.exec()) {
                    *failure = repoint.lastError().text();
                    return false;
                }
            }
            return write({questionId, QString(), QDateTime::currentDateTimeUtc()}, failure)
                && ConceptAssignment(m_database).apply(failure);
        },
        error);
}

bool ConceptOverrides::join(const QString &questionId, const QString &otherId, QString *error)
{
    const auto current = conceptOf(m_database, questionId);
    const auto other = conceptOf(m_database, otherId);
    if (!current || !other) {
        *error = ConceptOverridesText::tr("there is no question %1").arg(current ? otherId : questionId);
        return false;
    }
    if (current->first == other->first) {
        *error = ConceptOverridesText::tr("%1 and %2 are one concept already").arg(questionId, otherId);
        return false;
    }
    // The new "same as" goes on a phrasing of either concept with no choice on
    // record, so every earlier choice still holds (one kept apart stays apart from
    // its old group; one joined elsewhere stays joined there too).
    Override choice {questionId, otherId, QDateTime::currentDateTimeUtc()};
    const auto ownMembers = membersOf(m_database, current->first);
    bool placed = std::any_of(ownMembers.cbegin(), ownMembers.cend(),
                              [&](const auto &member) { return member.first == questionId && !member.second; });
    for (const auto &[conceptId, sameAs] : {std::pair(current->first, otherId), std::pair(other->first, questionId)}) {
        for (const auto &[member, chosen] : membersOf(m_database, conceptId)) {
            if (!chosen && !placed) {
                choice.questionId = member;
                choice.sameAs = sameAs;
                placed = true;
            }
        }
    }
    return m_database.inTransaction(
        [&](QString *failure) { return write(choice, failure) && ConceptAssignment(m_database).apply(failure); },
        error);
}

bool ConceptOverrides::clear(const QString &questionId, QString *error)
{
    return m_database.inTransaction(
        [&](QString *failure) { return remove(questionId, failure) && ConceptAssignment(m_database).apply(failure); },
        error);
}

bool ConceptOverrides::remove(const QString &questionId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM concept_overrides WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool ConceptOverrides::write(const Override &choice, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO concept_overrides (question_id, same_as, changed_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT (question_id) DO UPDATE SET same_as = excluded.same_as,"
                                 " changed_at = excluded.changed_at"));
    query.addBindValue(choice.questionId);
    query.addBindValue(choice.sameAs.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(choice.sameAs));
    query.addBindValue(choice.changed.toUTC().toString(Qt::ISODateWithMs));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QList<ConceptOverrides::Override> ConceptOverrides::all() const
{
    QList<Override> choices;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT question_id, COALESCE(same_as, ''), changed_at FROM concept_overrides"
                                   " ORDER BY changed_at, question_id")))
        return choices;
    while (query.next()) {
        choices.append({query.value(0).toString(), query.value(1).toString(),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    return choices;
}

MergeOutcome ConceptOverrides::merge(const Override &incoming, QString *error)
{
    QSqlQuery mine(m_database.connection());
    mine.prepare(
        QStringLiteral("SELECT COALESCE(same_as, ''), changed_at FROM concept_overrides WHERE question_id = ?"));
    mine.addBindValue(incoming.questionId);
    if (!mine.exec()) {
        *error = mine.lastError().text();
        return MergeOutcome::Failed;
    }
    const bool have = mine.next();
    if (have) {
        const QDateTime ours = QDateTime::fromString(mine.value(1).toString(), Qt::ISODateWithMs);
        if (mine.value(0).toString() == incoming.sameAs || (ours.isValid() && ours >= incoming.changed))
            return MergeOutcome::Unchanged;
    }
    mine.finish();
    if (!write(incoming, error))
        return MergeOutcome::Failed;
    return have ? MergeOutcome::Updated : MergeOutcome::Added;
}

ConceptOverrides::Snapshot ConceptOverrides::snapshot(const QStringList &questionIds) const
{
    Snapshot snapshot;
    QSqlQuery choice(m_database.connection());
    choice.prepare(
        QStringLiteral("SELECT COALESCE(same_as, ''), changed_at FROM concept_overrides WHERE question_id = ?"));
    QSqlQuery conceptOfId(m_database.connection());
    conceptOfId.prepare(QStringLiteral("SELECT concept FROM questions WHERE id = ?"));
    for (const QString &id : questionIds) {
        choice.addBindValue(id);
        std::optional<Override> chosen;
        if (choice.exec() && choice.next())
            chosen = Override {id, choice.value(0).toString(),
                               QDateTime::fromString(choice.value(1).toString(), Qt::ISODateWithMs)};
        snapshot.choices.insert(id, chosen);
        conceptOfId.addBindValue(id);
        if (conceptOfId.exec() && conceptOfId.next()) {
            const QString conceptId = conceptOfId.value(0).toString();
            if (const auto schedule = ReviewStore::storedCard(m_database, conceptId))
                snapshot.schedules.insert(conceptId, *schedule);
        }
    }
    return snapshot;
}

bool ConceptOverrides::restore(const Snapshot &snapshot, QString *error)
{
    return m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery query(m_database.connection());
            for (auto it = snapshot.choices.cbegin(); it != snapshot.choices.cend(); ++it) {
                if (!(it.value() ? write(*it.value(), failure) : remove(it.key(), failure)))
                    return false;
            }
            if (!ConceptAssignment(m_database).apply(failure))
                return false;
            // The schedules as they were, where their concept is named again (a join
            // kept one of two; its undo gives the other back).
            query.prepare(QStringLiteral("SELECT 1 FROM questions WHERE id = ? AND concept = id"));
            for (auto it = snapshot.schedules.cbegin(); it != snapshot.schedules.cend(); ++it) {
                query.addBindValue(it.key());
                const bool namesConcept = query.exec() && query.next();
                if (namesConcept && !ReviewStore::storeCard(m_database, it.key(), it.value(), failure))
                    return false;
            }
            return true;
        },
        error);
}

bool ConceptOverrides::regroup(QString *error)
{
    return ConceptAssignment(m_database).apply(error);
}

} // namespace sdstudy::core
