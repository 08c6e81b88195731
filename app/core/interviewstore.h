#pragma once

#include "core/interviewreadiness.h"

#include <QList>

namespace sdstudy::core {

class Database;

// The interviews the person prepares for (a phone screen, then an onsite), kept in
// the database's meta table as JSON. Dates are local calendar days.
class InterviewStore final
{
public:
    static constexpr int kMostInterviews = 50;
    static constexpr int kMostTopics = 200;

    explicit InterviewStore(Database &database);

    // Soonest first; entries that do not read as an interview are left out.
    QList<Interview> all() const;
    bool save(QList<Interview> interviews, QString *error);
    // The soonest interview after `today`, if any: the one Study Now prepares for.
    std::optional<Interview> next(const QDate &today) const;

private:
    Database &m_database;
};

} // namespace sdstudy::core
