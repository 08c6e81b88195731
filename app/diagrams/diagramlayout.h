#pragma once

#include "diagrams/diagramgeometry.h"

#include <QFont>

#include <optional>

namespace sdstudy::diagrams {

struct DiagramFile;

// Lays a DOT diagram out with Graphviz (the engine the file names: dot, neato,
// circo...), sizing every node for its label in `font` so the drawing fits.
// Runs on the GUI thread only: Graphviz is not thread-safe.
class DiagramLayout final
{
public:
    enum class Flow {
        AsWritten, // the direction the file gives
        Vertical,  // top to bottom, for a tall narrow panel
    };

    // The Graphviz version in use, for the About box.
    static QString graphvizVersion();

    static std::optional<DiagramGeometry> layout(const DiagramFile &file, const QFont &font, QString *error,
                                                 Flow flow = Flow::AsWritten);
};

} // namespace sdstudy::diagrams
