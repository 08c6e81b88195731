#include "widgets/syntaxrepository.h"

#include <KSyntaxHighlighting/Format>

#include <QCoreApplication>
#include <QFuture>
#include <QPalette>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace sdstudy::widgets {

namespace SyntaxRepository {

namespace {

std::unique_ptr<KSyntaxHighlighting::Repository> g_repository;
QFuture<KSyntaxHighlighting::Repository *> g_loading;

// Before the application's end rather than among static destructors, whose
// order against KDE's own is not defined; a preload never asked for is waited for
// and freed too.
void release()
{
    if (!g_repository && g_loading.isValid())
        g_repository.reset(g_loading.result());
    g_repository.reset();
    g_loading = {};
}

void releaseAtExit()
{
    static const bool registered = (qAddPostRoutine(release), true);
    Q_UNUSED(registered);
}

} // namespace

KSyntaxHighlighting::Repository &instance()
{
    releaseAtExit();
    if (!g_repository)
        g_repository.reset(g_loading.isValid() ? g_loading.result() : new KSyntaxHighlighting::Repository);
    return *g_repository;
}

void preload()
{
    if (g_repository || g_loading.isValid())
        return;
    releaseAtExit();
    g_loading = QtConcurrent::run([window = QThread::currentThread()] {
        auto *repository = new KSyntaxHighlighting::Repository;
        // Loading a definition is lazy: asking for its formats reads it, and the
        // languages its code fences embed.
        (void)repository->definitionForName(QStringLiteral("Markdown")).formats();
        // Nothing here touches it after this: the window's thread owns it from now on.
        repository->moveToThread(window);
        return repository;
    });
}

bool isLoading()
{
    return !g_repository && g_loading.isValid() && !g_loading.isFinished();
}

void whenLoaded(QObject *context, std::function<void()> ready)
{
    if (!isLoading()) {
        ready();
        return;
    }
    g_loading.then(context, [ready = std::move(ready)](KSyntaxHighlighting::Repository *) { ready(); });
}

KSyntaxHighlighting::Definition definitionForFence(const QString &language)
{
    const QString name = language.trimmed().section(QLatin1Char(' '), 0, 0);
    if (name.isEmpty())
        return {};
    auto &repository = instance();
    auto definition = repository.definitionForName(name);
    if (!definition.isValid()) // "cpp", "py", "sh": file extensions
        definition = repository.definitionForFileName(QStringLiteral("code.") + name);
    return definition;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return instance().themeForPalette(palette);
}

} // namespace SyntaxRepository

} // namespace sdstudy::widgets
