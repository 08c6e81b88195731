#include "core/relatedquestions.h"

#include "core/database.h"
#include "core/keyterms.h"
#include "core/sparsecosine.h"
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
constexpr double kRelatedAnswerWeight = 0.8;
constexpr double kLeastAgreement = 0.03; // answers' cosine below which a title match is chance

// TF-IDF over a handful of answers, the idf from among them: words every answer
// uses ("data", "service") count for little.
QList<QHash<QString, double>> weightedVectors(const QList<QStringList> &documents)
{
    QHash<QString, int> holding;
    for (const QStringList &words : documents) {
        for (const QString &word : QSet<QString>(words.cbegin(), words.cend()))
            ++holding[word];
    }
    QList<QHash<QString, double>> vectors;
    const auto n = double(documents.size());
    for (const QStringList &words : documents) {
        QHash<QString, double> v;
        for (const QString &word : words)
            v[word] += 1;
        double norm = 0;
        for (auto it = v.begin(); it != v.end(); ++it) {
            it.value() = (1 + std::log(it.value())) * std::log(1 + n / holding.value(it.key()));
            norm += it.value() * it.value();
        }
        norm = std::sqrt(norm);
        for (auto &w : v)
            w = norm > 0 ? w / norm : 0;
        vectors.append(v);
    }
    return vectors;
}

// The id of the question a query's row reads (QuestionSummary::columns() first).
QString candidateId(const QSqlQuery &query)
{
    return query.value(0).toString();
}

} // namespace

// Read once per question for all the questions asked about (a sheet's hundreds).
QStringList RelatedQuestions::answerWordsOf(const QString &questionId, const QVariant &answerText) const
{
    const auto known = m_answerWords.constFind(questionId);
    if (known != m_answerWords.cend())
        return *known;
    const QStringList words = TextNormalizer::contentWords(answerText.toString());
    m_answerWords.insert(questionId, words);
    return words;
}

RelatedQuestions::RelatedQuestions(Database &database)
    : m_database(database)
    , m_rarity(database)
{ }

QList<QuestionSummary> RelatedQuestions::of(const QuestionRecord &question, const DiagramHints &hints) const
{
    // Stems ("cach", "scal") taken as prefixes match every form in the titles.
    const QStringList subject = TextNormalizer::subjectWords(question.title);
    QStringList pointers; // what the answer turns on, and the diagram's parts
    for (const auto &term : KeyTerms::of(question.title, question.answerMarkdown, std::cref(m_rarity)).terms)
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
    query.prepare(QStringLiteral("SELECT %1, bm25(questions_fts, 1.0, 0.0) AS badness, q.answer_text"
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
        QStringList answerWords;
    };
    QList<Candidate> candidates;
    QSet<QString> listed; // the candidates' ids
    double best = 0;
    while (!terms.isEmpty() && query.isActive() && query.next()) {
        const double match = -query.value(QuestionSummary::kColumnCount).toDouble(); // bm25 is lower for better
        candidates.append({QuestionSummary::read(query), match,
                           answerWordsOf(candidateId(query), query.value(QuestionSummary::kColumnCount + 1))});
        listed.insert(candidates.last().question.id);
        best = std::max(best, match);
    }
    best = std::max(best, 1e-9);
    // The concepts filed beside it are candidates whatever their titles say: "bulkhead"
    // beside "circuit breaker".
    QSqlQuery neighbours(m_database.connection());
    neighbours.setForwardOnly(true);
    neighbours.prepare(QStringLiteral("SELECT %1, 0, q.answer_text FROM questions q JOIN banks b ON b.id = q.bank_id"
                                      " WHERE q.topic = ? AND q.subtopic = ? AND q.leads = 1 AND q.concept <> ?"
                                      " ORDER BY q.number LIMIT ?")
                           .arg(QuestionSummary::columns()));
    neighbours.addBindValue(question.topic);
    neighbours.addBindValue(question.subtopic);
    neighbours.addBindValue(question.conceptId);
    neighbours.addBindValue(kCandidates);
    if (!question.subtopic.isEmpty() && neighbours.exec()) {
        while (neighbours.next()) {
            QuestionSummary neighbour = QuestionSummary::read(neighbours);
            if (listed.contains(neighbour.id))
                continue;
            listed.insert(neighbour.id);
            candidates.append(
                {neighbour, 0, answerWordsOf(neighbour.id, neighbours.value(QuestionSummary::kColumnCount + 1))});
        }
    }
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
        if (!listed.contains(lead.id)) {
            listed.insert(lead.id);
            candidates.append({lead, 0, {}});
        }
    }
    // A title that shares the subject says most; one that names what the answer
    // turns on says less, and only when it names the whole of it (a building block:
    // "consistent hashing", not "write path" for a word in passing); the index's
    // own rank breaks ties.
    const QSet<QString> subjectSet(subject.cbegin(), subject.cend());
    const QSet<QString> pointerSet(pointers.cbegin(), pointers.cend());
    // Answers that talk about the same things: a shared title word alone ("REST" and
    // "encryption at rest") is a coincidence.
    QList<QStringList> documents {TextNormalizer::contentWords(question.answerMarkdown)};
    for (const auto &c : std::as_const(candidates))
        documents.append(c.answerWords);
    const QList<QHash<QString, double>> answerVectors = weightedVectors(documents);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        auto &c = candidates[i];
        c.answerWords.clear();
        const double agreement = sparseCosine(answerVectors.first(), answerVectors.at(i + 1));
        const QStringList words = TextNormalizer::subjectWords(c.question.title);
        const QSet<QString> theirs(words.cbegin(), words.cend());
        // Words weigh by how rare they are: sharing "idempotency" says more than "key".
        const auto weight = [&](const QSet<QString> &words) {
            double sum = 0;
            for (const QString &word : words)
                sum += m_rarity(word);
            return sum;
        };
        const auto shared = [&](const QSet<QString> &ours) { return weight(QSet<QString>(theirs).intersect(ours)); };
        const double united = weight(QSet<QString>(theirs).unite(subjectSet));
        const double theirWeight = weight(theirs);
        c.score = (united > 0 ? kSubjectWeight * shared(subjectSet) / united : 0)
            + (theirWeight > 0 ? kPointerWeight * std::pow(shared(pointerSet) / theirWeight, 2) : 0)
            + kRankWeight * c.score / best + kRelatedAnswerWeight * agreement;
        if (agreement < kLeastAgreement && !sharedDiagram.contains(c.question.id))
            c.score = 0;
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
