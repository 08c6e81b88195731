#include "core/keyterms.h"

#include "core/textnormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sdstudy::core {

namespace {

// Words of an answer too general to be worth typing back, and the verbs that
// join its points ("spans", "stores"): they end a phrase rather than make one.
const QSet<QString> &generalWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &w : TextNormalizer::contentWords(QStringLiteral(
                 "use uses when more less many much each other same only also good better well need needs "
                 "make makes help helps like via per one all any not but can may will data way ways time "
                 "often usually typically always never very most then than so such just into without within "
                 "span spans store stores keep keeps provide provides allow allows ensure ensures send sends "
                 "read reads write writes get gets require requires support supports prevent prevents "
                 "reduce reduces improve improves avoid avoids add adds run runs include includes return "
                 "returns check checks give gives take takes set sets go goes let lets scale high low "
                 "after before once next stop stops call calls calling affect affects recover fail fails hit "
                 "hits open opens close closes process consider change changes test tests limit size mode "
                 "pattern important build building meet meets define defining daily rare instead "
                 "useful ideal increase increases decrease decreases second seconds sec ms minute minutes "
                 "hour hours day days handle handles handled have has had")))
            set.insert(w);
        return set;
    }();
    return words;
}

// One word of the answer as the phrases are cut: its stems (none for a stop
// word), and whether it may stand in a phrase at all.
struct Word
{
    QString surface;
    QStringList stems;
    bool usable = false;
};

struct Line
{
    QString text;
    bool emphasised = false; // a list item: a point of its own
};

// The answer's lines without Markdown, with the labels that frame them
// ("**Requirements**:", "Challenges:") taken out.
QList<Line> plainLines(const QString &markdown)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression boldLabel(QStringLiteral("^\\s*\\*\\*[^*]{1,60}\\*\\*\\s*:"));
    static const QRegularExpression plainLabel(QStringLiteral("(^|[.!?]\\s+)[\\p{L} ]{1,40}:\\s*$"));
    static const QRegularExpression leadingLabel(QStringLiteral("^\\s*[\\p{L} ]{1,30}:\\s+"));
    static const QRegularExpression markup(QStringLiteral("[*_`#>|]+"));
    // "(e.g. 1000 RPS)": an example, not a point to recall.
    static const QRegularExpression example(QStringLiteral("\\((e\\.g\\.|i\\.e\\.|eg|ie)[^)]*\\)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<Line> lines;
    bool inCode = false;
    for (QString text : markdown.split(QLatin1Char('\n'))) {
        if (text.trimmed().startsWith(QLatin1String("```"))) {
            inCode = !inCode;
            continue;
        }
        if (inCode)
            continue;
        Line line;
        if (const auto match = bullet.match(text); match.hasMatch()) {
            line.emphasised = true;
            text.remove(0, match.capturedLength());
        }
        text.remove(boldLabel);
        text.remove(example);
        text.remove(plainLabel);
        text.remove(leadingLabel);
        line.text = text.replace(markup, QStringLiteral(" ")).trimmed();
        if (!line.text.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

KeyTerms KeyTerms::of(const QString &question, const QString &answerMarkdown,
                      const std::function<double(const QString &)> &rarity)
{
    const QStringList asked = TextNormalizer::contentWords(question);
    const QSet<QString> askedStems(asked.cbegin(), asked.cend());
    static const QRegularExpression token(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}+#'\u2019-]*|[^\\s\\p{L}\\p{N}]"));
    static const QRegularExpression hasDigit(QStringLiteral("\\d"));
    static const QRegularExpression possessive(QStringLiteral("['\u2019]s$"));

    struct Candidate
    {
        Term term;
        int position = 0;
    };
    QList<Candidate> candidates;
    int position = 0;
    const auto addRun = [&](const QList<Word> &run, bool emphasised) {
        // A phrase is up to three words; a longer run gives its pairs.
        QList<QPair<qsizetype, qsizetype>> spans;
        if (run.size() <= 3) {
            spans.append({0, run.size()});
        } else {
            for (qsizetype i = 0; i + 1 < run.size(); ++i)
                spans.append({i, 2});
        }
        for (qsizetype i = 0; i < run.size(); ++i)
            spans.append({i, 1});
        for (const auto &[from, length] : std::as_const(spans)) {
            Candidate c;
            QStringList surfaces;
            double weight = 0;
            for (qsizetype i = from; i < from + length; ++i) {
                surfaces.append(run[i].surface);
                c.term.stems += run[i].stems;
                weight += rarity ? rarity(run[i].surface.toLower()) : 1.0;
            }
            c.term.text = surfaces.join(QLatin1Char(' '));
            // A phrase says more than a word; a point of a list more than a sentence's words.
            c.term.weight = weight * (emphasised ? 1.5 : 1.0) * (length > 1 ? 1.25 : 0.7);
            c.position = position + int(from);
            candidates.append(c);
        }
    };
    // An answer's points are in its first pages; a bank's answer of megabytes is
    // read no further, so checking it stays instant.
    constexpr qsizetype kLongestRead = 20'000;
    for (const Line &line : plainLines(answerMarkdown.left(kLongestRead))) {
        QList<Word> run;
        auto it = token.globalMatch(line.text);
        while (it.hasNext()) {
            QString surface = it.next().captured();
            ++position;
            surface.remove(possessive); // "Kafka's" is about Kafka
            Word word {surface, TextNormalizer::contentWords(surface)};
            word.usable = !word.stems.isEmpty() && !surface.contains(QLatin1Char('\''))
                && !surface.contains(QChar(0x2019)) && !surface.contains(hasDigit)
                && std::none_of(word.stems.cbegin(), word.stems.cend(), [&](const QString &stem) {
                       return stem.size() < 3 || generalWords().contains(stem) || askedStems.contains(stem);
                   });
            if (word.usable) {
                run.append(word);
            } else if (!run.isEmpty()) {
                addRun(run, line.emphasised);
                run.clear();
            }
        }
        if (!run.isEmpty())
            addRun(run, line.emphasised);
    }

    // The heaviest first, each sharing no word with one already chosen.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.term.weight > b.term.weight; });
    // A short answer has few points: about one for every two words that could be one.
    QSet<QString> usableStems;
    for (const Candidate &c : std::as_const(candidates))
        usableStems.unite(QSet<QString>(c.term.stems.cbegin(), c.term.stems.cend()));
    const qsizetype most = std::clamp<qsizetype>(usableStems.size() / 2, 3, kMostTerms);
    // Word families, roughly: "handled" and "handles" are one point, not two.
    const auto family = [](const QString &stem) { return stem.left(5); };
    QList<Candidate> chosen;
    QSet<QString> used;
    for (const Candidate &c : std::as_const(candidates)) {
        if (chosen.size() >= most)
            break;
        if (std::any_of(c.term.stems.cbegin(), c.term.stems.cend(),
                        [&](const QString &s) { return used.contains(family(s)); }))
            continue;
        for (const QString &s : c.term.stems)
            used.insert(family(s));
        chosen.append(c);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Candidate &a, const Candidate &b) { return a.position < b.position; });
    KeyTerms key;
    for (const Candidate &c : std::as_const(chosen))
        key.terms.append(c.term);
    return key;
}

QStringList KeyTerms::texts() const
{
    QStringList list;
    for (const Term &term : terms)
        list.append(term.text);
    return list;
}

KeyTerms::Coverage KeyTerms::coverage(const QString &typed) const
{
    const QStringList words = TextNormalizer::contentWords(typed);
    const QSet<QString> typedStems(words.cbegin(), words.cend());
    Coverage result;
    double found = 0, all = 0;
    for (const Term &term : terms) {
        all += term.weight;
        // All of a phrase's words, or all but one of a three-word phrase.
        const qsizetype had = std::count_if(term.stems.cbegin(), term.stems.cend(),
                                            [&](const QString &stem) { return typedStems.contains(stem); });
        if (had == term.stems.size() || (term.stems.size() >= 3 && had >= term.stems.size() - 1)) {
            found += term.weight;
            result.found.append(term.text);
            for (const QString &stem : term.stems) {
                if (typedStems.contains(stem) && !result.foundStems.contains(stem))
                    result.foundStems.append(stem);
            }
        } else {
            result.missed.append(term.text);
        }
    }
    result.ratio = all > 0 ? found / all : 0;
    return result;
}

} // namespace sdstudy::core
