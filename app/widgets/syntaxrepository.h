#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace sdstudy::widgets {

// KDE's syntax definitions, loaded on first use: reading them costs tens of
// milliseconds, which the first window must not wait for.
namespace SyntaxRepository {

KSyntaxHighlighting::Repository &instance();

// The definition for a code fence's info string: "cpp", "C++", "python", "py",
// "sh"... An invalid Definition when there is none.
KSyntaxHighlighting::Definition definitionForFence(const QString &language);

// The light or dark theme that matches the palette's background.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

} // namespace SyntaxRepository

} // namespace sdstudy::widgets
