#include "core/relatedquestions.h"

#include "core/database.h"
#include "core/keyterms.h"
#include "core/textnormalizer.h"
#include "core/wordrarity.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace sdstudy::core {

namespace {

constexpr int kCandidates = 60;
constexpr int kMostTerms = 40; // FTS5 takes them all at once; a long answer's words add little past this
// How much a shared place lifts a candidate, against its title match (0..1).
constexpr double kSameSubtopic = 0.35;
constexpr double kSameTopic = 0.1;
constexpr double kSharedDiagram = 0.5;
constexpr double kSubjectWeight = 1.0;
constexpr double kPointerWeight = 0.6;
constexpr double kRankWeight = 0.3;
// Past the fewest, a link must be at least this good (relative to the best); none
// is shown below kLeast, which a shared word alone does not reach.
constexpr double kEnough = 0.45;
constexpr double kLeast = 0.3;

} // namespace

RelatedQuestions::RelatedQuestions(Database &database)
    : m_database(database)
{ }

QList<QuestionSummary> RelatedQuestions::of(const QuestionRecord &question, const DiagramHints &hints) const
{
    // Stems ("cach", "scal") taken as prefixes match every form in the titles.
    const QStringList subject = TextNormalizer::subjectWords(question.title);
    QStringList pointers; // what the answer turns on, and the diagram's parts
    const WordRarity rarity(m_database);
    for (const auto &term : KeyTerms::of(question.title, question.answerMarkdown, std::cref(rarity)).terms)
        pointers += term.stems;
    for (const QString &label : hints.componentLabels)
        pointers += TextNormalizer::contentWords(label);
    const QStringList stems = subject + pointers;
    QStringList terms;
    QSet<QString> seen;
    for (const QString &stem : std::as_const(stems)) {
        if (stem.size() < 3 || seen.contains(stem) || terms.size() >= kMostTerms)
            continue;
        seen.insert(stem);
        QString quoted = stem;
        terms.append(QStringLiteral("\"%1\"*").arg(quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""))));
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, bm25(questions_fts, 1.0, 0.0) AS badness"
                                 " FROM questions_fts JOIN questions q ON q.rowid = questions_fts.rowid"
                                 " JOIN banks b ON b.id = q.bank_id"
                                 " WHERE questions_fts MATCH ? AND q.concept = q.id AND q.concept <> ?"
                                 " ORDER BY badness LIMIT ?")
                      .arg(QuestionSummary::columns()));
    query.addBindValue(QStringLiteral("{title} : (%1)").arg(terms.join(QStringLiteral(" OR "))));
    query.addBindValue(question.conceptId);
    query.addBindValue(kCandidates);
    if (!terms.isEmpty())
        query.exec(); // a failure (an odd word FTS5 refuses) leaves only the diagrams' links

    struct Candidate
    {
        QuestionSummary question;
        double score = 0;
    };
    QList<Candidate> candidates;
    double best = 0;
    while (!terms.isEmpty() && query.isActive() && query.next()) {
        const double match = -query.value(QuestionSummary::kColumnCount).toDouble(); // bm25 is lower for better
        candidates.append({QuestionSummary::read(query), match});
        best = std::max(best, match);
    }
    best = std::max(best, 1e-9);
    // Concepts a diagram shows together with this one are related even when their
    // titles share no word ("replication lag" on the replication timing diagram).
    QSet<QString> sharedDiagram;
    QSqlQuery leadOf(m_database.connection());
    leadOf.prepare(QStringLiteral("SELECT %1 FROM questions q JOIN banks b ON b.id = q.bank_id"
                                  " WHERE q.id = (SELECT concept FROM questions WHERE id = ?)")
                       .arg(QuestionSummary::columns()));
    for (const QString &id : hints.sharedWith) {
        leadOf.addBindValue(id);
        if (!leadOf.exec() || !leadOf.next())
            continue;
        QuestionSummary lead = QuestionSummary::read(leadOf);
        if (lead.id == question.conceptId || sharedDiagram.contains(lead.id))
            continue;
        sharedDiagram.insert(lead.id);
        if (std::none_of(candidates.cbegin(), candidates.cend(),
                         [&](const Candidate &c) { return c.question.id == lead.id; }))
            candidates.append({lead, 0});
    }
    // A title that shares the subject says most; one that names what the answer
    // turns on says less, and only when it names the whole of it (a building block:
    // "consistent hashing", not "write path" for a word in passing); the index's
    // own rank breaks ties.
    const QSet<QString> subjectSet(subject.cbegin(), subject.cend());
    const QSet<QString> pointerSet(pointers.cbegin(), pointers.cend());
    for (auto &c : candidates) {
        const QStringList words = TextNormalizer::subjectWords(c.question.title);
        const QSet<QString> theirs(words.cbegin(), words.cend());
        const auto shared
            = [&](const QSet<QString> &ours) { return double(QSet<QString>(theirs).intersect(ours).size()); };
        const double united = double(QSet<QString>(theirs).unite(subjectSet).size());
        c.score = (united > 0 ? kSubjectWeight * shared(subjectSet) / united : 0)
            + (theirs.isEmpty() ? 0 : kPointerWeight * std::pow(shared(pointerSet) / double(theirs.size()), 2))
            + kRankWeight * c.score / best;
        if (c.question.topic == question.topic)
            c.score += c.question.subtopic == question.subtopic ? kSameSubtopic : kSameTopic;
        if (sharedDiagram.contains(c.question.id))
            c.score += kSharedDiagram;
    }
    if (candidates.isEmpty())
        return {};
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    const double top = candidates.first().score;
    QList<QuestionSummary> related;
    for (const auto &c : std::as_const(candidates)) {
        if (related.size() >= kMost || c.score < kLeast || (related.size() >= kFewest && c.score < kEnough * top))
            break;
        related.append(c.question);
    }
    return related;
}

} // namespace sdstudy::core
