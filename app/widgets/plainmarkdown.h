#pragma once

#include <QString>

namespace sdstudy::widgets {

// Markdown as its reader sees it, for places that show plain text (a list row,
// an answer on a button): no asterisks, backticks, heading or quote marks, link
// targets or pictures. Cheap enough for thousands of notes; a page that can
// render Markdown (MarkdownView) does so properly instead.
namespace PlainMarkdown {

enum class Lines { RunTogether, Kept };

// At most `longest` characters of it.
QString from(const QString &markdown, qsizetype longest, Lines lines = Lines::RunTogether);

// The other way: plain text (what was typed, a bank's title in a link) put in a
// Markdown page as it reads, its asterisks, brackets and the like escaped.
QString escaped(const QString &text);

} // namespace PlainMarkdown

} // namespace sdstudy::widgets
