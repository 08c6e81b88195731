#pragma once

#include <QList>

#include <algorithm>
#include <numeric>

namespace sdstudy::core {

// Union-find over 0..n-1. The smaller index leads its set, so whoever orders the
// items decides which one names the set (a concept is named after its first phrasing).
class DisjointSets final
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

    void unite(qsizetype a, qsizetype b)
    {
        a = find(a), b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<qsizetype> m_parent;
};

} // namespace sdstudy::core
