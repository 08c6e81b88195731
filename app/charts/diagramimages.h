#pragma once

#include "diagrams/diagramlayout.h"

#include <QImage>
#include <QList>
#include <QStringList>

namespace sdstudy::charts {

// The diagrams of a question as pictures for paper: light palette, drawn at
// three times screen size so they stay sharp in print. Architecture and concept
// diagrams and charts alike (charts need widgets, hence this lives here).
// Each is laid out in whichever direction fits a column of the page best
// (top to bottom when left to right would have to shrink more), so that as many
// as can print at their own size, with labels of one size.
namespace DiagramImages {
QList<QImage> forQuestions(const QStringList &phrasingIds, int columns = 1);
} // namespace DiagramImages

} // namespace sdstudy::charts
