#include "core/conceptoverrides.h"

#include "core/conceptassignment.h"
#include "core/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct Text
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

} // namespace

ConceptOverrides::ConceptOverrides(Database &database)
    : m_database(database)
{ }

bool ConceptOverrides::split(const QString &questionId, QString *error)
{
    const auto current = conceptOf(m_database, questionId);
    if (!current) {
        *error = Text::tr("there is no question %1").arg(questionId);
        return false;
    }
    if (current->second == 1) {
        *error = Text::tr("%1 is a concept of its own already").arg(questionId);
        return false;
    }
    return m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("DELETE FROM concept_overrides WHERE same_as = ?"));
            query.addBindValue(questionId);
            if (!query.exec()) {
                *failure = query.lastError().text();
                return false;
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
        *error = Text::tr("there is no question %1").arg(current ? otherId : questionId);
        return false;
    }
    if (current->first == other->first) {
        *error = Text::tr("%1 and %2 are one concept already").arg(questionId, otherId);
        return false;
    }
    return m_database.inTransaction(
        [&](QString *failure) {
            return write({questionId, otherId, QDateTime::currentDateTimeUtc()}, failure)
                && ConceptAssignment(m_database).apply(failure);
        },
        error);
}

bool ConceptOverrides::clear(const QString &questionId, QString *error)
{
    return m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("DELETE FROM concept_overrides WHERE question_id = ?"));
            query.addBindValue(questionId);
            if (!query.exec()) {
                *failure = query.lastError().text();
                return false;
            }
            return ConceptAssignment(m_database).apply(failure);
        },
        error);
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

bool ConceptOverrides::replaceAll(const QList<Override> &choices, QString *error)
{
    return m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery query(m_database.connection());
            if (!query.exec(QStringLiteral("DELETE FROM concept_overrides"))) {
                *failure = query.lastError().text();
                return false;
            }
            for (const Override &choice : choices) {
                if (!write(choice, failure))
                    return false;
            }
            return ConceptAssignment(m_database).apply(failure);
        },
        error);
}

bool ConceptOverrides::regroup(QString *error)
{
    return ConceptAssignment(m_database).apply(error);
}

} // namespace sdstudy::core
