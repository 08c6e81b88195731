#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

struct TopicPlacement
{
    QString topic;
    QString subtopic;
    int topicRank = 0;    // position of the topic in the tree
    int subtopicRank = 0; // position of the subtopic within its topic
};

// Files each question into one subtopic of a two-level tree, and tidies titles for
// display. The tree and the rules are data (resources/topics.json), not code.
class TopicRules final
{
public:
    // Validate: every pattern is compiled now, so an error names the one at fault.
    // Trusted (the bundled rules, which tst_topicrules validates): patterns compile
    // on first use, so a start that imports nothing never pays for it.
    enum class Patterns { Validate, Trusted };
    // Reads rules from JSON; on failure returns nullopt and sets *error to a
    // message naming what is wrong.
    static std::optional<TopicRules> fromJson(const QByteArray &json, QString *error,
                                              Patterns patterns = Patterns::Validate);
    static const TopicRules &bundled();

    TopicPlacement place(const QString &title) const;
    QString displayTitle(const QString &title) const;
    bool isCatchAll(const TopicPlacement &placement) const;

    struct Topic
    {
        QString name;
        QStringList subtopics;
    };
    const QList<Topic> &topics() const { return m_topics; }

    // Changes whenever the rules do, so banks filed by older rules are filed again.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    struct Rule
    {
        TopicPlacement placement;
        QRegularExpression anyPattern; // the rule's patterns as one alternation
    };
    struct Rewrite
    {
        QRegularExpression pattern;
        QString replacement;
    };

    QList<Topic> m_topics;
    QList<Rule> m_rules;
    QList<Rewrite> m_rewrites;
    TopicPlacement m_catchAll;
    QByteArray m_fingerprint;
};

} // namespace sdstudy::core
