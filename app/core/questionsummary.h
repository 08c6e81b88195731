#pragma once

#include <QString>

class QSqlQuery;

namespace sdstudy::core {

// What every list of questions shows about one: who it is, where it sits, and
// which concept it belongs to. Read from `questions q JOIN banks b`.
struct QuestionSummary
{
    QString id; // stable id
    QString bankKey;
    QString bankName;
    int number = 0; // as numbered in its bank
    QString title;
    QString topic;
    QString subtopic;
    QString conceptId; // stable id of the concept's first phrasing

    bool leadsConcept() const { return conceptId == id; }

    // How a person names it: "96" in the bundled bank, "BANK:N" in another.
    QString reference() const;

    // The select list that read() expects, for `questions q JOIN banks b`.
    static QString columns();
    static QuestionSummary read(const QSqlQuery &query, int firstColumn = 0);
    static constexpr int kColumnCount = 8;
};

} // namespace sdstudy::core
