#include "diagrams/diagramlayout.h"

#include "diagrams/diagramfile.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QRegularExpression>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace sdstudy::diagrams {

// cgraph's own, not in its public header: empties the scanner's buffer.
extern "C" void aglexbad(void);

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct DiagramLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(DiagramLayout)
};

constexpr double kPointsPerInch = 72.0;
constexpr double kPadding = 8.0;

// Graphviz reports mistakes through a callback; the last one is kept for the person.
QString &lastGraphvizError()
{
    static QString message;
    return message;
}

int collectError(char *message)
{
    lastGraphvizError() += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

// One Graphviz context for the process, freed at exit so nothing is left behind.
GVC_t *context()
{
    struct Context
    {
        GVC_t *gvc;
        Context()
            : gvc((agseterrf(collectError), gvContext()))
        { }
        ~Context() { gvFreeContext(gvc); }
    };
    static Context context;
    return context.gvc;
}

QString attribute(void *object, const char *name)
{
    char *value = agget(object, const_cast<char *>(name));
    return value ? QString::fromUtf8(value) : QString();
}

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

// DOT's escapes in labels: \n, \l and \r end a line.
QString labelText(const QString &raw, const QString &nodeName)
{
    if (raw.isEmpty() || raw == QLatin1String("\\N"))
        return nodeName;
    QString text = raw;
    text.replace(QLatin1String("\\n"), QLatin1String("\n"))
        .replace(QLatin1String("\\l"), QLatin1String("\n"))
        .replace(QLatin1String("\\r"), QLatin1String("\n"));
    return text.trimmed();
}

struct GraphCloser
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};

// Frees a layout when it goes out of scope; only made once gvLayout() succeeded,
// as a failed layout has nothing for gvFreeLayout() to free.
struct LayoutFreer
{
    Agraph_t *graph;
    ~LayoutFreer() { gvFreeLayout(context(), graph); }
};

void collectClusters(Agraph_t *graph, QList<Agraph_t *> *clusters)
{
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        if (QByteArray(agnameof(sub)).startsWith("cluster"))
            clusters->append(sub);
        collectClusters(sub, clusters);
    }
}

bool encloses(Agraph_t *outer, Agraph_t *inner)
{
    for (Agraph_t *g = inner; g; g = agparent(g)) {
        if (g == outer)
            return true;
        if (g == agroot(g))
            break;
    }
    return false;
}

// A node in two clusters neither of which holds the other cannot be drawn inside
// both boxes; Graphviz would pick one silently. Such a file is refused instead.
QString nodeInTwoClusters(Agraph_t *graph)
{
    QList<Agraph_t *> clusters;
    collectClusters(graph, &clusters);
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        QList<Agraph_t *> holders;
        for (Agraph_t *cluster : std::as_const(clusters)) {
            if (agsubnode(cluster, node, 0))
                holders.append(cluster);
        }
        for (qsizetype i = 0; i < holders.size(); ++i) {
            for (qsizetype j = i + 1; j < holders.size(); ++j) {
                if (!encloses(holders[i], holders[j]) && !encloses(holders[j], holders[i]))
                    return DiagramLayoutText::tr(
                               "node \"%1\" is in two clusters, \"%2\" and \"%3\"; a node belongs to one")
                        .arg(QString::fromUtf8(agnameof(node)), QString::fromUtf8(agnameof(holders[i])),
                             QString::fromUtf8(agnameof(holders[j])));
            }
        }
    }
    return {};
}

void collectGroups(Agraph_t *graph, double top, double left, QList<DiagramGroup> *groups)
{
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        if (QByteArray(agnameof(sub)).startsWith("cluster")) {
            const boxf box = GD_bb(sub);
            groups->append(
                {attribute(sub, "label"),
                 QRectF(QPointF(box.LL.x - left, top - box.UR.y), QPointF(box.UR.x - left, top - box.LL.y))});
        }
        collectGroups(sub, top, left, groups);
    }
}

} // namespace

QString DiagramLayout::graphvizVersion()
{
    return QString::fromUtf8(gvcVersion(context()));
}

std::optional<DiagramGeometry> DiagramLayout::layout(const DiagramFile &file, const QFont &font, QString *error,
                                                     Flow flow)
{
    GVC_t *gvc = context();
    lastGraphvizError().clear();
    const QByteArray source = file.source.toUtf8();
    // Graphviz's scanner keeps state between reads: flush it, and name the input
    // (which restarts the line count), so errors give this file's own lines.
    aglexbad();
    QByteArray inputName = file.name.toUtf8() + ".dot";
    agsetfile(inputName.data());
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(source.constData()));
    if (!graph) {
        QString message = lastGraphvizError().simplified();
        message.remove(QRegularExpression(QStringLiteral("^Error\\s*:\\s*")));
        *error = message.startsWith(QString::fromUtf8(inputName))
            ? message
            : DiagramLayoutText::tr("%1: %2").arg(
                  QString::fromUtf8(inputName), message.isEmpty() ? DiagramLayoutText::tr("not a DOT graph") : message);
        return std::nullopt;
    }
    Agraph_t *g = graph.get();
    if (const QString problem = nodeInTwoClusters(g); !problem.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(inputName), problem);
        return std::nullopt;
    }
    // Every node sized for its label in the app's font, so text and box agree.
    const QFontMetricsF metrics(font);
    for (Agnode_t *node = agfstnode(g); node; node = agnxtnode(g, node)) {
        const QString text = labelText(attribute(node, "label"), QString::fromUtf8(agnameof(node)));
        double width = 0;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        const double height = lines.size() * metrics.lineSpacing();
        setAttribute(node, "shape", "box");
        setAttribute(node, "fixedsize", "true");
        setAttribute(node, "width", QByteArray::number((width + 3 * kPadding) / kPointsPerInch));
        setAttribute(node, "height", QByteArray::number((height + 2 * kPadding) / kPointsPerInch));
    }
    // Edge labels are measured by Graphviz's own estimate of this face and size.
    const QByteArray labelSize = QByteArray::number(font.pointSizeF() > 0 ? font.pointSizeF() * 1.25 : 11);
    for (Agnode_t *node = agfstnode(g); node; node = agnxtnode(g, node)) {
        for (Agedge_t *edge = agfstout(g, node); edge; edge = agnxtout(g, edge)) {
            setAttribute(edge, "fontname", "Helvetica");
            setAttribute(edge, "fontsize", labelSize);
        }
    }
    if (flow == Flow::Vertical && attribute(g, "rankdir") == QLatin1String("LR"))
        setAttribute(g, "rankdir", "TB");
    const QString engine = attribute(g, "layout").isEmpty() ? QStringLiteral("dot") : attribute(g, "layout");
    if (gvLayout(gvc, g, engine.toUtf8().constData()) != 0) {
        *error = DiagramLayoutText::tr("%1.dot: Graphviz could not lay it out with \"%2\": %3")
                     .arg(file.name, engine, lastGraphvizError().trimmed());
        return std::nullopt;
    }
    const LayoutFreer freeLayout {g}; // before the graph itself is closed

    DiagramGeometry geometry;
    const boxf bb = GD_bb(g);
    const double left = bb.LL.x;
    const double top = bb.UR.y;
    const auto at = [&](const pointf &p) { return QPointF(p.x - left, top - p.y); };
    geometry.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    collectGroups(g, top, left, &geometry.groups);
    for (Agnode_t *node = agfstnode(g); node; node = agnxtnode(g, node)) {
        DiagramNode shown;
        shown.id = QString::fromUtf8(agnameof(node));
        shown.label = labelText(attribute(node, "label"), shown.id);
        shown.role = attribute(node, "sdstudy_role");
        shown.link = attribute(node, "sdstudy_link");
        const QPointF centre = at(ND_coord(node));
        const QSizeF size(ND_width(node) * kPointsPerInch, ND_height(node) * kPointsPerInch);
        shown.rect = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        geometry.nodes.append(shown);
    }
    for (Agnode_t *node = agfstnode(g); node; node = agnxtnode(g, node)) {
        for (Agedge_t *edge = agfstout(g, node); edge; edge = agnxtout(g, edge)) {
            DiagramEdge shown;
            shown.from = QString::fromUtf8(agnameof(agtail(edge)));
            shown.to = QString::fromUtf8(agnameof(aghead(edge)));
            shown.pathKind = attribute(edge, "sdstudy_path");
            if (shown.pathKind.isEmpty() && attribute(edge, "style").contains(QLatin1String("dashed")))
                shown.pathKind = QStringLiteral("async");
            const splines *spline = ED_spl(edge);
            for (int b = 0; spline && b < spline->size; ++b) {
                const bezier &curve = spline->list[b];
                if (curve.size == 0)
                    continue;
                shown.path.moveTo(at(curve.list[0]));
                for (int i = 1; i + 2 < curve.size; i += 3)
                    shown.path.cubicTo(at(curve.list[i]), at(curve.list[i + 1]), at(curve.list[i + 2]));
                // Arrow heads from the curve's end to the point Graphviz left for them.
                const auto head = [&](const pointf &from, const pointf &tip) {
                    const QLineF line(at(from), at(tip));
                    const QLineF normal = line.normalVector();
                    const QPointF side(normal.dx() * 0.45, normal.dy() * 0.45);
                    shown.arrowHeads.append(QPolygonF({at(tip), at(from) + side, at(from) - side}));
                };
                if (curve.eflag)
                    head(curve.list[curve.size - 1], curve.ep);
                if (curve.sflag)
                    head(curve.list[0], curve.sp);
            }
            if (const textlabel_t *label = ED_label(edge)) {
                shown.label = labelText(QString::fromUtf8(label->text), QString());
                const QSizeF size(label->dimen.x, label->dimen.y);
                shown.labelRect = QRectF(at(label->pos) - QPointF(size.width() / 2, size.height() / 2), size);
            }
            geometry.edges.append(shown);
        }
    }
    return geometry;
}

} // namespace sdstudy::diagrams
