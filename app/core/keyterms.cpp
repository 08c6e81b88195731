#include "core/keyterms.h"

#include "core/textnormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace sdstudy::core {

namespace {
// Words of an answer too general to be worth typing back.
const QSet<QString> &generalWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &w : TextNormalizer::contentWords(QStringLiteral(
                 "use uses when more less many much each other same only also good better well need needs "
                 "make makes help helps like via per one all any not but can may will data way ways time")))
            set.insert(w);
        return set;
    }();
    return words;
}
} // namespace

KeyTerms KeyTerms::of(const QString &answerText)
{
    // Apostrophes belong to words, so "doesn't" is one word, not "doesn" and "t".
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}+#'\u2019-]*"));
    static const QRegularExpression possessive(QStringLiteral("['\u2019]s$"));
    KeyTerms key;
    QSet<QString> seen;
    auto it = word.globalMatch(answerText);
    while (it.hasNext() && key.terms.size() < kMostTerms) {
        QString surface = it.next().captured();
        surface.remove(possessive); // "Kafka's" is about Kafka
        if (surface.contains(QLatin1Char('\'')) || surface.contains(QChar(0x2019)))
            continue; // a contraction: "doesn't", "it's" are not what an answer turns on
        const QStringList stems = TextNormalizer::contentWords(surface);
        if (stems.size() != 1 || stems.first().size() < 3 || generalWords().contains(stems.first())
            || seen.contains(stems.first()))
            continue;
        seen.insert(stems.first());
        key.terms.append(surface);
        key.stems.append(stems.first());
    }
    return key;
}

KeyTerms::Coverage KeyTerms::coverage(const QString &typed) const
{
    const QStringList words = TextNormalizer::contentWords(typed);
    const QSet<QString> typedStems(words.cbegin(), words.cend());
    Coverage result;
    for (qsizetype i = 0; i < terms.size(); ++i)
        (typedStems.contains(stems[i]) ? result.found : result.missed).append(terms[i]);
    result.ratio = terms.isEmpty() ? 0 : double(result.found.size()) / double(terms.size());
    return result;
}

} // namespace sdstudy::core
