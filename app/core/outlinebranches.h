#pragma once

#include "core/questionsummary.h"

#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

class Database;

// Which entries the topic tree lists.
struct OutlineFilter
{
    bool everyPhrasing = false;  // else one entry per concept: its first phrasing
    bool bookmarkedOnly = false; // only bookmarked ones (folded: a concept with any phrasing bookmarked)
};

// A branch of the topic tree that holds questions: a subtopic of one bank's
// topic, or a topic listed without subtopics (subtopic empty).
struct OutlineBranch
{
    qint64 bankId = 0;
    QString bankKey;
    QString bankName;
    QString topic;
    QString subtopic;
    int topicRank = 0;
    int subtopicRank = 0;
    int entries = 0; // how many the filter lists in it

    bool holds(qint64 bank, int topicAt, int subtopicAt) const
    {
        return bankId == bank && topicRank == topicAt && subtopicRank == subtopicAt;
    }
};

// One entry of a branch, with the bookmark it shows: its own or, folded, that of
// any phrasing of its concept.
struct OutlineBranchEntry : QuestionSummary
{
    std::optional<QString> flag; // "" for a plain bookmark
};

// The topic tree read from the database a piece at a time: the branches with
// their counts as the database keeps them (schema 18), a branch's entries a page
// at a time as they are drawn, found through its counts per run of numbers
// (schema 21). At 100,000 questions the tree shows without reading every title
// or counting every row.
class OutlineBranches final
{
public:
    explicit OutlineBranches(Database &database);

    // Every branch with an entry, in tree order (bank, topic, subtopic).
    QList<OutlineBranch> branches(const OutlineFilter &filter) const;
    // Up to `count` of a branch's entries in tree order, from the `first`th on.
    QList<OutlineBranchEntry> entries(const OutlineBranch &branch, const OutlineFilter &filter, int first,
                                      int count) const;

    // Where a question is listed: its own entry or, folded, its concept's first
    // phrasing's, and that entry's row in its branch. Nothing when the filter
    // leaves it out or there is no such question.
    struct Place
    {
        QString entryId;
        qint64 bankId = 0;
        int topicRank = 0;
        int subtopicRank = 0;
        int row = 0;
    };
    std::optional<Place> placeOf(const QString &questionId, const OutlineFilter &filter) const;

private:
    // Where the page from a branch's `row`th entry starts to be read: from this
    // number, past `skip` entries.
    struct PageStart
    {
        qint64 fromNumber = 0;
        int skip = 0;
    };
    PageStart pageStart(const OutlineBranch &branch, const OutlineFilter &filter, int row) const;
    // The filter as a condition on the questions table named `table`.
    static QString condition(const OutlineFilter &filter, const QString &table = QStringLiteral("q"));

    Database &m_database;
};

} // namespace sdstudy::core
