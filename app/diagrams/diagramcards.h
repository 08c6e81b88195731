#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::diagrams {

class DiagramCatalog;
struct DiagramFile;
struct DiagramGeometry;

// "Name the hidden component": one card per component of every architecture and
// concept diagram, drawn with that component masked, in the style of Anki's image
// occlusion but made from the diagram's own data. Cards are scheduled like any
// other under their id (ReviewStore::kDiagramCardPrefix + "url-shortener#cache").
struct DiagramCard
{
    QString id;
    QString diagram;    // the file's name
    QString node;       // the node's id in it
    int nodeIndex = -1; // in the laid-out geometry
    QString answer;     // what the component is called: its label's first line
    QString label;      // the whole label, as drawn
    // Four names, the answer among them, in a fixed order; the other three are
    // names of the same role from other diagrams, never one this diagram shows.
    QStringList choices;
    QString questionId; // the diagram's first question, for the review log
};

namespace DiagramCards {

QString idFor(const QString &diagram, const QString &node);
// Every card, diagram by diagram in catalog order, component by component.
QList<DiagramCard> all(DiagramCatalog &catalog, const QFont &font);
// The cards of one laid-out diagram; `namesByRole` are the component names of every
// diagram by role, where wrong choices come from.
QList<DiagramCard> of(const DiagramFile &file, const DiagramGeometry &geometry,
                      const QHash<QString, QStringList> &namesByRole);
QHash<QString, QStringList> namesByRole(DiagramCatalog &catalog, const QFont &font);
std::optional<DiagramCard> find(DiagramCatalog &catalog, const QFont &font, const QString &id);

// Whether a typed name names the hidden component: its words are the label's, and
// they say enough of it ("cache", "Redis" and "redis cache" all name "Cache (Redis)").
bool accepts(const DiagramCard &card, const QString &typed);

} // namespace DiagramCards

} // namespace sdstudy::diagrams
