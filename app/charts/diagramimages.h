#pragma once

#include "diagrams/diagramlayout.h"

#include <QImage>
#include <QList>
#include <QStringList>

namespace sdstudy::charts {

// The diagrams of a question as pictures for paper: light palette, drawn at
// three times screen size so they stay sharp in print. Architecture and concept
// diagrams and charts alike (charts need widgets, hence this lives here).
namespace DiagramImages {
// `flow`: Vertical for narrow columns, where a left-to-right diagram would be tiny.
QList<QImage> forQuestions(const QStringList &phrasingIds,
                           diagrams::DiagramLayout::Flow flow = diagrams::DiagramLayout::Flow::AsWritten);
} // namespace DiagramImages

} // namespace sdstudy::charts
