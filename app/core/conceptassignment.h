#pragma once

#include <QHash>
#include <QString>

namespace sdstudy::core {

class Database;

// Decides which concept every question belongs to, from what the grouper found
// (`auto_concept`) and the person's overrides (ConceptOverrides), and keeps the
// person's study attached when that changes:
// - a question split from its concept leaves it, and its concept splits no further;
// - "same as" joins two concepts whole (it is transitive);
// - a concept is named after its first phrasing: bundled bank first, then in
//   bank order, then by number.
// Schedules follow: a concept that gathers phrasings keeps the oldest schedule
// among theirs (the one first answered earliest), a phrasing split off keeps a copy
// of the schedule it had, and every logged answer and mock attempt goes with the
// phrasing it was given on. Runs inside the caller's transaction.
class ConceptAssignment final
{
public:
    explicit ConceptAssignment(Database &database);

    // Question id -> concept id as the database holds them now.
    QHash<QString, QString> current(QString *error) const;
    // Recomputes every question's concept. `before` is each question's concept
    // before the change (current() taken earlier, for an import that replaced
    // rows). Sets *changed to how many questions changed concept.
    bool apply(const QHash<QString, QString> &before, QString *error, int *changed = nullptr);
    // The same, for a change that replaced no rows (an override).
    bool apply(QString *error);

private:
    Database &m_database;
};

} // namespace sdstudy::core
