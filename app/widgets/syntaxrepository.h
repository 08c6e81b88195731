#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <functional>

class QObject;
class QPalette;

namespace sdstudy::widgets {

// KDE's syntax definitions, loaded on first use: reading them costs tens of
// milliseconds, which the first window must not wait for.
namespace SyntaxRepository {

// Waits for preload() if one is under way.
KSyntaxHighlighting::Repository &instance();

// Reads the definitions and the Markdown definition notes use on a worker
// thread, so that a note on show at start is coloured without holding up the
// window. Call on the window's thread; once is enough.
void preload();
// Whether a preload is under way still (instance() would wait for it).
bool isLoading();
// Calls `ready` on the context's thread once no preload is under way: at once,
// or when it finishes. Nothing is called if the context is gone by then.
void whenLoaded(QObject *context, std::function<void()> ready);

// The definition for a code fence's info string: "cpp", "C++", "python", "py",
// "sh"... An invalid Definition when there is none.
KSyntaxHighlighting::Definition definitionForFence(const QString &language);

// The light or dark theme that matches the palette's background.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

} // namespace SyntaxRepository

} // namespace sdstudy::widgets
