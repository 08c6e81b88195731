#include "widgets/syntaxrepository.h"

#include <QHash>
#include <QPalette>

namespace sdstudy::widgets {

namespace SyntaxRepository {

KSyntaxHighlighting::Repository &instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
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
