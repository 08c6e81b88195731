#include "diagrams/diagrampainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace sdstudy::diagrams {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct DiagramPainterText
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPainter)
};

// Role colours chosen to read on white and on near-black alike.
QColor baseColor(const QString &role)
{
    if (role == QLatin1String("client"))
        return QColor(120, 144, 156);
    if (role == QLatin1String("edge"))
        return QColor(30, 136, 229);
    if (role == QLatin1String("cache"))
        return QColor(239, 108, 0);
    if (role == QLatin1String("store"))
        return QColor(142, 36, 170);
    if (role == QLatin1String("queue"))
        return QColor(192, 160, 0);
    if (role == QLatin1String("external"))
        return QColor(117, 117, 117);
    if (role == QLatin1String("bad"))
        return QColor(211, 47, 47);
    if (role == QLatin1String("good"))
        return QColor(56, 142, 60);
    if (role == QLatin1String("masked"))
        return QColor(96, 125, 139);
    return QColor(67, 160, 71); // service, worker, state and the rest
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

constexpr double kRadius = 6;
constexpr double kLegendGap = 12;

} // namespace

DiagramStyle DiagramStyle::from(const QPalette &palette, const QFont &font)
{
    DiagramStyle style;
    style.font = font;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.line = mix(style.background, style.text, 0.7);
    const bool dark = style.background.lightnessF() < 0.5;
    style.readPath = dark ? QColor(100, 181, 246) : QColor(21, 101, 192);
    style.writePath = dark ? QColor(255, 167, 38) : QColor(216, 67, 21);
    return style;
}

QColor DiagramStyle::roleColor(const QString &role) const
{
    const QColor colour = baseColor(role);
    return background.lightnessF() < 0.5 ? colour.lighter(135) : colour;
}

QColor DiagramStyle::fillFor(const QString &role) const
{
    return mix(background, roleColor(role), background.lightnessF() < 0.5 ? 0.28 : 0.16);
}

DiagramPainter::DiagramPainter(const DiagramGeometry &geometry, DiagramStyle style)
    : m_geometry(geometry)
    , m_style(std::move(style))
{ }

QRectF DiagramPainter::legendRect() const
{
    if (!m_geometry.hasPathKind(QStringLiteral("read")) && !m_geometry.hasPathKind(QStringLiteral("write")))
        return {};
    const QFontMetricsF metrics(m_style.font);
    const double width = 40 + metrics.horizontalAdvance(DiagramPainterText::tr("read path")) + 24 + 40
        + metrics.horizontalAdvance(DiagramPainterText::tr("write path"));
    return QRectF(0, m_geometry.bounds.bottom() + kLegendGap, width, metrics.lineSpacing());
}

QRectF DiagramPainter::bounds() const
{
    return m_geometry.bounds.united(legendRect()).adjusted(-4, -4, 4, 4);
}

void DiagramPainter::paint(QPainter *painter, int highlighted, int masked) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_style.font);
    for (const DiagramGroup &group : m_geometry.groups) {
        QPen pen(m_style.line, 1, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(group.rect, kRadius, kRadius);
        painter->setPen(m_style.text);
        painter->drawText(group.rect.adjusted(8, 4, -8, -4), Qt::AlignTop | Qt::AlignLeft, group.label);
    }
    const auto colourOf = [this](const DiagramEdge &edge) {
        return edge.pathKind == QLatin1String("read") ? m_style.readPath
            : edge.pathKind == QLatin1String("write") ? m_style.writePath
                                                      : m_style.line;
    };
    for (const DiagramEdge &edge : m_geometry.edges) {
        const QColor colour = colourOf(edge);
        QPen pen(colour, edge.pathKind.isEmpty() ? 1.3 : 2.0);
        if (edge.pathKind == QLatin1String("async"))
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(edge.path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        for (const QPolygonF &head : edge.arrowHeads)
            painter->drawPolygon(head);
    }
    // Labels after every line, each on a patch of background: no line, its own
    // or another edge's, ever runs through a label's text.
    const QFontMetricsF metrics(m_style.font);
    for (const DiagramEdge &edge : m_geometry.edges) {
        if (edge.label.isEmpty())
            continue;
        QRectF box = metrics.boundingRect(edge.labelRect, Qt::AlignCenter, edge.label);
        box.adjust(-2, 0, 2, 0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.background);
        painter->drawRect(box);
        painter->setPen(edge.pathKind.isEmpty() ? m_style.text : colourOf(edge));
        painter->drawText(box, Qt::AlignCenter, edge.label);
    }
    for (qsizetype i = 0; i < m_geometry.nodes.size(); ++i) {
        if (i != masked) {
            paintNode(painter, m_style, m_geometry.nodes[i], i == highlighted);
            continue;
        }
        // The hidden component: its place and size only, a question mark for its name.
        DiagramNode hidden = m_geometry.nodes[i];
        hidden.label = QStringLiteral("?");
        hidden.role = QStringLiteral("masked");
        paintNode(painter, m_style, hidden, true);
    }
    paintLegend(painter);
    painter->restore();
}

void DiagramPainter::paintNode(QPainter *painter, const DiagramStyle &style, const DiagramNode &node, bool highlighted)
{
    const QColor border = style.roleColor(node.role);
    QPen pen(border, highlighted ? 3 : 1.6);
    if (node.role == QLatin1String("external"))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(style.fillFor(node.role));
    const QRectF r = node.rect;
    if (node.role == QLatin1String("store")) {
        // A cylinder: the classic database drum.
        const double lip = std::min(10.0, r.height() / 5);
        QPainterPath drum;
        drum.moveTo(r.left(), r.top() + lip / 2);
        drum.arcTo(QRectF(r.left(), r.top(), r.width(), lip), 180, -180);
        drum.lineTo(r.right(), r.bottom() - lip / 2);
        drum.arcTo(QRectF(r.left(), r.bottom() - lip, r.width(), lip), 0, -180);
        drum.closeSubpath();
        painter->drawPath(drum);
        painter->drawArc(QRectF(r.left(), r.top(), r.width(), lip), 180 * 16, 180 * 16);
    } else if (node.role == QLatin1String("queue")) {
        painter->drawRect(r);
        for (int i = 1; i <= 3; ++i) // the slots of a queue at its right end
            painter->drawLine(QPointF(r.right() - i * 6, r.top()), QPointF(r.right() - i * 6, r.bottom()));
    } else if (node.role == QLatin1String("client")) {
        painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    } else if (node.role == QLatin1String("note")) {
        painter->setBrush(style.background);
        painter->drawRect(r);
    } else {
        painter->drawRoundedRect(r, kRadius, kRadius);
    }
    painter->setPen(style.text);
    QRectF textRect = r;
    if (node.role == QLatin1String("queue"))
        textRect.setRight(r.right() - 18);
    if (node.role == QLatin1String("store"))
        textRect.setTop(r.top() + 4);
    painter->drawText(textRect, Qt::AlignCenter, node.label);
}

void DiagramPainter::paintLegend(QPainter *painter) const
{
    const QRectF legend = legendRect();
    if (legend.isNull())
        return;
    const QFontMetricsF metrics(m_style.font);
    double x = legend.left();
    const double y = legend.center().y();
    for (const auto &[colour, name] : {std::pair {m_style.readPath, DiagramPainterText::tr("read path")},
                                       std::pair {m_style.writePath, DiagramPainterText::tr("write path")}}) {
        painter->setPen(QPen(colour, 2));
        painter->drawLine(QPointF(x, y), QPointF(x + 32, y));
        painter->setPen(m_style.text);
        painter->drawText(QPointF(x + 38, y + metrics.ascent() / 2 - 1), name);
        x += 38 + metrics.horizontalAdvance(name) + 24;
    }
}

} // namespace sdstudy::diagrams
