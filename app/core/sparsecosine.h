#pragma once

#include <QHash>

namespace sdstudy::core {

// The dot product of two sparse vectors of unit length (word -> weight): their
// cosine. Walks the shorter one.
template <typename Word>
double sparseCosine(const QHash<Word, double> &a, const QHash<Word, double> &b)
{
    const auto &small = a.size() < b.size() ? a : b;
    const auto &large = a.size() < b.size() ? b : a;
    double sum = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        sum += it.value() * large.value(it.key(), 0.0);
    return sum;
}

} // namespace sdstudy::core
