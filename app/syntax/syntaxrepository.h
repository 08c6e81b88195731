#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;
class QThread;

namespace sdstudy::syntax {

// KDE's syntax definitions, one set for the process.
namespace SyntaxRepository {

// Reads the definitions, and the Markdown definition with every language its
// code fences embed, on the calling thread; then hands them to `owner`. Once,
// before instance() is first used.
void read(QThread *owner);
// Frees them (see SyntaxHighlighting::releaseDefinitions).
void release();

// On the owner's thread, after read().
KSyntaxHighlighting::Repository &instance();

// The definition for a code fence's info string: "cpp", "C++", "python", "py",
// "sh"... An invalid Definition when there is none.
KSyntaxHighlighting::Definition definitionForFence(const QString &language);

// The light or dark theme that matches the palette's background.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

} // namespace SyntaxRepository

} // namespace sdstudy::syntax
