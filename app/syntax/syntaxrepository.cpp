#include "syntax/syntaxrepository.h"

#include <KSyntaxHighlighting/Format>

#include <QPalette>
#include <QThread>

#include <memory>

namespace sdstudy::syntax {

namespace SyntaxRepository {

namespace {

std::unique_ptr<KSyntaxHighlighting::Repository> g_repository;

} // namespace

void read(QThread *owner)
{
    if (g_repository)
        return;
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    // Loading a definition is lazy: asking for its formats reads it, and the
    // languages its code fences embed.
    (void)repository->definitionForName(QStringLiteral("Markdown")).formats();
    // Nothing here touches it after this: the owner's thread has it from now on.
    repository->moveToThread(owner);
    g_repository = std::move(repository);
}

void release()
{
    g_repository.reset();
}

KSyntaxHighlighting::Repository &instance()
{
    Q_ASSERT(g_repository);
    return *g_repository;
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

} // namespace sdstudy::syntax
