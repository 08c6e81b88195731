#include "widgets/syntaxloader.h"

#include "widgets/syntaxhighlighting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

// The folders to look in, the app's own first: a build's app takes the plugin
// built with it over an installed one of another version.
QStringList pluginFolders()
{
    QStringList folders {QCoreApplication::applicationDirPath()};
    for (const QString &folder : QCoreApplication::libraryPaths()) {
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

// On any thread; `owner` is the window's. The plugin stays loaded until the
// process ends.
SyntaxHighlighting *load(const QStringList &folders, QThread *owner)
{
    QStringList failures;
    for (const QString &folder : folders) {
        QPluginLoader loader(QDir(folder).filePath(QString::fromLatin1(kPluginName)));
        QObject *root = loader.instance();
        if (auto *highlighting = qobject_cast<SyntaxHighlighting *>(root)) {
            highlighting->readDefinitions(owner);
            root->moveToThread(owner); // made on this thread
            return highlighting;
        }
        if (QFileInfo::exists(loader.fileName()))
            failures.append(loader.errorString());
    }
    qWarning("SyntaxLoader: no syntax highlighting, notes and code are shown uncoloured: %s",
             failures.isEmpty() ? "the plugin is not installed" : qPrintable(failures.join(QStringLiteral("; "))));
    return nullptr;
}

// Before the application object is gone: a load under way is waited for, and
// the definitions are freed on the window's thread, not among static destructors
// (whose order against KDE's own is not defined).
void release()
{
    SyntaxHighlighting *highlighting = g_loaded ? g_highlighting : g_loading.isValid() ? g_loading.result() : nullptr;
    if (highlighting)
        highlighting->releaseDefinitions();
    g_highlighting = nullptr;
    g_loading = {};
    g_loaded = true; // nothing loads after this
}

void releaseAtExit()
{
    static const bool registered = (qAddPostRoutine(release), true);
    Q_UNUSED(registered);
}

} // namespace

void preload()
{
    if (g_loaded || g_loading.isValid())
        return;
    releaseAtExit();
    g_loading = QtConcurrent::run(load, pluginFolders(), QThread::currentThread());
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
        releaseAtExit();
        g_highlighting = g_loading.isValid() ? g_loading.result() : load(pluginFolders(), QThread::currentThread());
        g_loaded = true;
    }
    return g_highlighting;
}

} // namespace SyntaxLoader

} // namespace sdstudy::widgets
