#pragma once

#include "core/questionsummary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

class Database;

// One row of the outline that the topic tree shows, in tree order.
struct OutlineEntry : QuestionSummary
{
};

// One question with everything its page shows.
struct QuestionRecord : QuestionSummary
{
    QString answerMarkdown;
    QList<int> variants;                   // numbers of the other phrasings of the same concept
    QStringList tags;                      // as the source gave them: "Difficulty: Hard"
    QList<QuestionSummary> otherPhrasings; // the variants in full: they may be in another bank
};

// A concept with every phrasing of it, its first phrasing (which names it) first.
struct ConceptEntry
{
    QString conceptId;
    QList<QuestionSummary> members;
};

struct SubtopicCount
{
    QString name;
    int count = 0;
    int concepts = 0;
};

struct TopicCount
{
    QString topic;
    int count = 0;
    int concepts = 0;
    QList<SubtopicCount> subtopics;
};

// Reads questions back out of the database for the tree, the question page and
// the command line.
class QuestionStore final
{
public:
    explicit QuestionStore(Database &database);

    QList<OutlineEntry> outline() const;
    QList<TopicCount> topicCounts() const;
    std::optional<QuestionRecord> question(const QString &id) const;

    // Every concept, in tree order.
    QList<ConceptEntry> concepts() const;
    // The stable ids of every phrasing of a concept, its leader first.
    QStringList phrasingsOf(const QString &conceptId) const;
    // Accepts a bundled-bank number ("96"), BANK:N ("kafka:3") or a stable id.
    std::optional<QString> resolve(const QString &reference) const;

private:
    Database &m_database;
};

} // namespace sdstudy::core
