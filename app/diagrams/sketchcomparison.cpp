#include "diagrams/sketchcomparison.h"

#include "core/sketchkinds.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sdstudy::diagrams {

using namespace Qt::StringLiterals;

namespace {

// Words that say nothing about which component a label names.
QSet<QString> significantWords(const QString &label)
{
    static const QSet<QString> filler {u"a"_s,  u"an"_s,  u"and"_s,  u"or"_s, u"the"_s, u"of"_s, u"by"_s,   u"per"_s,
                                       u"to"_s, u"for"_s, u"with"_s, u"on"_s, u"in"_s,  u"at"_s, u"from"_s, u"into"_s};
    QSet<QString> result;
    for (const QString &word : SketchKinds::words(label)) {
        if (!filler.contains(word))
            result.insert(word);
    }
    return result;
}

struct Candidate
{
    int score;
    qsizetype reference;
    qsizetype drawn;
};

// What a label says beyond its kind, worked out once per component: its words
// ("redirect", "analytics") and the kinds it names specifically ("Redis": cache).
struct LabelTerms
{
    QSet<QString> words;
    QSet<QString> kinds;

    LabelTerms(const QString &label, const SketchKinds &kinds)
        : words(significantWords(label))
        , kinds(kinds.kindsNamedSpecificallyIn(label))
    {
        words.removeIf([&](const QString &word) { return kinds.isGeneric(word); });
    }
    // Nothing but the kind: "Load balancer", "Clients", "Database".
    bool onlyTheKind() const { return words.isEmpty() && kinds.isEmpty(); }
};

// How strongly a drawn component stands for a reference one; 0: not at all.
// A shared word of the labels weighs most, then a name of a kind both labels hold
// ("Redis" and "Cache (Redis)"), then the same kind, then the same role. A drawn
// component of another role needs its label to agree.
int agreement(const LabelTerms &drawn, const QString &drawnRole, const QString &drawnKind, const LabelTerms &reference,
              const QString &referenceRole, const QString &referenceKind)
{
    const bool sameRole = drawnRole == referenceRole;
    const int sharedWords = int((drawn.words & reference.words).size());
    const int sharedNames = int((drawn.kinds & reference.kinds).size());
    if (!sameRole && sharedWords == 0 && sharedNames == 0)
        return 0;
    return 4 * sharedWords + 3 * sharedNames + (drawnKind == referenceKind ? 2 : 0) + (sameRole ? 1 : 0);
}

QJsonObject componentJson(const SketchCoverage::Component &component)
{
    return {{"id"_L1, component.id}, {"label"_L1, component.label}, {"kind"_L1, component.kind}};
}

} // namespace

int SketchCoverage::connectionsDrawn() const
{
    return int(std::count_if(connections.begin(), connections.end(), [](const Connection &c) { return c.drawn; }));
}

QJsonObject SketchCoverage::toJson() const
{
    QJsonArray matchedList;
    for (const Match &match : matched)
        matchedList.append(QJsonObject {{"reference"_L1, componentJson(match.reference)},
                                        {"sketch"_L1, componentJson(match.drawn)},
                                        {"by"_L1, match.byName ? "name"_L1 : "kind"_L1}});
    QJsonArray missedList;
    for (const Component &component : missed)
        missedList.append(componentJson(component));
    QJsonArray extraList;
    for (const Component &component : extra)
        extraList.append(componentJson(component));
    QJsonArray connectionList;
    for (const Connection &connection : connections) {
        QJsonObject object {{"from"_L1, connection.from.id},
                            {"to"_L1, connection.to.id},
                            {"paths"_L1, QJsonArray::fromStringList(connection.paths)},
                            {"drawn"_L1, connection.drawn}};
        if (connection.drawn)
            object.insert("drawnPath"_L1, connection.drawnPath);
        connectionList.append(object);
    }
    return {{"matched"_L1, matchedList},
            {"missed"_L1, missedList},
            {"extra"_L1, extraList},
            {"coverage"_L1, coverage},
            {"component_coverage"_L1, componentCoverage},
            {"connection_coverage"_L1, connectionCoverage},
            {"connections"_L1, connectionList}};
}

bool SketchComparison::isComponentRole(const QString &role)
{
    return role != "note"_L1 && role != "state"_L1 && role != "good"_L1 && role != "bad"_L1;
}

SketchCoverage SketchComparison::compare(const core::Sketch &sketch, const DiagramGeometry &reference,
                                         const SketchKinds &kinds)
{
    QList<qsizetype> referenceNodes; // indexes into reference.nodes of the components counted
    QStringList referenceKinds;      // per index into referenceNodes
    for (qsizetype i = 0; i < reference.nodes.size(); ++i) {
        if (isComponentRole(reference.nodes[i].role)) {
            referenceNodes.append(i);
            referenceKinds.append(kinds.kindFor(reference.nodes[i].role, reference.nodes[i].label));
        }
    }
    QList<LabelTerms> referenceTerms, drawnTerms;
    for (qsizetype index : std::as_const(referenceNodes))
        referenceTerms.append(LabelTerms(reference.nodes[index].label, kinds));
    // A component without a label is called by its kind ("Load balancer").
    for (const core::SketchComponent &drawn : sketch.components)
        drawnTerms.append(
            LabelTerms(drawn.label.isEmpty() ? SketchKinds::displayName(drawn.kind) : drawn.label, kinds));
    // Best agreement first; each component on either side matched at most once.
    QList<Candidate> candidates;
    for (qsizetype r = 0; r < referenceNodes.size(); ++r) {
        const DiagramNode &node = reference.nodes[referenceNodes[r]];
        for (qsizetype d = 0; d < sketch.components.size(); ++d) {
            const core::SketchComponent &drawn = sketch.components[d];
            const int score = agreement(drawnTerms[d], kinds.roleOf(drawn.kind), drawn.kind, referenceTerms[r],
                                        node.role, referenceKinds[r]);
            if (score > 0)
                candidates.append({score, r, d});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QHash<qsizetype, qsizetype> drawnFor; // reference index -> sketch index
    QSet<qsizetype> drawnTaken;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (drawnFor.contains(candidate.reference) || drawnTaken.contains(candidate.drawn))
            continue;
        drawnFor.insert(candidate.reference, candidate.drawn);
        drawnTaken.insert(candidate.drawn);
    }

    SketchCoverage result;
    QHash<QString, SketchCoverage::Component> referenceById;
    QHash<QString, QString> drawnIdFor; // reference node id -> sketch component id
    for (qsizetype r = 0; r < referenceNodes.size(); ++r) {
        const DiagramNode &node = reference.nodes[referenceNodes[r]];
        const SketchCoverage::Component component {node.id, node.label, referenceKinds[r]};
        referenceById.insert(node.id, component);
        if (drawnFor.contains(r)) {
            const qsizetype d = drawnFor.value(r);
            const core::SketchComponent &drawn = sketch.components[d];
            // A reference named only by its kind is drawn in full by any of that kind.
            const bool byName = !(drawnTerms[d].words & referenceTerms[r].words).isEmpty()
                || !(drawnTerms[d].kinds & referenceTerms[r].kinds).isEmpty() || referenceTerms[r].onlyTheKind();
            result.matched.append({component, {drawn.id, drawn.label, drawn.kind}, byName});
            drawnIdFor.insert(node.id, drawn.id);
        } else {
            result.missed.append(component);
        }
    }
    for (qsizetype d = 0; d < sketch.components.size(); ++d) {
        if (!drawnTaken.contains(d)) {
            const core::SketchComponent &drawn = sketch.components[d];
            result.extra.append({drawn.id, drawn.label, drawn.kind});
        }
    }

    // The reference's connections between components, one per pair either way.
    QHash<QString, qsizetype> connectionOf; // "a\nb" with a < b
    for (const DiagramEdge &edge : reference.edges) {
        if (!referenceById.contains(edge.from) || !referenceById.contains(edge.to) || edge.from == edge.to)
            continue;
        const QString key = std::min(edge.from, edge.to) + u'\n' + std::max(edge.from, edge.to);
        if (!connectionOf.contains(key)) {
            connectionOf.insert(key, result.connections.size());
            result.connections.append({referenceById.value(edge.from), referenceById.value(edge.to), {}, false, {}});
        }
        SketchCoverage::Connection &connection = result.connections[connectionOf.value(key)];
        if (!edge.pathKind.isEmpty() && !connection.paths.contains(edge.pathKind))
            connection.paths.append(edge.pathKind);
    }
    for (SketchCoverage::Connection &connection : result.connections) {
        const QString from = drawnIdFor.value(connection.from.id);
        const QString to = drawnIdFor.value(connection.to.id);
        if (from.isEmpty() || to.isEmpty())
            continue;
        for (const core::SketchConnection &drawn : sketch.connections) {
            if ((drawn.from == from && drawn.to == to) || (drawn.from == to && drawn.to == from)) {
                // Of several arrows between the two, the one whose path the reference has.
                if (!connection.drawn || connection.paths.contains(drawn.path))
                    connection.drawnPath = drawn.path;
                connection.drawn = true;
            }
        }
    }
    double credit = 0;
    for (const SketchCoverage::Match &match : std::as_const(result.matched))
        credit += match.byName ? 1.0 : 0.5;
    result.componentCoverage = referenceNodes.isEmpty() ? 0.0 : credit / double(referenceNodes.size());
    result.connectionCoverage
        = result.connections.isEmpty() ? 0.0 : double(result.connectionsDrawn()) / double(result.connections.size());
    result.coverage = result.connections.isEmpty() ? result.componentCoverage
                                                   : (result.componentCoverage + result.connectionCoverage) / 2;
    return result;
}

core::Sketch SketchComparison::sketchOf(const DiagramGeometry &reference, const SketchKinds &kinds)
{
    core::Sketch sketch;
    for (const DiagramNode &node : reference.nodes) {
        if (isComponentRole(node.role))
            sketch.components.append(
                {node.id, kinds.kindFor(node.role, node.label), node.label.simplified(), node.rect.center()});
    }
    for (const DiagramEdge &edge : reference.edges) {
        if (sketch.component(edge.from) && sketch.component(edge.to) && edge.from != edge.to)
            sketch.connections.append({edge.from, edge.to, edge.label.simplified(), edge.pathKind});
    }
    for (const DiagramGroup &group : reference.groups)
        sketch.frames.append({group.label, group.rect});
    return sketch;
}

} // namespace sdstudy::diagrams
