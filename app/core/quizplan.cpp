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
struct Text
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
            *error = Text::tr("no flag is called \"%1\"").arg(value);
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
            *error = Text::tr("topic: needs a topic name, as `sdstudy topics` lists them");
            return std::nullopt;
        }
        scope.kind = Kind::Topics;
        return scope;
    }
    *error
        = Text::tr(
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
        return Text::tr("Due questions, then today's new ones");
    case Kind::All:
        return Text::tr("The whole bank");
    case Kind::Topics:
        return topics.join(QStringLiteral(", "));
    case Kind::Bookmarked:
        return Text::tr("Bookmarked questions");
    case Kind::Flag: {
        const auto found = Flags::find(flag);
        return Text::tr("Flagged %1").arg(found ? found->name : flag);
    }
    case Kind::Due:
        return Text::tr("Due now");
    case Kind::New:
        return Text::tr("Never studied");
    case Kind::Weak:
        return Text::tr("Weak: forgotten twice or more");
    case Kind::Misses:
        return Text::tr("Missed in the last session");
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

QuizPlan QuizPlanner::plan(const QuizScope &scope, const QDateTime &now, int newPerDay) const
{
    if (scope.kind == QuizScope::Kind::StudyNow && !scope.designOnly)
        return studyNow(scope, now, newPerDay);

    // One query for every other scope: the concept leaders, filtered, in the
    // order the plan wants. Placeholder names are spliced in; values are always bound.
    QStringList conditions = {QStringLiteral("q.concept = q.id")};
    QVariantMap values = {{QStringLiteral(":now"), ReviewStore::storedTime(now)}};
    switch (scope.kind) {
    case QuizScope::Kind::StudyNow:
        conditions.append(QStringLiteral("(c.due <= :now OR c.concept_id IS NULL)"));
        break;
    case QuizScope::Kind::All:
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
    case QuizScope::Kind::Due:
        conditions.append(QStringLiteral("c.due <= :now"));
        break;
    case QuizScope::Kind::New:
        conditions.append(QStringLiteral("c.concept_id IS NULL"));
        break;
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
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT q.id, q.title, CASE WHEN c.due <= :now THEN 0 WHEN c.concept_id IS NULL THEN 1"
                                 " ELSE 2 END AS kind"
                                 " FROM questions q JOIN banks b ON b.id = q.bank_id"
                                 " LEFT JOIN cards c ON c.concept_id = q.id"
                                 " WHERE %1"
                                 " ORDER BY kind, c.due, b.position, q.topic_rank, q.subtopic_rank, q.number")
                      .arg(conditions.join(QStringLiteral(" AND "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    QuizPlan plan;
    if (!query.exec())
        return plan;
    struct Row
    {
        QString id;
        int kind;
        bool classic;
    };
    QList<Row> rows;
    while (query.next()) {
        const QString title = query.value(1).toString();
        if (!scope.designOnly || isDesignQuestion(title))
            rows.append(
                {query.value(0).toString(), query.value(2).toInt(), title.startsWith(QLatin1String("Design "))});
    }
    // For mock interviews, the classic "Design X" problems before "How do you
    // design ..." questions of the same standing.
    if (scope.designOnly)
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.kind < b.kind || (a.kind == b.kind && a.classic > b.classic);
        });
    if (scope.size > 0 && rows.size() > scope.size)
        rows.resize(scope.size);
    for (const Row &row : rows) {
        plan.concepts.append(row.id);
        (row.kind == 0 ? plan.due : row.kind == 1 ? plan.fresh : plan.ahead) += 1;
    }
    return plan;
}

} // namespace sdstudy::core
