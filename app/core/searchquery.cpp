#include "core/searchquery.h"

#include "core/flags.h"

#include <QRegularExpression>

namespace sdstudy::core {

namespace {
// A flag as typed ("Hard", "review") by its key; an unknown one as typed, so it matches nothing.
QString flagKey(const QString &typed)
{
    const auto flag = Flags::find(typed);
    return flag ? flag->key : typed;
}
} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    static const QRegularExpression filter(QStringLiteral("(?:^|\\s)(is|flag|has|topic):(?:\"([^\"]*)\"?|(\\S*))"),
                                           QRegularExpression::CaseInsensitiveOption);
    SearchQuery query;
    QString rest = text;
    auto it = filter.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1).toLower();
        const QString value = match.captured(2).isNull() ? match.captured(3) : match.captured(2);
        bool understood = true;
        if (name == QLatin1String("is") && value.compare(QLatin1String("bookmarked"), Qt::CaseInsensitive) == 0)
            query.bookmarkedOnly = true;
        else if (name == QLatin1String("has") && value.compare(QLatin1String("note"), Qt::CaseInsensitive) == 0)
            query.withNote = true;
        else if (name == QLatin1String("flag") && !value.isEmpty())
            query.flag = flagKey(value);
        else if (name == QLatin1String("topic") && !value.trimmed().isEmpty())
            query.topic = value.trimmed();
        else
            understood = false;
        if (understood)
            rest.replace(match.capturedStart(0), match.capturedLength(0),
                         QString(match.capturedLength(0), QLatin1Char(' ')));
    }
    query.words = rest.simplified();
    return query;
}

} // namespace sdstudy::core
