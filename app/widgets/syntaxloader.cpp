#include "widgets/syntaxloader.h"

#include "widgets/syntaxhighlighting.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPluginLoader>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace sdstudy::widgets {

namespace SyntaxLoader {

namespace {

QFuture<SyntaxHighlighting *> g_loading;
SyntaxHighlighting *g_highlighting = nullptr;
bool g_loaded = false; // tried, found or not

// On any thread. The plugin stays loaded until the process ends.
SyntaxHighlighting *load()
{
    QPluginLoader loader(QString::fromLatin1(kPluginName));
    QObject *root = loader.instance();
    auto *highlighting = qobject_cast<SyntaxHighlighting *>(root);
    if (!highlighting) {
        qWarning("SyntaxLoader: no syntax highlighting, notes and code are shown uncoloured: %s",
                 qPrintable(loader.errorString()));
        return nullptr;
    }
    highlighting->readDefinitions();
    // Made on this thread; the window's thread owns it from now on.
    root->moveToThread(QCoreApplication::instance()->thread());
    return highlighting;
}

} // namespace

void preload()
{
    if (g_loaded || g_loading.isValid())
        return;
    g_loading = QtConcurrent::run(load);
}

bool isLoading()
{
    return !g_loaded && g_loading.isValid() && !g_loading.isFinished();
}

void whenLoaded(QObject *context, std::function<void()> ready)
{
    if (!isLoading()) {
        ready();
        return;
    }
    g_loading.then(context, [ready = std::move(ready)](SyntaxHighlighting *) { ready(); });
}

SyntaxHighlighting *highlighting()
{
    if (!g_loaded) {
        g_highlighting = g_loading.isValid() ? g_loading.result() : load();
        g_loaded = true;
    }
    return g_highlighting;
}

} // namespace SyntaxLoader

} // namespace sdstudy::widgets
