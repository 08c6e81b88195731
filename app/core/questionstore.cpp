#include "core/questionstore.h"

#include "core/bundledbank.h"
#include "core/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

QuestionStore::QuestionStore(Database &database)
    : m_database(database)
{ }

QList<OutlineEntry> QuestionStore::outline() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM questions q JOIN banks b ON b.id = q.bank_id"
                              " ORDER BY b.position, q.topic_rank, q.subtopic_rank, q.number")
                   .arg(QuestionSummary::columns()));
    QList<OutlineEntry> entries;
    while (query.next())
        entries.append(OutlineEntry {QuestionSummary::read(query)});
    return entries;
}

QList<ConceptEntry> QuestionStore::concepts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Phrasings follow their concept's first phrasing, wherever that sits in the tree.
    query.exec(QStringLiteral("SELECT %1 FROM questions q JOIN banks b ON b.id = q.bank_id"
                              " JOIN questions lead ON lead.id = q.concept JOIN banks lb ON lb.id = lead.bank_id"
                              " ORDER BY lb.position, lead.topic_rank, lead.subtopic_rank, lead.number,"
                              " q.id <> q.concept, b.position, q.number")
                   .arg(QuestionSummary::columns()));
    QList<ConceptEntry> concepts;
    while (query.next()) {
        QuestionSummary member = QuestionSummary::read(query);
        if (concepts.isEmpty() || concepts.last().conceptId != member.conceptId)
            concepts.append(ConceptEntry {member.conceptId, {}});
        concepts.last().members.append(std::move(member));
    }
    return concepts;
}

QList<TopicCount> QuestionStore::topicCounts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // `leads`, not `concept = id`: SQLite 3.46 can read that expression as NULL when
    // it takes it from the questions_by_branch index through a sort.
    query.exec(
        QStringLiteral("SELECT topic, subtopic, COUNT(*), SUM(leads) FROM questions"
                       " GROUP BY topic_rank, topic, subtopic_rank, subtopic ORDER BY topic_rank, subtopic_rank"));
    QList<TopicCount> topics;
    while (query.next()) {
        const QString topic = query.value(0).toString();
        if (topics.isEmpty() || topics.last().topic != topic)
            topics.append(TopicCount {topic, 0, 0, {}});
        SubtopicCount sub {query.value(1).toString(), query.value(2).toInt(), query.value(3).toInt()};
        topics.last().count += sub.count;
        topics.last().concepts += sub.concepts;
        if (!sub.name.isEmpty()) // a bank's own topics may have none
            topics.last().subtopics.append(sub);
    }
    return topics;
}

std::optional<QuestionRecord> QuestionStore::question(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
                      "SELECT %1, q.answer_md, q.tags FROM questions q JOIN banks b ON b.id = q.bank_id WHERE q.id = ?")
                      .arg(QuestionSummary::columns()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QuestionRecord r {
        QuestionSummary::read(query),
        query.value(QuestionSummary::kColumnCount).toString(),
        {},
        query.value(QuestionSummary::kColumnCount + 1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
        {}};

    QSqlQuery variants(m_database.connection());
    variants.prepare(QStringLiteral("SELECT %1 FROM questions q JOIN banks b ON b.id = q.bank_id"
                                    " WHERE q.concept = ? AND q.id <> ? ORDER BY b.position, q.number")
                         .arg(QuestionSummary::columns()));
    variants.addBindValue(r.conceptId);
    variants.addBindValue(r.id);
    variants.exec();
    while (variants.next()) {
        r.otherPhrasings.append(QuestionSummary::read(variants));
        r.variants.append(r.otherPhrasings.last().number);
    }
    return r;
}

std::optional<QString> QuestionStore::resolve(const QString &reference) const
{
    static const QRegularExpression bankNumber(QStringLiteral("^(?:([^:]+):)?(\\d+)$"));
    QSqlQuery query(m_database.connection());
    if (const auto match = bankNumber.match(reference.trimmed()); match.hasMatch()) {
        const QString bank = match.captured(1).isEmpty() ? BundledBank::kKey : match.captured(1);
        query.prepare(QStringLiteral(
            "SELECT q.id FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.key = ? AND q.number = ?"));
        query.addBindValue(bank);
        query.addBindValue(match.captured(2).toInt());
    } else {
        query.prepare(QStringLiteral("SELECT id FROM questions WHERE id = ?"));
        query.addBindValue(reference.trimmed());
    }
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

QStringList QuestionStore::phrasingsOf(const QString &conceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id FROM questions WHERE concept = ? ORDER BY id = concept DESC, bank_id, number"));
    query.addBindValue(conceptId);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

} // namespace sdstudy::core
