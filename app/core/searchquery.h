#pragma once

#include <QString>

namespace sdstudy::core {

// What a person typed into the search box, split into words and filters:
// `is:bookmarked`, `flag:hard`, `has:note`, `topic:caching` (a quoted value may
// hold spaces: `topic:"load balancing"`). Anything else is words to look for.
struct SearchQuery
{
    QString words;
    bool bookmarkedOnly = false;
    QString flag; // a flag key, or the unknown name typed (which matches nothing)
    bool withNote = false;
    QString topic; // matched against topic and subtopic names

    static SearchQuery parse(const QString &text);
    bool hasFilters() const { return bookmarkedOnly || !flag.isEmpty() || withNote || !topic.isEmpty(); }
};

} // namespace sdstudy::core
