#include "core/conceptgrouper.h"

#include "core/disjointsets.h"
#include "core/sparsecosine.h"
#include "core/textnormalizer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sdstudy::core {

namespace {

enum class Kind { Concept, Design, Comparison };

Kind kindOf(const QString &title)
{
    if (TextNormalizer::asksForDesign(title))
        return Kind::Design;
    if (TextNormalizer::asksForComparison(title))
        return Kind::Comparison;
    return Kind::Concept;
}

// The bank's own words for one thing, and its filler (resources/concept-words.json).
class SubjectReader
{
public:
    static const SubjectReader &bundled()
    {
        static const SubjectReader reader(QStringLiteral(":/concept-words.json"));
        return reader;
    }

    // The subject with synonyms made one word ("scale up" -> "vertical scale").
    QStringList exact(const QString &title) const
    {
        QStringList words = TextNormalizer::subjectWords(title);
        for (const auto &[from, to] : m_same)
            replace(words, from, to);
        return words;
    }

    // The same without the filler.
    QStringList core(QStringList exactWords) const
    {
        for (const QStringList &filler : m_filler)
            replace(exactWords, filler, {});
        return exactWords;
    }

private:
    explicit SubjectReader(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("%s is missing from the build", qPrintable(path));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &pair : root.value(QStringLiteral("same")).toArray()) {
            m_same.append(
                {TextNormalizer::contentWords(pair[0].toString()), TextNormalizer::contentWords(pair[1].toString())});
        }
        for (const QJsonValue &filler : root.value(QStringLiteral("filler")).toArray())
            m_filler.append(TextNormalizer::contentWords(filler.toString()));
    }

    static void replace(QStringList &words, const QStringList &from, const QStringList &to)
    {
        if (from.isEmpty())
            return;
        for (qsizetype i = 0; i + from.size() <= words.size();) {
            if (std::equal(from.cbegin(), from.cend(), words.cbegin() + i)) {
                words.remove(i, from.size());
                for (qsizetype k = 0; k < to.size(); ++k)
                    words.insert(i + k, to[k]);
                i += to.size();
            } else {
                ++i;
            }
        }
    }

    QList<std::pair<QStringList, QStringList>> m_same;
    QList<QStringList> m_filler;
};

using SparseVector = QHash<int, double>; // word id -> weight, unit length

class WordIds
{
public:
    int idOf(const QString &word)
    {
        const auto it = m_ids.constFind(word);
        if (it != m_ids.cend())
            return *it;
        const int id = int(m_ids.size());
        m_ids.insert(word, id);
        return id;
    }

    qsizetype size() const { return m_ids.size(); }

private:
    QHash<QString, int> m_ids;
};

QList<SparseVector> tfIdfVectors(const QList<QList<int>> &documents, qsizetype wordCount)
{
    QList<int> documentFrequency(wordCount, 0);
    for (const auto &words : documents) {
        for (int id : QSet<int>(words.cbegin(), words.cend()))
            ++documentFrequency[id];
    }
    QList<SparseVector> vectors;
    vectors.reserve(documents.size());
    const auto n = double(documents.size());
    for (const auto &words : documents) {
        QHash<int, int> counts;
        for (int id : words)
            ++counts[id];
        SparseVector v;
        double norm = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double w = (1 + std::log(double(it.value()))) * std::log(n / documentFrequency[it.key()]);
            v.insert(it.key(), w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (auto &w : v)
                w /= norm;
        }
        vectors.append(v);
    }
    return vectors;
}

double jaccard(const QList<int> &a, const QList<int> &b) // both sorted, unique
{
    qsizetype i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common, ++i, ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const qsizetype united = a.size() + b.size() - common;
    return united == 0 ? 0.0 : double(common) / double(united);
}

} // namespace

QList<qsizetype> ConceptGrouper::group(const QList<Question> &questions)
{
    const qsizetype n = questions.size();
    WordIds ids;
    const SubjectReader &reader = SubjectReader::bundled();
    QList<QList<int>> exactSubjects(n); // synonyms made one, filler kept
    QList<QList<int>> subjects(n);      // without filler: what is compared
    QList<QList<int>> answers(n);
    QList<Kind> kinds(n);
    for (qsizetype i = 0; i < n; ++i) {
        const auto &q = questions[i];
        const QStringList exact = reader.exact(q.title);
        QStringList core = reader.core(exact);
        if (core.isEmpty())
            core = exact; // "What is a stream?" is about the stream
        for (const auto &w : exact)
            exactSubjects[i].append(ids.idOf(w));
        for (const auto &w : std::as_const(core))
            subjects[i].append(ids.idOf(w));
        for (const auto &w : TextNormalizer::contentWords(q.answerText))
            answers[i].append(ids.idOf(w));
        kinds[i] = kindOf(q.title);
    }
    const auto vectors = tfIdfVectors(answers, ids.size());

    // Prefix filtering: with words ordered rarest first, two sets can reach the
    // threshold only if they share a word among the first |x| - ceil(t|x|) + 1 of
    // each. That keeps this near linear on banks of 100,000 questions.
    auto asSet = [](QList<int> &words) {
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
    };
    QHash<int, int> subjectFrequency;
    for (auto &s : subjects) {
        asSet(s);
        for (int w : s)
            ++subjectFrequency[w];
    }
    for (auto &s : exactSubjects)
        asSet(s);
    // Questions with the same subject, word for word, are one group, joined at once
    // and looked up as one: a bank that asks one thing a thousand times costs a
    // thousand steps, not a million comparisons. "RTO and RPO?" asks what "RTO vs
    // RPO?" does, so only a design task is a kind apart here.
    QHash<std::pair<bool, QList<int>>, qsizetype> groupOfSubject;
    QList<QList<qsizetype>> members; // of each group, in order
    QHash<int, QList<qsizetype>> groupsHoldingWord;
    DisjointSets sets(n);
    for (qsizetype i = 0; i < n; ++i) {
        // A question with no subject words is a group of its own: nothing says what it asks.
        const auto key = std::pair(kinds[i] == Kind::Design, exactSubjects[i]);
        const auto found = exactSubjects[i].isEmpty() ? groupOfSubject.cend() : groupOfSubject.constFind(key);
        const bool newGroup = found == groupOfSubject.cend();
        const qsizetype group = newGroup ? members.size() : *found;
        if (newGroup) {
            if (!exactSubjects[i].isEmpty())
                groupOfSubject.insert(key, group);
            members.append(QList<qsizetype>());
        } else {
            sets.unite(members[group].first(), i); // the same subject set: the same concept
        }

        QList<int> byRarity = subjects[i];
        std::sort(byRarity.begin(), byRarity.end(), [&](int a, int b) {
            const int fa = subjectFrequency.value(a), fb = subjectFrequency.value(b);
            return fa != fb ? fa < fb : a < b;
        });
        const qsizetype size = byRarity.size();
        const qsizetype prefix = size - qsizetype(std::ceil(kSubjectThreshold * double(size))) + 1;
        QSet<qsizetype> candidates;
        for (qsizetype k = 0; k < std::min(prefix, size); ++k) {
            auto &holders = groupsHoldingWord[byRarity[k]];
            for (qsizetype other : std::as_const(holders))
                candidates.insert(other);
            if (newGroup)
                holders.append(group);
        }
        for (qsizetype other : std::as_const(candidates)) {
            const qsizetype first = members[other].first();
            if (other == group)
                continue;
            const double overlap = jaccard(subjects[i], subjects[first]);
            // Filler only ever makes two subjects the same: "stream consumer lag alert"
            // is not "consumer lag" because "stream" is dropped.
            if (overlap < 1.0 && jaccard(exactSubjects[i], exactSubjects[first]) < kSubjectThreshold)
                continue;
            // A concept and a comparison join only on the very same subject: "eventual
            // consistency" is not "strong vs eventual consistency".
            const bool sameKind = kinds[first] == kinds[i]
                || (overlap == 1.0 && kinds[first] != Kind::Design && kinds[i] != Kind::Design);
            if (!sameKind || overlap < kSubjectThreshold)
                continue;
            // Close subjects join when the answers agree with any of the group's.
            for (qsizetype j : std::as_const(members[other])) {
                if (sparseCosine(vectors[i], vectors[j]) >= kAnswerThreshold) {
                    sets.unite(i, j);
                    break;
                }
            }
        }
        members[group].append(i);
    }

    QList<qsizetype> leaders(n);
    for (qsizetype i = 0; i < n; ++i)
        leaders[i] = sets.find(i);
    return leaders;
}

} // namespace sdstudy::core
