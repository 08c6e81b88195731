#include "core/quizplan.h"

#include "core/database.h"
#include "core/flags.h"
#include "core/reviewstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct QuizScopeText
{
    Q_DECLARE_TR_FUNCTIONS(QuizScope)
};

struct KindName
{
    QuizScope::Kind kind;
    const char *key;
};

constexpr KindName kKindNames[] = {
    {QuizScope::Kind::StudyNow, "study-now"},
    {QuizScope::Kind::All, "all"},
    {QuizScope::Kind::Due, "due"},
    {QuizScope::Kind::New, "new"},
    {QuizScope::Kind::Weak, "weak"},
    {QuizScope::Kind::Misses, "misses"},
    {QuizScope::Kind::Bookmarked, "bookmarked"},
};

} // namespace

std::optional<QuizScope> QuizScope::parse(const QString &key, QString *error)
{
    QuizScope scope;
    const QString text = key.trimmed();
    for (const KindName &name : kKindNames) {
        if (text.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0) {
            scope.kind = name.kind;
            return scope;
        }
    }
    const QString prefix = text.section(QLatin1Char(':'), 0, 0).toLower();
    const QString value = text.section(QLatin1Char(':'), 1).trimmed();
    if (prefix == QLatin1String("flag")) {
        const auto flag = Flags::find(value);
        if (!flag) {
            *error = QuizScopeText::tr("no flag is called \"%1\"").arg(value);
            return std::nullopt;
        }
        scope.kind = Kind::Flag;
        scope.flag = flag->key;
        return scope;
    }
    if (prefix == QLatin1String("topic")) {
        // Semicolons separate topics: topic names may hold commas.
        for (const QString &topic : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            scope.topics.append(topic.trimmed());
        if (scope.topics.isEmpty()) {
            *error = QuizScopeText::tr("topic: needs a topic name, as `sdstudy topics` lists them");
            return std::nullopt;
        }
        scope.kind = Kind::Topics;
        return scope;
    }
    *error
        = QuizScopeText::tr(
              "\"%1\" is not a scope; use study-now, all, due, new, weak, misses, bookmarked, flag:NAME or topic:NAME")
              .arg(text);
    return std::nullopt;
}

QString QuizScope::key() const
{
    if (kind == Kind::Flag)
        return QStringLiteral("flag:") + flag;
    if (kind == Kind::Topics)
        return QStringLiteral("topic:") + topics.join(QLatin1Char(';'));
    for (const KindName &name : kKindNames) {
        if (name.kind == kind)
            return QLatin1String(name.key);
    }
    return {};
}

QString QuizScope::describe() const
{
    switch (kind) {
    case Kind::StudyNow:
        return QuizScopeText::tr("Due questions, then today's new ones");
    case Kind::All:
        return QuizScopeText::tr("The whole bank");
    case Kind::Topics:
        return topics.join(QStringLiteral(", "));
    case Kind::Bookmarked:
        return QuizScopeText::tr("Bookmarked questions");
    case Kind::Flag: {
        const auto found = Flags::find(flag);
        return QuizScopeText::tr("Flagged %1").arg(found ? found->name : flag);
    }
    case Kind::Due:
        return QuizScopeText::tr("Due now");
    case Kind::New:
        return QuizScopeText::tr("Never studied");
    case Kind::Weak:
        return QuizScopeText::tr("Weak: forgotten twice or more");
    case Kind::Misses:
        return QuizScopeText::tr("Missed in the last session");
    }
    return {};
}

QuizPlanner::QuizPlanner(Database &database, const ReviewStore &reviews)
    : m_database(database)
    , m_reviews(reviews)
{ }

bool QuizPlanner::isDesignQuestion(const QString &title)
{
    static const QRegularExpression design(
        QStringLiteral("^(?:design|how (?:would|do|should|can) (?:you|we|i) design) (?:a|an|the)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return design.match(title.trimmed()).hasMatch();
}

void QuizPlanner::prepareFor(const Interview &interview, const FsrsScheduler &scheduler)
{
    m_interview = interview;
    m_scheduler = &scheduler;
}

QStringList QuizPlanner::broughtForward(const QDateTime &now) const
{
    const QDateTime morning(m_interview->date, QTime(9, 0));
    // Answered today already: another answer today would not make it more stable.
    const QDateTime todayStart(now.toLocalTime().date(), QTime(0, 0));
    QList<QPair<double, QString>> weak;
    for (const auto &[conceptId, card] : m_reviews.reviewCardsDueAfter(std::max(now, morning))) {
        if (!card.lastReview.isValid() || card.lastReview >= todayStart)
            continue;
        const double recall
            = m_scheduler->retrievability(card.lastReview.msecsTo(morning) / 86400000.0, card.stability);
        if (recall < m_interview->target)
            weak.append({recall, conceptId});
    }
    std::sort(weak.begin(), weak.end());
    QStringList concepts;
    for (qsizetype i = 0; i < std::min<qsizetype>(weak.size(), kMostDue); ++i)
        concepts.append(weak.at(i).second);
    return concepts;
}

QuizPlan QuizPlanner::studyNow(const QuizScope &scope, const QDateTime &now, int newPerDay) const
{
    QuizPlan plan;
    plan.concepts = m_reviews.due(now, kMostDue);
    plan.due = int(plan.concepts.size());
    QStringList firstTopics;
    const QDate today = now.toLocalTime().date();
    if (m_interview && m_scheduler && m_interview->date > today) {
        const QStringList early = broughtForward(now);
        plan.concepts.append(early);
        plan.ahead = int(early.size());
        // Fast enough that every chosen concept starts in time.
        const int unstarted = m_reviews.freshCount(m_interview->topics) + m_reviews.freshStudiedOn(now);
        newPerDay = std::max(newPerDay, InterviewReadiness::pace(unstarted, int(today.daysTo(m_interview->date))));
        firstTopics = m_interview->topics;
    }
    const int newToday = std::max(0, newPerDay - m_reviews.freshStudiedOn(now));
    const QStringList fresh = m_reviews.fresh(newToday, firstTopics);
    plan.fresh = int(fresh.size());
    plan.concepts.append(fresh);
    if (scope.size > 0 && plan.concepts.size() > scope.size) {
        plan.concepts.resize(scope.size);
        plan.due = std::min(plan.due, scope.size);
        plan.ahead = std::min(plan.ahead, scope.size - plan.due);
        plan.fresh = scope.size - plan.due - plan.ahead;
    }
    return plan;
}

namespace {

// Where a concept stands, the order a plan asks them in.
enum class Standing { Due, Fresh, Ahead };

// Which standings a scope can hold: the rest need not be read at all.
QList<Standing> standingsOf(const QuizScope &scope)
{
    switch (scope.kind) {
    case QuizScope::Kind::StudyNow:
        return {Standing::Due, Standing::Fresh};
    case QuizScope::Kind::Due:
        return {Standing::Due};
    case QuizScope::Kind::New:
        return {Standing::Fresh};
    case QuizScope::Kind::Weak:
        return {Standing::Due, Standing::Ahead};
    default:
        return {Standing::Due, Standing::Fresh, Standing::Ahead};
    }
}

} // namespace

QuizPlan QuizPlanner::plan(const QuizScope &scope, const QDateTime &now, int newPerDay) const
{
    if (scope.kind == QuizScope::Kind::StudyNow && !scope.designOnly)
        return studyNow(scope, now, newPerDay);

    // The concept leaders the scope holds, as conditions on `questions q` (and,
    // for due and ahead ones, `cards c`). Placeholder names are spliced in;
    // values are always bound.
    QStringList conditions = {QStringLiteral("q.concept = q.id")};
    QVariantMap values = {{QStringLiteral(":now"), ReviewStore::storedTime(now)}};
    switch (scope.kind) {
    case QuizScope::Kind::StudyNow:
    case QuizScope::Kind::All:
    case QuizScope::Kind::Due:
    case QuizScope::Kind::New:
        break;
    case QuizScope::Kind::Topics: {
        QStringList names;
        for (const QString &topic : scope.topics) {
            names.append(QStringLiteral(":topic%1").arg(names.size()));
            values.insert(names.last(), topic);
        }
        conditions.append(QStringLiteral("q.topic IN (%1)").arg(names.join(QStringLiteral(", "))));
        break;
    }
    case QuizScope::Kind::Bookmarked:
    case QuizScope::Kind::Flag: {
        QString phrasingBookmarked = QStringLiteral(
            "EXISTS (SELECT 1 FROM bookmarks bm JOIN questions p ON p.id = bm.question_id WHERE p.concept = q.id");
        if (scope.kind == QuizScope::Kind::Flag) {
            values.insert(QStringLiteral(":flag"), scope.flag);
            phrasingBookmarked += QStringLiteral(" AND bm.flag = :flag");
        }
        conditions.append(phrasingBookmarked + QLatin1Char(')'));
        break;
    }
    case QuizScope::Kind::Weak:
        values.insert(QStringLiteral(":lapses"), QuizScope::kWeakLapses);
        conditions.append(QStringLiteral("c.lapses >= :lapses"));
        break;
    case QuizScope::Kind::Misses:
        values.insert(QStringLiteral(":session"), m_reviews.lastSession());
        conditions.append(
            QStringLiteral("q.id IN (SELECT concept_id FROM review_log WHERE session = :session AND rating = 1)"));
        break;
    }
    // Mock interviews pick design questions by their title, so they read the
    // whole scope; any other plan reads no more rows than it asks.
    const int limit = scope.size > 0 && !scope.designOnly ? scope.size : -1;

    QuizPlan plan;
    for (const Standing standing : standingsOf(scope)) {
        if (limit >= 0 && plan.concepts.size() >= limit)
            break;
        QList<Leader> concepts;
        if (standing == Standing::Fresh) {
            // Never studied, in tree order: bank by bank, so each reads its own
            // questions in the order of their index and stops at the limit.
            QSqlQuery banks(m_database.connection());
            banks.setForwardOnly(true);
            banks.exec(QStringLiteral("SELECT id FROM banks ORDER BY position"));
            while (banks.next() && (limit < 0 || plan.concepts.size() + concepts.size() < limit)) {
                QVariantMap bankValues = values;
                bankValues.insert(QStringLiteral(":bank"), banks.value(0));
                concepts += leaders(QStringLiteral("FROM questions q WHERE q.bank_id = :bank"
                                                   " AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.concept_id = q.id)"
                                                   " AND %1 ORDER BY q.topic_rank, q.subtopic_rank, q.number"),
                                    conditions, bankValues, scope.designOnly,
                                    limit < 0 ? limit : limit - int(plan.concepts.size() + concepts.size()));
            }
        } else {
            // Scheduled, soonest due first, and of cards due at the same moment the
            // one made first: the order of the cards' due index, so nothing is sorted
            // (a thousand cards due at one moment would be, in tree order).
            const QString dueWhen
                = standing == Standing::Due ? QStringLiteral("c.due <= :now") : QStringLiteral("c.due > :now");
            concepts
                = leaders(QStringLiteral("FROM cards c JOIN questions q ON q.id = c.concept_id WHERE ") + dueWhen
                              + QStringLiteral(" AND %1 ORDER BY c.due, c.rowid"),
                          conditions, values, scope.designOnly, limit < 0 ? limit : limit - int(plan.concepts.size()));
        }
        // For mock interviews, the classic "Design X" problems before "How do you
        // design ..." questions of the same standing, from whichever bank.
        if (scope.designOnly)
            std::stable_partition(concepts.begin(), concepts.end(), [](const Leader &leader) {
                return leader.title.startsWith(QLatin1String("Design "));
            });
        for (const Leader &leader : std::as_const(concepts))
            plan.concepts.append(leader.id);
        (standing == Standing::Due         ? plan.due
             : standing == Standing::Fresh ? plan.fresh
                                           : plan.ahead)
            += int(concepts.size());
    }
    if (scope.size > 0 && plan.concepts.size() > scope.size) {
        plan.concepts.resize(scope.size);
        plan.due = std::min(plan.due, scope.size);
        plan.fresh = std::min(plan.fresh, scope.size - plan.due);
        plan.ahead = scope.size - plan.due - plan.fresh;
    }
    return plan;
}

QList<QuizPlanner::Leader> QuizPlanner::leaders(const QString &fromWhereOrder, const QStringList &conditions,
                                                const QVariantMap &values, bool designOnly, int limit) const
{
    const QString sql = QStringLiteral("SELECT q.id, q.title ")
        + fromWhereOrder.arg(conditions.join(QStringLiteral(" AND "))) + QStringLiteral(" LIMIT :limit");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (sql.contains(it.key()))
            query.bindValue(it.key(), it.value());
    }
    query.bindValue(QStringLiteral(":limit"), limit); // SQLite reads a negative LIMIT as none
    QList<Leader> found;
    if (!query.exec())
        return found;
    while (query.next()) {
        Leader leader {query.value(0).toString(), query.value(1).toString()};
        if (!designOnly || isDesignQuestion(leader.title))
            found.append(leader);
    }
    return found;
}

} // namespace sdstudy::core
