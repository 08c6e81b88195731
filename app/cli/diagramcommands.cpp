// The diagram commands of `sdstudy`: diagrams and diagram.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramexport.h"
#include "diagrams/diagrampainter.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPalette>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::Text;

int CommandLine::diagrams(const Call &call)
{
    const diagrams::DiagramCatalog &catalog = diagrams::DiagramCatalog::bundled();
    if (call.json()) {
        QJsonArray array;
        for (const diagrams::DiagramFile &file : catalog.all())
            array.append(QJsonObject {{QStringLiteral("name"), file.name},
                                      {QStringLiteral("kind"), diagrams::DiagramFile::kindKey(file.kind)},
                                      {QStringLiteral("title"), file.title},
                                      {QStringLiteral("questions"), QJsonArray::fromStringList(file.questions)}});
        m_out << jsonText(array);
        return 0;
    }
    for (const diagrams::DiagramFile &file : catalog.all())
        m_out << file.name.leftJustified(32) << ' ' << diagrams::DiagramFile::kindKey(file.kind).leftJustified(13)
              << ' ' << file.title << '\n';
    return 0;
}

int CommandLine::diagram(const Call &call)
{
    const QString png = call.value("png"_L1);
    const QString svg = call.value("svg"_L1);
    if (call.args.size() != 1 || (png.isEmpty() == svg.isEmpty()))
        return usage(Text::tr("diagram takes a NAME (see `sdstudy diagrams`) and --png FILE or --svg FILE"));
    diagrams::DiagramCatalog &catalog = diagrams::DiagramCatalog::bundled();
    const diagrams::DiagramFile *file = catalog.find(call.args.first());
    if (!file)
        return fail(Text::tr("no diagram \"%1\"; `sdstudy diagrams` lists them").arg(call.args.first()));
    QString error;
    if (file->kind == diagrams::DiagramFile::Kind::Chart) {
        if (!m_chartWriter)
            return fail(Text::tr("charts cannot be drawn here"));
        return m_chartWriter(*file, png.isEmpty() ? svg : png, png.isEmpty(), &error) ? 0 : fail(error);
    }
    const QFont font = QGuiApplication::font();
    const diagrams::DiagramGeometry *geometry = catalog.geometry(*file, font, &error);
    if (!geometry)
        return fail(error);
    // Printed and shared pictures use the light palette: they end up on paper and in documents.
    const diagrams::DiagramStyle style = diagrams::DiagramStyle::from(QPalette(Qt::black, Qt::white), font);
    const bool written = png.isEmpty()
        ? diagrams::DiagramExport::writeSvg(svg, *geometry, style, file->title, &error)
        : diagrams::DiagramExport::writePng(png, *geometry, style, file->title, 2.0, &error);
    return written ? 0 : fail(error);
}

} // namespace sdstudy::cli
