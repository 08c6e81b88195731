#pragma once

#include <Qt>

namespace sdstudy::widgets {

// The custom roles of every model in the app, in one place so they never collide.
namespace ItemDataRole {
enum : int {
    QuestionId = Qt::UserRole + 1, // stable id of the question an item stands for; empty for groups
    QuestionNumber,
    Snippet,        // a piece of the answer (or note) around the words found, plain text
    SnippetMatches, // QList<QPoint>: start and length of each word found in the snippet
    TitleMatches,   // QList<QPoint>: the same for the title
    Location,       // where a search hit sits: its number and topic
    TopicName,      // the topic a topic row stands for
    BankKey,        // the bank a bank row stands for
};
} // namespace ItemDataRole

} // namespace sdstudy::widgets
