// The whiteboard commands of `sdstudy`: sketch and compare.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/inputfile.h"
#include "core/quizengine.h"
#include "core/sketchkinds.h"
#include "core/studylibrary.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/diagrampainter.h"
#include "diagrams/sketchcomparison.h"
#include "diagrams/sketchgeometry.h"

#include <QGuiApplication>
#include <QPalette>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::kRatingNames;
using CliOutput::Text;

namespace {

// A sketch file from the person (or anyone): read within a bound and checked.
std::optional<core::Sketch> readSketch(const QString &path, QString *error)
{
    const auto bytes = core::InputFile::read(path, core::Sketch::kMostFileBytes, error);
    if (!bytes)
        return std::nullopt;
    QString problem;
    auto sketch = core::Sketch::fromJson(*bytes, &problem);
    if (!sketch)
        *error = Text::tr("%1: %2").arg(path, problem);
    return sketch;
}

QString componentLine(const diagrams::SketchCoverage::Component &component)
{
    const QString kind = core::SketchKinds::displayName(component.kind);
    const QString label = component.label.simplified();
    return label.isEmpty() || label.compare(kind, Qt::CaseInsensitive) == 0 ? kind
                                                                            : Text::tr("%1 (%2)").arg(label, kind);
}

} // namespace

int CommandLine::sketch(core::StudyLibrary &library, const Call &call)
{
    const QString exportPath = call.value("export"_L1);
    const QString setPath = call.value("set"_L1);
    if (call.args.size() != 1 || (!exportPath.isEmpty() && !setPath.isEmpty()))
        return usage(
            Text::tr("sketch takes one question ID, and --json, --export FILE.svg|FILE.png or --set FILE.json"));
    const auto question = questionRecord(library, call.args.first());
    if (!question)
        return 1;
    QString error;
    if (!setPath.isEmpty()) {
        const auto sketch = readSketch(setPath, &error);
        if (sketch && sketch->isEmpty())
            return fail(Text::tr("%1: the sketch is empty; the sketch of %2 is left as it was")
                            .arg(setPath, question->reference()));
        if (!sketch || !library.sketches().save(question->id, *sketch, &error))
            return fail(error);
        return 0;
    }
    const auto stored = library.sketches().get(question->id, &error);
    if (!stored) {
        return fail(error.isEmpty()
                        ? Text::tr("no sketch of %1 yet; draw one on the whiteboard, or set one with --set FILE.json")
                              .arg(question->reference())
                        : error);
    }
    if (!exportPath.isEmpty()) {
        const QFont font = QGuiApplication::font();
        const diagrams::DiagramGeometry geometry = diagrams::SketchGeometry::of(stored->sketch, font);
        // Shared pictures use the light palette, as diagrams do.
        const auto style = diagrams::DiagramStyle::from(QPalette(Qt::black, Qt::white), font);
        const bool svg = exportPath.endsWith(".svg"_L1, Qt::CaseInsensitive);
        if (!svg && !exportPath.endsWith(".png"_L1, Qt::CaseInsensitive))
            return usage(Text::tr("--export takes a file name ending in .svg or .png"));
        const bool written = svg
            ? diagrams::DiagramExport::writeSvg(exportPath, geometry, style, question->title, &error)
            : diagrams::DiagramExport::writePng(exportPath, geometry, style, question->title, 2.0, &error);
        return written ? 0 : fail(error);
    }
    if (call.json()) {
        QJsonObject object = stored->sketch.toJson();
        object.insert("id"_L1, question->id);
        object.insert("updated"_L1, CliOutput::isoUtc(stored->updated));
        m_out << jsonText(object);
        return 0;
    }
    m_out << Text::tr("Sketch of %1, changed %2: %n component(s)", nullptr, int(stored->sketch.components.size()))
                 .arg(question->reference(), stored->updated.toLocalTime().toString(Qt::ISODate))
          << '\n';
    for (const core::SketchComponent &c : stored->sketch.components)
        m_out << "  " << c.id << ' ' << core::SketchKinds::displayName(c.kind)
              << (c.label.isEmpty() ? QString() : ": "_L1 + c.label.simplified()) << '\n';
    for (const core::SketchConnection &c : stored->sketch.connections)
        m_out << "  " << c.from << " -> " << c.to << (c.path.isEmpty() ? QString() : " ["_L1 + c.path + u']')
              << (c.label.isEmpty() ? QString() : ' '_L1 + c.label.simplified()) << '\n';
    return 0;
}

int CommandLine::compare(core::StudyLibrary &library, const Call &call)
{
    const QString sketchPath = call.value("sketch"_L1);
    if (call.args.size() != 1 || sketchPath.isEmpty())
        return usage(Text::tr("compare takes one question ID and --sketch FILE.json"));
    const auto question = questionRecord(library, call.args.first());
    if (!question)
        return 1;
    diagrams::DiagramCatalog &catalog = diagrams::DiagramCatalog::bundled();
    const diagrams::DiagramFile *file = catalog.referenceFor(library.questions().phrasingsOf(question->conceptId));
    if (!file)
        return fail(Text::tr("%1 has no reference architecture diagram to compare with; `sdstudy diagrams` lists them")
                        .arg(question->reference()));
    QString error;
    const auto sketch = readSketch(sketchPath, &error);
    if (!sketch)
        return fail(error);
    const diagrams::DiagramGeometry *reference = catalog.geometry(*file, QGuiApplication::font(), &error);
    if (!reference)
        return fail(error);
    const diagrams::SketchCoverage coverage
        = diagrams::SketchComparison::compare(*sketch, *reference, core::SketchKinds::bundled());
    const int suggested = int(core::QuizEngine::suggestedFor(coverage.coverage));
    if (call.json()) {
        QJsonObject object = coverage.toJson();
        object.insert("id"_L1, question->id);
        object.insert("diagram"_L1, file->name);
        object.insert("suggested_rating"_L1, suggested);
        m_out << jsonText(object);
        return 0;
    }
    const qsizetype total = coverage.matched.size() + coverage.missed.size();
    m_out << Text::tr("%1 against \"%2\": %3 of %4 components, %5 of %6 connections, coverage %7%; suggests %8")
                 .arg(question->reference(), file->title)
                 .arg(coverage.matched.size())
                 .arg(total)
                 .arg(coverage.connectionsDrawn())
                 .arg(coverage.connections.size())
                 .arg(qRound(coverage.coverage * 100))
                 .arg(kRatingNames[suggested - 1])
          << '\n';
    for (const auto &match : coverage.matched)
        m_out << "  + " << componentLine(match.reference) << " = " << componentLine(match.drawn)
              << (match.byName ? QString() : Text::tr(" (by kind only)")) << '\n';
    for (const auto &missed : coverage.missed)
        m_out << "  - " << componentLine(missed) << '\n';
    for (const auto &extra : coverage.extra)
        m_out << "  ? " << componentLine(extra) << '\n';
    return 0;
}

} // namespace sdstudy::cli
