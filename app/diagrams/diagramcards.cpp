#include "diagrams/diagramcards.h"

#include "core/reviewstore.h"
#include "core/sketchkinds.h"
#include "diagrams/diagramcatalog.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sdstudy::diagrams {

namespace {

// Explanatory notes are not components to name.
bool isNameable(const DiagramNode &node)
{
    return node.role != QLatin1String("note") && !node.label.trimmed().isEmpty();
}

QString firstLine(const QString &label)
{
    return label.section(QLatin1Char('\n'), 0, 0).simplified();
}

QSet<QString> wordsOf(const QString &text)
{
    static const QSet<QString> filler {QStringLiteral("a"),  QStringLiteral("an"),   QStringLiteral("the"),
                                       QStringLiteral("of"), QStringLiteral("and"),  QStringLiteral("per"),
                                       QStringLiteral("by"), QStringLiteral("with"), QStringLiteral("to")};
    QSet<QString> words;
    for (const QString &word : core::SketchKinds::words(text)) {
        if (!filler.contains(word))
            words.insert(word);
    }
    return words;
}

// A fixed order that differs from card to card: the answer is not always first.
quint32 orderKey(const QString &cardId, const QString &choice)
{
    const QByteArray hash = QCryptographicHash::hash((cardId + u'\n' + choice).toUtf8(), QCryptographicHash::Sha1);
    return quint32(quint8(hash[0])) << 24 | quint32(quint8(hash[1])) << 16 | quint32(quint8(hash[2])) << 8
        | quint32(quint8(hash[3]));
}

} // namespace

QString DiagramCards::idFor(const QString &diagram, const QString &node)
{
    return core::ReviewStore::kDiagramCardPrefix + diagram + u'#' + node;
}

QHash<QString, QStringList> DiagramCards::namesByRole(DiagramCatalog &catalog, const QFont &font)
{
    QHash<QString, QStringList> names;
    for (const DiagramFile &file : catalog.all()) {
        QString error;
        const DiagramGeometry *geometry
            = file.kind == DiagramFile::Kind::Chart ? nullptr : catalog.geometry(file, font, &error);
        for (const DiagramNode &node : geometry ? geometry->nodes : QList<DiagramNode>()) {
            QStringList &role = names[node.role];
            if (isNameable(node) && !role.contains(firstLine(node.label), Qt::CaseInsensitive))
                role.append(firstLine(node.label));
        }
    }
    return names;
}

QList<DiagramCard> DiagramCards::of(const DiagramFile &file, const DiagramGeometry &geometry,
                                    const QHash<QString, QStringList> &namesByRole)
{
    QList<DiagramCard> cards;
    QHash<QString, int> uses; // every name this diagram shows, lower case
    for (const DiagramNode &node : geometry.nodes) {
        if (isNameable(node))
            ++uses[firstLine(node.label).toLower()];
    }
    for (qsizetype i = 0; i < geometry.nodes.size(); ++i) {
        const DiagramNode &node = geometry.nodes[i];
        // A name the diagram shows twice would give itself away: no card.
        if (!isNameable(node) || uses.value(firstLine(node.label).toLower()) > 1)
            continue;
        DiagramCard card;
        card.id = idFor(file.name, node.id);
        card.diagram = file.name;
        card.node = node.id;
        card.nodeIndex = int(i);
        card.answer = firstLine(node.label);
        card.label = node.label;
        card.questionId = file.questions.value(0);
        // Three names of the same role that this diagram does not show: a choice
        // seen on the board would give the answer away by elimination.
        QStringList others = namesByRole.value(node.role);
        others.removeIf([&](const QString &name) { return uses.contains(name.toLower()); });
        if (others.size() < 3) { // a rare role: any name from elsewhere
            for (const QStringList &role : namesByRole) {
                for (const QString &name : role) {
                    if (!uses.contains(name.toLower()) && !others.contains(name, Qt::CaseInsensitive))
                        others.append(name);
                }
            }
        }
        std::sort(others.begin(), others.end(),
                  [&](const QString &a, const QString &b) { return orderKey(card.id, a) < orderKey(card.id, b); });
        card.choices = others.mid(0, 3);
        card.choices.append(card.answer);
        std::sort(card.choices.begin(), card.choices.end(),
                  [&](const QString &a, const QString &b) { return orderKey(card.id, a) < orderKey(card.id, b); });
        cards.append(card);
    }
    return cards;
}

QList<DiagramCard> DiagramCards::all(DiagramCatalog &catalog, const QFont &font)
{
    const QHash<QString, QStringList> pool = namesByRole(catalog, font);
    QList<DiagramCard> cards;
    for (const DiagramFile &file : catalog.all()) {
        if (file.kind == DiagramFile::Kind::Chart)
            continue;
        QString error;
        if (const DiagramGeometry *geometry = catalog.geometry(file, font, &error))
            cards += of(file, *geometry, pool);
    }
    return cards;
}

std::optional<DiagramCard> DiagramCards::find(DiagramCatalog &catalog, const QFont &font, const QString &id)
{
    if (!core::ReviewStore::isDiagramCard(id))
        return std::nullopt;
    const QString rest = id.mid(core::ReviewStore::kDiagramCardPrefix.size());
    const DiagramFile *file = catalog.find(rest.section(u'#', 0, 0));
    QString error;
    const DiagramGeometry *geometry = file ? catalog.geometry(*file, font, &error) : nullptr;
    if (!geometry)
        return std::nullopt;
    for (const DiagramCard &card : of(*file, *geometry, namesByRole(catalog, font))) {
        if (card.id == id)
            return card;
    }
    return std::nullopt;
}

bool DiagramCards::accepts(const DiagramCard &card, const QString &typed)
{
    static const QRegularExpression aside(QStringLiteral("\\([^)]*\\)"));
    QString main = card.answer;
    main.remove(aside);
    const QSet<QString> given = wordsOf(typed);
    // The name's words and those it gives in brackets on any line ("(Redis)"), not
    // the details under it ("sharded by hash").
    QSet<QString> label = wordsOf(card.answer);
    for (auto match = QRegularExpression(QStringLiteral("\\(([^)]*)\\)")).globalMatch(card.label); match.hasNext();)
        label.unite(wordsOf(match.next().captured(1)));
    const QSet<QString> named = wordsOf(main);
    if (given.isEmpty() || !label.contains(given))
        return false; // a word the component's label does not have
    if (given.contains(named) || (given & named).size() * 2 >= named.size())
        return true; // its name, or most of it
    // A name the label gives in passing ("Redis" in "Cache (Redis)") that is not a kind's generic word.
    const core::SketchKinds &kinds = core::SketchKinds::bundled();
    return std::any_of(given.cbegin(), given.cend(),
                       [&](const QString &word) { return !named.contains(word) && !kinds.isGeneric(word); });
}

} // namespace sdstudy::diagrams
