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

// A name or a title without the emoji and badges around it ("\u2b50 Caching \u2b50" is
// "Caching"): fonts may lack them, and they sort and search badly.
QString withoutDecoration(QString text);

} // namespace MarkdownText

} // namespace sdstudy::core
