#pragma once

#include <QString>

namespace sdstudy::core {

// The words of a Markdown text without its markup, for search and comparison:
// blocks on lines of their own, table cells apart, HTML left as written text.
namespace MarkdownText {

QString plain(const QString &markdown);

// Markdown with the layout HTML that banks sprinkle in (<br>, <b>, <p>, <code>,
// <a href>, <img>) turned into Markdown or dropped, outside code; other tags stay
// as written, and are shown as text. Nothing is fetched: a picture becomes its alt
// text, a link stays a link.
QString withoutLayoutHtml(const QString &markdown);

} // namespace MarkdownText

} // namespace sdstudy::core
