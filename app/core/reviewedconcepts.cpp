#include "core/reviewedconcepts.h"

#include <QFile>
#include <QRegularExpression>

namespace sdstudy::core {

ReviewedConcepts ReviewedConcepts::forBank(const QString &bankKey)
{
    QFile file(QStringLiteral(":/banks/%1.concepts.tsv").arg(bankKey));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(file.readAll()));
}

ReviewedConcepts ReviewedConcepts::parse(const QString &text)
{
    static const QRegularExpression stableId(QStringLiteral("^q-[0-9a-f]{12}(-\\d+)?$"));
    ReviewedConcepts reviewed;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString ids = line.section(QLatin1Char('#'), 0, 0);
        QStringList members;
        for (const QString &id : ids.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (stableId.match(id).hasMatch() && !reviewed.m_conceptOf.contains(id)) {
                reviewed.m_conceptOf.insert(id, reviewed.m_concepts.size());
                members.append(id);
            }
        }
        if (!members.isEmpty())
            reviewed.m_concepts.append(members);
    }
    return reviewed;
}

QList<qsizetype> ReviewedConcepts::regroup(const QStringList &ids, const QList<qsizetype> &automatic) const
{
    const qsizetype n = ids.size();
    QList<qsizetype> leaders(automatic);
    if (isEmpty())
        return leaders;
    // The first phrasing in the bank of each reviewed concept names it.
    QHash<qsizetype, qsizetype> firstOfReviewed;
    for (qsizetype i = 0; i < n; ++i) {
        const auto listed = m_conceptOf.constFind(ids[i]);
        if (listed != m_conceptOf.cend() && !firstOfReviewed.contains(*listed))
            firstOfReviewed.insert(*listed, i);
    }
    // Where the grouper put a question it alone decides on: with the first listed
    // phrasing of its automatic group, if any.
    QHash<qsizetype, qsizetype> reviewedLeaderOfGroup;
    for (qsizetype i = 0; i < n; ++i) {
        const auto listed = m_conceptOf.constFind(ids[i]);
        if (listed == m_conceptOf.cend())
            continue;
        leaders[i] = firstOfReviewed.value(*listed);
        if (!reviewedLeaderOfGroup.contains(automatic[i]))
            reviewedLeaderOfGroup.insert(automatic[i], leaders[i]);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!m_conceptOf.contains(ids[i]))
            leaders[i] = reviewedLeaderOfGroup.value(automatic[i], automatic[i]);
    }
    return leaders;
}

} // namespace sdstudy::core
