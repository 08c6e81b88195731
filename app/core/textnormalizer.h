#pragma once

#include <QString>
#include <QStringList>

namespace sdstudy::core {

// Turns question text into comparable content words: lower case, hyphens and
// slashes split, abbreviations spelled out ("sync" -> "synchronous", "dlq" ->
// "dead letter queue"), light stemming ("scaling" -> "scale"), and the words that
// only frame a question ("what is", "explain", "trade-offs") dropped.
namespace TextNormalizer {

QStringList contentWords(const QString &text);

// Content words of a question's first sentence: its subject. "What is a circuit
// breaker? When does it open?" -> {circuit, breaker}.
QStringList subjectWords(const QString &title);

// "design X", "how would you design X": the question asks for a system design.
bool asksForDesign(const QString &title);

// "X vs Y", "difference between X and Y": the question contrasts two things.
bool asksForComparison(const QString &title);

// Lower case, every run of non-alphanumerics folded to one space: the form stable
// ids hash, so that punctuation and case edits keep a question's id.
QString canonicalTitle(const QString &title);

} // namespace TextNormalizer

} // namespace sdstudy::core
