#include "core/questionsummary.h"

#include "core/bundledbank.h"

#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

QString QuestionSummary::reference() const
{
    return bankKey == BundledBank::kKey ? QString::number(number) : QStringLiteral("%1:%2").arg(bankKey).arg(number);
}

QString QuestionSummary::columns()
{
    return QStringLiteral("q.id, b.key, b.name, q.number, q.title, q.topic, q.subtopic, q.concept");
}

QuestionSummary QuestionSummary::read(const QSqlQuery &query, int firstColumn)
{
    QuestionSummary s;
    s.id = query.value(firstColumn).toString();
    s.bankKey = query.value(firstColumn + 1).toString();
    s.bankName = query.value(firstColumn + 2).toString();
    s.number = query.value(firstColumn + 3).toInt();
    s.title = query.value(firstColumn + 4).toString();
    s.topic = query.value(firstColumn + 5).toString();
    s.subtopic = query.value(firstColumn + 6).toString();
    s.conceptId = query.value(firstColumn + 7).toString();
    return s;
}

} // namespace sdstudy::core
