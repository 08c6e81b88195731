#include "diagrams/diagramcatalog.h"

#include "diagrams/diagramlayout.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sdstudy::diagrams {

DiagramCatalog &DiagramCatalog::bundled()
{
    static DiagramCatalog catalog = [] {
        DiagramCatalog c;
        c.load(QStringLiteral(":/diagrams"));
        return c;
    }();
    return catalog;
}

DiagramCatalog DiagramCatalog::fromFolder(const QString &folder)
{
    DiagramCatalog catalog;
    catalog.load(folder);
    return catalog;
}

void DiagramCatalog::load(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.dot"), QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        QString error;
        if (auto diagram = DiagramFile::parse(file.fileName(), file.readAll(), &error))
            m_files.append(*diagram);
        else
            m_errors.append(error);
    }
    // Architecture first, then concepts, then charts; by title within each.
    std::stable_sort(m_files.begin(), m_files.end(), [](const DiagramFile &a, const DiagramFile &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.title.localeAwareCompare(b.title) < 0;
    });
}

const DiagramFile *DiagramCatalog::find(const QString &name) const
{
    for (const DiagramFile &file : m_files) {
        if (file.name == name)
            return &file;
    }
    return nullptr;
}

QList<const DiagramFile *> DiagramCatalog::forQuestions(const QStringList &questionIds) const
{
    QList<const DiagramFile *> found;
    for (const DiagramFile &file : m_files) {
        if (std::any_of(questionIds.cbegin(), questionIds.cend(),
                        [&](const QString &id) { return file.questions.contains(id); }))
            found.append(&file);
    }
    return found;
}

const DiagramFile *DiagramCatalog::referenceFor(const QStringList &questionIds) const
{
    for (const DiagramFile *file : forQuestions(questionIds)) {
        if (file->kind == DiagramFile::Kind::Architecture)
            return file;
    }
    return nullptr;
}

core::RelatedQuestions::DiagramHints DiagramCatalog::relatedHints(const QStringList &questionIds) const
{
    // A component's statement: `id [label = "Text", ...]`, never an edge's.
    static const QRegularExpression component(QStringLiteral("^\\s*\\w+\\s*\\[\\s*label\\s*=\\s*\"([^\"]*)\""),
                                              QRegularExpression::MultilineOption);
    core::RelatedQuestions::DiagramHints hints;
    for (const DiagramFile *file : forQuestions(questionIds)) {
        for (const QString &id : file->questions) {
            if (!questionIds.contains(id) && !hints.sharedWith.contains(id))
                hints.sharedWith.append(id);
        }
        if (file->kind != DiagramFile::Kind::Architecture)
            continue;
        for (auto it = component.globalMatch(file->source); it.hasNext();)
            hints.componentLabels.append(it.next().captured(1).replace(QStringLiteral("\\n"), QStringLiteral(" ")));
    }
    return hints;
}

const DiagramGeometry *DiagramCatalog::geometry(const DiagramFile &file, const QFont &font, QString *error,
                                                DiagramLayout::Flow flow)
{
    const QString key = file.name + QLatin1Char('|') + font.key() + QLatin1Char('|') + QString::number(int(flow));
    const auto it = m_layouts.constFind(key);
    if (it != m_layouts.cend())
        return it.value().get();
    QString failure;
    auto laidOut = DiagramLayout::layout(file, font, &failure, flow);
    if (!laidOut) {
        if (error)
            *error = failure;
        return nullptr;
    }
    auto kept = std::make_shared<const DiagramGeometry>(std::move(*laidOut));
    m_layouts.insert(key, kept);
    return kept.get();
}

} // namespace sdstudy::diagrams
