#include "core/conceptgrouper.h"

#include "core/textnormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

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

double cosine(const SparseVector &a, const SparseVector &b)
{
    const auto &small = a.size() < b.size() ? a : b;
    const auto &large = a.size() < b.size() ? b : a;
    double sum = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        sum += it.value() * large.value(it.key(), 0.0);
    return sum;
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

class DisjointSets
{
public:
    explicit DisjointSets(qsizetype n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    qsizetype find(qsizetype x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    // The smaller index leads, so a concept is named after its first phrasing.
    void unite(qsizetype a, qsizetype b)
    {
        a = find(a), b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<qsizetype> m_parent;
};

} // namespace

QList<qsizetype> ConceptGrouper::group(const QList<Question> &questions)
{
    const qsizetype n = questions.size();
    WordIds ids;
    QList<QList<int>> subjects(n);
    QList<QList<int>> answers(n);
    QList<Kind> kinds(n);
    for (qsizetype i = 0; i < n; ++i) {
        const auto &q = questions[i];
        for (const auto &w : TextNormalizer::subjectWords(q.title))
            subjects[i].append(ids.idOf(w));
        for (const auto &w : TextNormalizer::contentWords(q.answerText))
            answers[i].append(ids.idOf(w));
        kinds[i] = kindOf(q.title);
    }
    const auto vectors = tfIdfVectors(answers, ids.size());

    // Prefix filtering: with words ordered rarest first, two sets can reach the
    // threshold only if they share a word among the first |x| - ceil(t|x|) + 1 of
    // each. That keeps this near linear on banks of 100,000 questions.
    QHash<int, int> subjectFrequency;
    for (auto &s : subjects) {
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        for (int w : s)
            ++subjectFrequency[w];
    }
    // Questions of one kind with the same subject are one group, joined at once and
    // looked up as one: a bank that asks one thing a thousand times costs a thousand
    // steps, not a million comparisons.
    QHash<std::pair<int, QList<int>>, qsizetype> groupOfSubject;
    QList<QList<qsizetype>> members; // of each group, in order
    QHash<int, QList<qsizetype>> groupsHoldingWord;
    DisjointSets sets(n);
    for (qsizetype i = 0; i < n; ++i) {
        // A question with no subject words is a group of its own: nothing says what it asks.
        const auto key = std::pair(int(kinds[i]), subjects[i]);
        const auto found = subjects[i].isEmpty() ? groupOfSubject.cend() : groupOfSubject.constFind(key);
        const bool newGroup = found == groupOfSubject.cend();
        const qsizetype group = newGroup ? members.size() : *found;
        if (newGroup) {
            if (!subjects[i].isEmpty())
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
            if (other == group || kinds[first] != kinds[i] || jaccard(subjects[i], subjects[first]) < kSubjectThreshold)
                continue;
            // Close subjects join when the answers agree with any of the group's.
            for (qsizetype j : std::as_const(members[other])) {
                if (cosine(vectors[i], vectors[j]) >= kAnswerThreshold) {
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
