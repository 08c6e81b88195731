#pragma once

#include <functional>

class QObject;

namespace sdstudy::widgets {

class SyntaxHighlighting;

// Loads the syntax highlighting plugin (see SyntaxHighlighting) on first use,
// with its definitions read: together about 150 ms, which the first window must
// not wait for.
namespace SyntaxLoader {

// The plugin, looked for beside the app (a build), then under
// QCoreApplication::libraryPaths() (QT_PLUGIN_PATH, Qt's plugin folder when
// installed).
inline constexpr char kPluginName[] = "systemdesignstudy/syntaxhighlighting";

// Loads the plugin and reads the definitions on a worker thread, so that a note
// on show at start is coloured without holding up the window. Call on the
// window's thread; once is enough.
void preload();
// Whether a preload is under way still (highlighting() would wait for it).
bool isLoading();
// Calls `ready` on the context's thread once no preload is under way: at once,
// or when it finishes. Nothing is called if the context is gone by then.
void whenLoaded(QObject *context, std::function<void()> ready);

// The plugin with its definitions read, loaded now if no preload did; nullptr
// (after one warning) when it is not installed, and text is left uncoloured.
SyntaxHighlighting *highlighting();

} // namespace SyntaxLoader

} // namespace sdstudy::widgets
