#pragma once

#include <QString>

namespace sdstudy::core {

// The words of a Markdown text without its markup, for search and comparison:
// blocks on lines of their own, table cells apart, HTML left as written text.
namespace MarkdownText {

QString plain(const QString &markdown);

} // namespace MarkdownText

} // namespace sdstudy::core
