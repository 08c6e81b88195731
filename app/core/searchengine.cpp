#include "core/searchengine.h"

#include "core/database.h"
#include "core/searchquery.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

namespace sdstudy::core {

using namespace Qt::StringLiterals;

namespace {

// Title matches count ten times answer matches: a question about X beats one that mentions X.
constexpr double kTitleWeight = 10.0;
constexpr double kAnswerWeight = 1.0;
// A lone word shorter than this is listed in bank order rather than ranked; in a
// large bank three letters still match too much to rank while typing.
constexpr qsizetype kShortestRankedPrefix = 3;
constexpr qsizetype kShortestRankedPrefixLarge = 4;
constexpr qint64 kLargeBank = 20000;
// A paragraph pasted into the box is looked up by its first words, not as a
// query of hundreds of terms (each word asks for its other forms too).
constexpr qsizetype kMostWords = 16;
static_assert(kMostWords < 32, "snippetOf() keeps the words found as bits of a quint32");

// Calls `take` with each word of `text`, a run of letters and digits (Unicode
// letters and numbers), in order. By hand, not by a regular expression: choosing a
// filter splits some 20 MB of answers and notes into words (CandidateCache).
template <typename Take>
void forEachWord(QStringView text, Take take)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype at = i;
        char32_t c = text[i++].unicode();
        if (QChar::isHighSurrogate(c) && i < text.size() && text[i].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[i++].unicode());
        if (QChar::isLetterOrNumber(c)) {
            if (start < 0)
                start = at;
        } else if (start >= 0) {
            take(text.sliced(start, at - start));
            start = -1;
        }
    }
    if (start >= 0)
        take(text.sliced(start));
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    forEachWord(text, [&words](QStringView word) { words.append(word.toString()); });
    return words;
}

// Other forms of a typed word that should find it: "stampedes" finds "stampede",
// "caching" finds "cache" and "cached", "replicate" finds "replication". The index
// does not stem, because a stemmer cuts words still being typed too ("consis"
// would find "consider"): the forms are looked up by name instead. English only,
// as the banks are, and rough: a form that is no word finds nothing.
QStringList otherFormsOf(const QString &word)
{
    constexpr qsizetype kShortestStem = 3;
    const QString lower = word.toLower();
    QString stem = lower;
    for (const QLatin1StringView ending :
         {"ies"_L1, "ing"_L1, "ion"_L1, "ied"_L1, "ed"_L1, "es"_L1, "s"_L1, "e"_L1, "y"_L1}) {
        if (!lower.endsWith(ending) || lower.size() - ending.size() < kShortestStem)
            continue;
        // "status", "redis", "class": an s after u, i or s is no plural.
        if (ending == "s"_L1 && QStringLiteral("uis").contains(lower.at(lower.size() - 2)))
            break;
        stem = lower.chopped(ending.size());
        break;
    }
    QStringList stems {stem};
    // "mapped", "mapping": the doubled consonant goes too.
    if (stem.size() > kShortestStem && stem.back() == stem.at(stem.size() - 2)
        && !QStringLiteral("lsz").contains(stem.back()))
        stems.append(stem.chopped(1));
    QStringList forms;
    for (const QString &base : std::as_const(stems)) {
        for (const QLatin1StringView suffix : {""_L1, "e"_L1, "s"_L1, "es"_L1, "ed"_L1, "ing"_L1, "ion"_L1, "ions"_L1,
                                               "y"_L1, "ies"_L1, "ied"_L1, "er"_L1, "ers"_L1}) {
            const QString form = base + suffix;
            if (form != lower && !forms.contains(form))
                forms.append(form);
        }
    }
    return forms;
}

} // namespace

// The filters of a query as SQL conditions on `questions q`, with their values,
// plus the words too short to look up in the index (see search()).
struct SearchEngine::FilterSql
{
    QString conditions; // " AND ..." for each filter, or empty
    QVariantList values;
    QString smallestSet; // the table to start from when listing: the filter's own rows, not the bank
    bool narrow = false; // bookmarks or notes: a set far smaller than the bank

    FilterSql(const SearchQuery &query, const QStringList &shortWords)
    {
        smallestSet = QStringLiteral("questions q");
        if (query.withNote) {
            conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM notes n WHERE n.question_id = q.id)");
            // CROSS JOIN: SQLite keeps this order, so the small set drives the query.
            smallestSet = QStringLiteral("notes nf CROSS JOIN questions q ON q.id = nf.question_id");
        }
        if (query.bookmarkedOnly && query.flag.isEmpty())
            conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM bookmarks bm WHERE bm.question_id = q.id)");
        if (!query.flag.isEmpty()) {
            conditions += QStringLiteral(
                " AND EXISTS (SELECT 1 FROM bookmarks bm WHERE bm.question_id = q.id AND bm.flag = ?)");
            values.append(query.flag);
        }
        narrow = query.withNote || query.bookmarkedOnly || !query.flag.isEmpty();
        if (query.bookmarkedOnly || !query.flag.isEmpty())
            smallestSet = QStringLiteral("bookmarks bf CROSS JOIN questions q ON q.id = bf.question_id");
        if (!query.topic.isEmpty()) {
            conditions += QStringLiteral(" AND (q.topic LIKE ? ESCAPE '\\' OR q.subtopic LIKE ? ESCAPE '\\')");
            values.append(QLatin1Char('%') + escapeLike(query.topic) + QLatin1Char('%'));
            values.append(values.last());
        }
        // A word of one or two letters, with filters and no longer word (listed()):
        // some word of the question starts with it.
        for (const QString &word : shortWords) {
            conditions += QStringLiteral(" AND (' ' || q.title || ' ' || q.answer_text) LIKE ? ESCAPE '\\'");
            values.append(QStringLiteral("% ") + escapeLike(word) + QLatin1Char('%'));
        }
    }

    static QString escapeLike(QString text)
    {
        return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    }

    void bindTo(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

namespace {

// Where a snippet's matches begin and end while it comes from SQLite: control
// characters, which cleaned text never holds, unlike brackets.
constexpr QChar kMatchStart(0x02);
constexpr QChar kMatchEnd(0x03);

SearchHit hitWithSnippet(const QuestionSummary &question, const QString &marked, double score, bool inNote)
{
    SearchHit hit;
    static_cast<QuestionSummary &>(hit) = question;
    hit.score = score;
    hit.inNote = inNote;
    hit.snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == kMatchStart) {
            start = hit.snippet.size();
        } else if (c == kMatchEnd) {
            if (start >= 0)
                hit.matches.append({start, hit.snippet.size() - start});
            start = -1;
        } else {
            hit.snippet.append(c == QLatin1Char('\n') ? QLatin1Char(' ') : c); // a snippet is one line
        }
    }
    return hit;
}

// A piece of `text` around where the words of `pattern` (SearchEngine::wordsPattern)
// are found, each marked as SQLite's snippet() marks them; the text's start when
// none is.
QString snippetOf(const QString &text, const QRegularExpression &pattern)
{
    // Where the searched words are, and which word each is (its group).
    struct Found
    {
        qsizetype start;
        qsizetype end;
        int word;
    };
    constexpr int kMostFound = 16; // an answer's first matches are enough to choose from
    QList<Found> found;
    if (!pattern.pattern().isEmpty()) {
        for (auto matches = pattern.globalMatch(text); matches.hasNext() && found.size() < kMostFound;) {
            const QRegularExpressionMatch match = matches.next();
            int word = 1;
            while (word < pattern.captureCount() && match.capturedStart(word) < 0)
                ++word;
            found.append({match.capturedStart(), match.capturedEnd(), word});
        }
    }
    constexpr qsizetype kContext = 40; // characters either side, about six words
    if (found.isEmpty())
        return text.left(2 * kContext) + (text.size() > 2 * kContext ? QStringLiteral("…") : QString());

    // The first place where the most different words are found close together,
    // so "cache invalidation" shows both words if some sentence has both.
    constexpr qsizetype kReach = 2 * kContext;
    qsizetype first = 0, last = 0;
    int mostWords = 0;
    for (qsizetype i = 0; i < found.size(); ++i) {
        quint32 words = 0;
        qsizetype j = i;
        for (; j < found.size() && found[j].end <= found[i].start + kReach; ++j)
            words |= 1U << found[j].word;
        if (const int count = std::popcount(words); count > mostWords) {
            mostWords = count;
            first = i;
            last = std::max(i, j - 1);
        }
    }
    // Some text around them, cut at spaces, not inside words.
    const qsizetype at = found[first].start, end = found[last].end;
    qsizetype from = std::max<qsizetype>(0, at - kContext);
    if (from > 0) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), from);
        from = space >= 0 && space < at ? space + 1 : from;
    }
    qsizetype to = std::min(text.size(), end + kContext);
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to);
        to = space > end ? space : to;
    }
    QString snippet = from > 0 ? QStringLiteral("…") : QString();
    qsizetype copied = from;
    for (qsizetype i = first; i <= last; ++i) {
        snippet += text.mid(copied, found[i].start - copied) + kMatchStart
            + text.mid(found[i].start, found[i].end - found[i].start) + kMatchEnd;
        copied = found[i].end;
    }
    return snippet + text.mid(copied, to - copied) + (to < text.size() ? QStringLiteral("…") : QString());
}

// The hits of a query whose rows are a question's summary, the text its snippet
// is cut from, and bm25's badness. Snippets are cut here, for the few rows shown:
// SQLite's snippet() runs the whole full-text query again for each row it is
// asked about, 0.4 ms a row for a prefix that matches 20,000 questions.
QList<SearchHit> run(QSqlQuery &query, const QRegularExpression &words, bool fromNotes)
{
    QList<SearchHit> hits;
    if (!query.exec()) {
        qWarning("search failed: %s", qPrintable(query.lastError().text()));
        return hits;
    }
    const int c = QuestionSummary::kColumnCount;
    while (query.next()) {
        // bm25 is lower for better matches; the score is higher.
        hits.append(hitWithSnippet(QuestionSummary::read(query), snippetOf(query.value(c).toString(), words),
                                   -query.value(c + 1).toDouble(), fromNotes));
    }
    return hits;
}

} // namespace

SearchEngine::SearchEngine(Database &database)
    : m_database(database)
{ }

QString SearchEngine::matchExpression(const QString &text, const QString &column)
{
    const QString scope = column.isEmpty() ? QString() : QStringLiteral("{%1} : ").arg(column);
    QStringList terms;
    for (const QString &word : wordsOf(text).mid(0, kMostWords)) {
        // The whole word matches twice over, so "cap" ranks CAP above "capture";
        // other forms of it once.
        QString term = QStringLiteral("(%2\"%1\" OR %2\"%1\"*").arg(word, scope);
        for (const QString &form : otherFormsOf(word))
            term += QStringLiteral(" OR %2\"%1\"").arg(form, scope);
        terms.append(term + QLatin1Char(')'));
    }
    return terms.join(QStringLiteral(" AND "));
}

QList<SearchHit> SearchEngine::search(const QString &text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    // Words of one or two letters match most of a large bank, and ranking all of
    // that costs tens of milliseconds a key. The index looks up the longer words;
    // the short ones only narrow what those found, or, alone, list titles in order.
    QSqlQuery size(m_database.connection());
    const bool large = size.exec(QStringLiteral("SELECT MAX(rowid) FROM questions")) && size.next()
        && size.value(0).toLongLong() > kLargeBank;
    const qsizetype shortest = large ? kShortestRankedPrefixLarge : kShortestRankedPrefix;
    QStringList longWords, shortWords;
    const QStringList typed = wordsOf(query.words).mid(0, kMostWords);
    for (const QString &word : typed)
        (word.size() < shortest ? shortWords : longWords).append(word);
    if (limit <= 0 || (longWords.isEmpty() && shortWords.isEmpty() && !query.hasFilters()))
        return {};
    if (const FilterSql filter(query, {}); filter.narrow) {
        if (longWords.isEmpty() && shortWords.isEmpty())
            return listed(filter, limit);
        return withinSet(typed, filter, limit);
    }
    if (longWords.isEmpty()) {
        return query.hasFilters() ? listed(FilterSql(query, shortWords), limit) : titlesStartingWith(shortWords, limit);
    }

    const QString words = longWords.join(QLatin1Char(' '));
    // Snippets mark every word typed, short ones too, as the titles in the list do.
    const QRegularExpression pattern = wordsPattern(typed.join(QLatin1Char(' ')));
    // A short word narrows what the longer ones find: some word of the question
    // (or note) starts with it. Beside a longer word the index finds the few
    // questions with both; alone it would match most of a large bank.
    // Letters and digits only: no FTS5 syntax. In the title's pass, in the title.
    QString narrowing, narrowingTitles;
    for (const QString &word : std::as_const(shortWords)) {
        narrowing += QStringLiteral(" AND \"%1\"*").arg(word);
        narrowingTitles += QStringLiteral(" AND {title} : \"%1\"*").arg(word);
    }
    const FilterSql filter(query, {});
    // Questions about the words come first: those with every word in the title,
    // best first, as withinSet() lists them too. Ranking those alone is what keeps
    // a common prefix quick: "cons" is in 2,000 titles of a 100,000-question bank
    // but in 20,000 answers, and bm25 costs some microseconds a match.
    QList<SearchHit> hits
        = rankedQuestions(matchExpression(words, QStringLiteral("title")) + narrowingTitles, pattern, filter, limit);
    QSet<QString> inTitles;
    for (SearchHit &hit : hits) {
        hit.inTitle = true;
        inTitles.insert(hit.id);
    }
    if (hits.size() >= limit)
        return hits;
    // Then those that have the words in the answer or the note, best first; a
    // question found through both keeps its better score, listed once.
    const QString expression = matchExpression(words) + narrowing;
    QList<SearchHit> rest;
    QHash<QString, qsizetype> indexOf;
    for (const SearchHit &hit : rankedQuestions(expression, pattern, filter, limit + int(hits.size()))) {
        if (!inTitles.contains(hit.id)) {
            indexOf.insert(hit.id, rest.size());
            rest.append(hit);
        }
    }
    for (const SearchHit &noteHit : rankedNotes(expression, pattern, filter, limit)) {
        if (inTitles.contains(noteHit.id))
            continue;
        if (const auto it = indexOf.constFind(noteHit.id); it != indexOf.cend()) {
            rest[*it].score = std::max(rest[*it].score, noteHit.score);
        } else {
            indexOf.insert(noteHit.id, rest.size());
            rest.append(noteHit);
        }
    }
    std::stable_sort(rest.begin(), rest.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score : a.number < b.number;
    });
    hits += rest;
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<SearchHit> SearchEngine::rankedQuestions(const QString &expression, const QRegularExpression &words,
                                               const FilterSql &filter, int limit) const
{
    // Rank first, then read titles and answers for the best rows only: a short
    // prefix can match most of a large bank.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH best AS ("
                                 "  SELECT questions_fts.rowid AS question_row, bm25(questions_fts, ?, ?) AS badness"
                                 "  FROM questions_fts%3"
                                 "  WHERE questions_fts MATCH ?%2 ORDER BY badness LIMIT ?)"
                                 " SELECT %1, q.answer_text, best.badness"
                                 " FROM best"
                                 " JOIN questions q ON q.rowid = best.question_row"
                                 " JOIN banks b ON b.id = q.bank_id"
                                 " ORDER BY best.badness, q.number")
                      .arg(QuestionSummary::columns(), filter.conditions,
                           // Joining every match costs: only filters need the question row.
                           filter.conditions.isEmpty()
                               ? QString()
                               : QStringLiteral(" JOIN questions q ON q.rowid = questions_fts.rowid")));
    query.addBindValue(kTitleWeight);
    query.addBindValue(kAnswerWeight);
    query.addBindValue(expression);
    filter.bindTo(query);
    query.addBindValue(limit);
    return run(query, words, false);
}

QList<SearchHit> SearchEngine::rankedNotes(const QString &expression, const QRegularExpression &words,
                                           const FilterSql &filter, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, n.text, bm25(notes_fts) AS badness"
                                 " FROM notes_fts"
                                 " JOIN notes n ON n.rowid = notes_fts.rowid"
                                 " JOIN questions q ON q.id = n.question_id"
                                 " JOIN banks b ON b.id = q.bank_id"
                                 " WHERE notes_fts MATCH ?%2 ORDER BY badness LIMIT ?")
                      .arg(QuestionSummary::columns(), filter.conditions));
    query.addBindValue(expression);
    filter.bindTo(query);
    query.addBindValue(limit);
    return run(query, words, true);
}

QList<SearchHit> SearchEngine::titlesStartingWith(const QStringList &prefixes, int limit) const
{
    // Titles with a word starting so, in bank order: FTS5 yields rowids in order,
    // so LIMIT stops the scan early.
    QStringList terms;
    for (const QString &prefix : prefixes)
        terms.append(QStringLiteral("{title} : \"%1\"*").arg(prefix));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, q.answer_text, 0.0"
                                 " FROM questions_fts"
                                 " JOIN questions q ON q.rowid = questions_fts.rowid"
                                 " JOIN banks b ON b.id = q.bank_id"
                                 " WHERE questions_fts MATCH ? ORDER BY questions_fts.rowid LIMIT ?")
                      .arg(QuestionSummary::columns()));
    query.addBindValue(terms.join(QStringLiteral(" AND ")));
    query.addBindValue(limit);
    QList<SearchHit> hits = run(query, wordsPattern(prefixes.join(QLatin1Char(' '))), false);
    for (SearchHit &hit : hits)
        hit.inTitle = true;
    return hits;
}

QList<SearchHit> SearchEngine::listed(const FilterSql &filter, int limit) const
{
    // Filters without words to look up ("is:bookmarked", "flag:hard ca") list what
    // passes in tree order, starting from the filter's own rows, not the whole bank.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, '', 0.0 FROM %3 JOIN banks b ON b.id = q.bank_id"
                                 " WHERE 1%2 ORDER BY b.position, q.topic_rank, q.subtopic_rank, q.number LIMIT ?")
                      .arg(QuestionSummary::columns(), filter.conditions, filter.smallestSet));
    filter.bindTo(query);
    query.addBindValue(limit);
    return run(query, {}, false);
}

// The rows of a narrow filter with their words, kept between keystrokes. Checked
// against SQLite's change counters, so any write (here or by another process)
// makes the next search read them again.
struct SearchEngine::CandidateCache
{
    // A question's words, each list as places in `vocabulary`, sorted, each once.
    struct Candidate
    {
        qint64 row;
        QList<int> title;
        QList<int> answer;
        QList<int> note;
    };
    QString key;
    QStringList vocabulary;      // the candidates' words, lower case, sorted: a prefix is a run of places
    QList<Candidate> candidates; // in tree order
};

namespace {

// The same word as places in a sorted vocabulary: the run of words it starts,
// and its other forms. A candidate has it when one of its places is among these,
// found by a binary search in its few hundred sorted places, not by reading its
// text: at 10,000 notes that text is some 20 MB a key.
struct WordPlaces
{
    WordPlaces(const QString &typed, const QStringList &vocabulary)
    {
        const QString start = typed.toLower();
        const auto from = std::lower_bound(vocabulary.cbegin(), vocabulary.cend(), start);
        const auto to = std::partition_point(from, vocabulary.cend(),
                                             [&start](const QString &word) { return word.startsWith(start); });
        first = int(from - vocabulary.cbegin());
        end = int(to - vocabulary.cbegin());
        for (const QString &form : otherFormsOf(typed)) {
            const auto at = std::lower_bound(vocabulary.cbegin(), vocabulary.cend(), form);
            if (at != vocabulary.cend() && *at == form)
                forms.append(int(at - vocabulary.cbegin()));
        }
    }

    bool foundIn(const QList<int> &places) const
    {
        const auto at = std::lower_bound(places.cbegin(), places.cend(), first);
        return (at != places.cend() && *at < end) || std::any_of(forms.cbegin(), forms.cend(), [&places](int form) {
                   return std::binary_search(places.cbegin(), places.cend(), form);
               });
    }

    int first = 0;
    int end = 0;
    QList<int> forms;
};

// Each word in one of a candidate's lists of words.
bool hasEveryWordIn(std::initializer_list<const QList<int> *> lists, const QList<WordPlaces> &words)
{
    return std::all_of(words.cbegin(), words.cend(), [&lists](const WordPlaces &word) {
        return std::any_of(lists.begin(), lists.end(),
                           [&word](const QList<int> *places) { return word.foundIn(*places); });
    });
}

} // namespace

const SearchEngine::CandidateCache &SearchEngine::candidatesFor(const FilterSql &filter) const
{
    QSqlQuery version(m_database.connection());
    version.exec(QStringLiteral("SELECT total_changes()"));
    const qint64 ownChanges = version.next() ? version.value(0).toLongLong() : -1;
    version.exec(QStringLiteral("PRAGMA data_version"));
    const qint64 othersChanges = version.next() ? version.value(0).toLongLong() : -1;
    QString key = QStringLiteral("%1|%2|%3").arg(filter.conditions).arg(ownChanges).arg(othersChanges);
    for (const QVariant &value : filter.values)
        key += QLatin1Char('|') + value.toString();
    if (!m_cache)
        m_cache = std::make_shared<CandidateCache>();
    if (m_cache->key == key)
        return *m_cache;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT q.rowid, q.title, q.answer_text, COALESCE(nt.text, '')"
                                 " FROM %1 JOIN banks b ON b.id = q.bank_id LEFT JOIN notes nt ON nt.question_id = q.id"
                                 " WHERE 1%2 ORDER BY b.position, q.topic_rank, q.subtopic_rank, q.number")
                      .arg(filter.smallestSet, filter.conditions));
    filter.bindTo(query);
    m_cache->candidates.clear();
    m_cache->vocabulary.clear();
    if (!query.exec())
        qWarning("search failed: %s", qPrintable(query.lastError().text()));
    // Each word numbered as first met, then renumbered by its place in the sorted
    // vocabulary. Looked up as it lies in the text: only a new word is copied.
    QHash<QStringView, int> numberOf; // views of the words in `words`
    QStringList words;
    const auto numbered = [&numberOf, &words](const QString &text) {
        QList<int> numbers;
        forEachWord(text.toLower(), [&numberOf, &words, &numbers](QStringView word) {
            auto known = numberOf.constFind(word);
            if (known == numberOf.cend()) {
                words.append(word.toString());
                known = numberOf.insert(QStringView(std::as_const(words).last()), int(words.size() - 1));
            }
            numbers.append(*known);
        });
        return numbers;
    };
    while (query.next()) {
        m_cache->candidates.append({query.value(0).toLongLong(), numbered(query.value(1).toString()),
                                    numbered(query.value(2).toString()), numbered(query.value(3).toString())});
    }
    QList<int> byWord(words.size());
    std::iota(byWord.begin(), byWord.end(), 0);
    std::sort(byWord.begin(), byWord.end(), [&words](int a, int b) { return words[a] < words[b]; });
    QList<int> placeOf(words.size());
    for (qsizetype place = 0; place < byWord.size(); ++place) {
        placeOf[byWord[place]] = int(place);
        m_cache->vocabulary.append(words[byWord[place]]);
    }
    for (auto &candidate : m_cache->candidates) {
        for (QList<int> *list : {&candidate.title, &candidate.answer, &candidate.note}) {
            for (int &number : *list)
                number = placeOf[number];
            std::sort(list->begin(), list->end());
            list->erase(std::unique(list->begin(), list->end()), list->end());
            list->squeeze(); // each word once: a fraction of what was read
        }
    }
    m_cache->key = key;
    return *m_cache;
}

QList<SearchHit> SearchEngine::withinSet(const QStringList &words, const FilterSql &filter, int limit) const
{
    // Bookmarks and notes are few, while a word like "co" matches half a large
    // bank: rather than ask the index and filter (tens of milliseconds a key at
    // 100,000 questions), the filter's rows and their words are read once and
    // matched here, title matches first, then the rest, each in tree order.
    const CandidateCache &cache = candidatesFor(filter);
    QList<WordPlaces> places;
    for (const QString &word : words)
        places.append(WordPlaces(word, cache.vocabulary));
    QList<const CandidateCache::Candidate *> inTitle, elsewhere;
    for (const auto &candidate : cache.candidates) {
        if (inTitle.size() >= limit)
            break;
        if (hasEveryWordIn({&candidate.title}, places))
            inTitle.append(&candidate);
        else if (elsewhere.size() < limit
                 && hasEveryWordIn({&candidate.title, &candidate.answer, &candidate.note}, places))
            elsewhere.append(&candidate);
    }
    QList<const CandidateCache::Candidate *> chosen = inTitle + elsewhere;
    if (chosen.size() > limit)
        chosen.resize(limit);
    if (chosen.isEmpty())
        return {};

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, q.answer_text, q.rowid FROM questions q JOIN banks b ON b.id = q.bank_id"
                       " WHERE q.rowid IN (%2)")
            .arg(QuestionSummary::columns(), QStringList(chosen.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const auto *candidate : std::as_const(chosen))
        query.addBindValue(candidate->row);
    QHash<qint64, SearchHit> byRow;
    if (!query.exec())
        qWarning("search failed: %s", qPrintable(query.lastError().text()));
    const int c = QuestionSummary::kColumnCount;
    // Compiled once for all the hits, not once each: 200 compilations cost more
    // than the rest of a key's search.
    const QRegularExpression pattern = wordsPattern(words.join(QLatin1Char(' ')));
    while (query.next()) {
        byRow.insert(
            query.value(c + 1).toLongLong(),
            hitWithSnippet(QuestionSummary::read(query), snippetOf(query.value(c).toString(), pattern), 0, false));
    }
    QList<SearchHit> hits;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        SearchHit hit = byRow.value(chosen[i]->row);
        hit.inTitle = i < inTitle.size();
        hit.score = hit.inTitle ? 2.0 : 1.0;
        hit.inNote = !hasEveryWordIn({&chosen[i]->title, &chosen[i]->answer}, places); // found with the note's words
        hits.append(hit);
    }
    return hits;
}

QRegularExpression SearchEngine::wordsPattern(const QString &text)
{
    // A group per typed word, so a match says which word it is (snippetOf()).
    QStringList groups;
    for (const QString &word : wordsOf(text).mid(0, kMostWords)) {
        QStringList alternatives {QRegularExpression::escape(word) + QStringLiteral("\\w*")};
        for (const QString &form : otherFormsOf(word))
            alternatives.append(QRegularExpression::escape(form) + QStringLiteral("\\b"));
        groups.append(QLatin1Char('(') + alternatives.join(QLatin1Char('|')) + QLatin1Char(')'));
    }
    if (groups.isEmpty())
        return {};
    return QRegularExpression(QStringLiteral("\\b(?:%1)").arg(groups.join(QLatin1Char('|'))),
                              QRegularExpression::CaseInsensitiveOption);
}

QString SearchHit::markedSnippet() const
{
    QString marked = snippet;
    for (auto it = matches.crbegin(); it != matches.crend(); ++it)
        marked.insert(it->start + it->length, QLatin1Char(']')).insert(it->start, QLatin1Char('['));
    return marked;
}

} // namespace sdstudy::core
