#include "core/topicrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct TopicRulesText
{
    Q_DECLARE_TR_FUNCTIONS(TopicRules)
};

std::optional<QRegularExpression> compile(const QString &pattern, QString *error, TopicRules::Patterns patterns)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (patterns == TopicRules::Patterns::Trusted)
        return re; // compiled by its first match
    if (!re.isValid()) {
        *error
            = TopicRulesText::tr("pattern \"%1\" is not a valid regular expression: %2").arg(pattern, re.errorString());
        return std::nullopt;
    }
    re.optimize();
    return re;
}

} // namespace

std::optional<TopicRules> TopicRules::fromJson(const QByteArray &json, QString *error, Patterns patterns)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = TopicRulesText::tr("at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    TopicRules rules;
    rules.m_fingerprint = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();

    auto placementOf = [&rules](const QString &topic, const QString &subtopic) -> std::optional<TopicPlacement> {
        for (int t = 0; t < rules.m_topics.size(); ++t) {
            if (rules.m_topics[t].name != topic)
                continue;
            const int s = int(rules.m_topics[t].subtopics.indexOf(subtopic));
            if (s >= 0)
                return TopicPlacement {topic, subtopic, t, s};
        }
        return std::nullopt;
    };

    for (const auto &value : root.value(QLatin1String("topics")).toArray()) {
        const QJsonObject topic = value.toObject();
        QStringList subtopics;
        for (const auto &s : topic.value(QLatin1String("subtopics")).toArray())
            subtopics.append(s.toString());
        rules.m_topics.append(Topic {topic.value(QLatin1String("name")).toString(), subtopics});
    }
    if (rules.m_topics.isEmpty()) {
        *error = TopicRulesText::tr("no topics defined");
        return std::nullopt;
    }

    const QJsonObject catchAll = root.value(QLatin1String("catchAll")).toObject();
    const QString catchAllTopic = catchAll.value(QLatin1String("topic")).toString();
    const QString catchAllSubtopic = catchAll.value(QLatin1String("subtopic")).toString();
    // The catch-all subtopic is listed last under its topic.
    for (auto &topic : rules.m_topics) {
        if (topic.name == catchAllTopic && !topic.subtopics.contains(catchAllSubtopic))
            topic.subtopics.append(catchAllSubtopic);
    }
    const auto catchAllPlacement = placementOf(catchAllTopic, catchAllSubtopic);
    if (!catchAllPlacement) {
        *error = TopicRulesText::tr("the catch-all names the unknown topic \"%1\"").arg(catchAllTopic);
        return std::nullopt;
    }
    rules.m_catchAll = *catchAllPlacement;

    for (const auto &value : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        const QString topic = rule.value(QLatin1String("topic")).toString();
        const QString subtopic = rule.value(QLatin1String("subtopic")).toString();
        const auto placement = placementOf(topic, subtopic);
        if (!placement) {
            *error
                = TopicRulesText::tr("a rule names \"%1 / %2\", which is not in the topic list").arg(topic, subtopic);
            return std::nullopt;
        }
        QStringList alternatives;
        for (const auto &p : rule.value(QLatin1String("title")).toArray()) {
            // Compiled alone first, so an error names the pattern at fault.
            if (patterns == Patterns::Validate && !compile(p.toString(), error, patterns))
                return std::nullopt;
            alternatives.append(QStringLiteral("(?:%1)").arg(p.toString()));
        }
        auto anyPattern = compile(alternatives.join(QLatin1Char('|')), error, patterns);
        if (!anyPattern)
            return std::nullopt;
        rules.m_rules.append(Rule {*placement, *anyPattern});
    }

    for (const auto &value : root.value(QLatin1String("titleRewrites")).toArray()) {
        const QJsonObject rewrite = value.toObject();
        auto re = compile(rewrite.value(QLatin1String("pattern")).toString(), error, patterns);
        if (!re)
            return std::nullopt;
        rules.m_rewrites.append(Rewrite {*re, rewrite.value(QLatin1String("replace")).toString()});
    }
    return rules;
}

const TopicRules &TopicRules::bundled()
{
    static const TopicRules rules = [] {
        QFile file(QStringLiteral(":/topics.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The bundled topic rules are missing from the binary");
        QString error;
        auto parsed = fromJson(file.readAll(), &error, Patterns::Trusted);
        if (!parsed)
            qFatal("The bundled topic rules are broken: %s", qPrintable(error));
        return *parsed;
    }();
    return rules;
}

TopicPlacement TopicRules::place(const QString &title) const
{
    for (const Rule &rule : m_rules) {
        if (rule.anyPattern.match(title).hasMatch())
            return rule.placement;
    }
    return m_catchAll;
}

QString TopicRules::displayTitle(const QString &title) const
{
    QString result = title;
    for (const Rewrite &rewrite : m_rewrites)
        result.replace(rewrite.pattern, rewrite.replacement);
    return result;
}

bool TopicRules::isCatchAll(const TopicPlacement &placement) const
{
    return placement.topic == m_catchAll.topic && placement.subtopic == m_catchAll.subtopic;
}

} // namespace sdstudy::core
