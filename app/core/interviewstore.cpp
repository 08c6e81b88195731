#include "core/interviewstore.h"

#include "core/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sdstudy::core {

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"interviews"_s;
}

InterviewStore::InterviewStore(Database &database)
    : m_database(database)
{ }

QList<Interview> InterviewStore::all() const
{
    QList<Interview> interviews;
    const QJsonArray array = QJsonDocument::fromJson(m_database.metaValue(kKey).value_or(QString()).toUtf8()).array();
    // The file may have been edited by hand: a bounded number of interviews and
    // topics, each topic once.
    for (const QJsonValue &value : array) {
        if (interviews.size() >= kMostInterviews)
            break;
        Interview interview;
        interview.date = QDate::fromString(value[u"date"_s].toString(), Qt::ISODate);
        for (const QJsonValue &topic : value[u"topics"_s].toArray()) {
            const QString name = topic.toString();
            if (!name.isEmpty() && !interview.topics.contains(name) && interview.topics.size() < kMostTopics)
                interview.topics.append(name);
        }
        interview.target = std::clamp(value[u"target"_s].toDouble(0.9), 0.7, 0.99);
        if (interview.date.isValid())
            interviews.append(interview);
    }
    std::sort(interviews.begin(), interviews.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    return interviews;
}

bool InterviewStore::save(QList<Interview> interviews, QString *error)
{
    std::sort(interviews.begin(), interviews.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    QJsonArray array;
    for (const Interview &interview : std::as_const(interviews))
        array.append(QJsonObject {{u"date"_s, interview.date.toString(Qt::ISODate)},
                                  {u"topics"_s, QJsonArray::fromStringList(interview.topics)},
                                  {u"target"_s, interview.target}});
    return m_database.setMetaValue(kKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)), error);
}

std::optional<Interview> InterviewStore::next(const QDate &today) const
{
    for (const Interview &interview : all()) {
        if (interview.date > today)
            return interview;
    }
    return std::nullopt;
}

} // namespace sdstudy::core
