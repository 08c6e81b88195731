// The commands that move data in and out: import, export, print, backup and restore.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/backupmanager.h"
#include "core/backupsettings.h"
#include "core/inputfile.h"
#include "core/progressfile.h"
#include "core/studylibrary.h"
#include "diagrams/sketchgeometry.h"
#include "sheets/ankiexchange.h"
#include "sheets/sheetrenderer.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::Text;

int CommandLine::importFile(core::StudyLibrary &library, const Call &call)
{
    if (call.args.size() == 2 && call.args.first() == QLatin1String("progress"))
        return importProgress(library, call.args.at(1));
    if (call.args.size() == 2 && call.args.first() == QLatin1String("anki"))
        return importAnki(library, call.args.at(1));
    if (call.args.size() != 1)
        return usage(Text::tr("import takes one bank file, or: import progress FILE, or: import anki FILE"));
    return importBank(library, call);
}

int CommandLine::exportData(core::StudyLibrary &library, const Call &call)
{
    const QStringList kinds = {QStringLiteral("progress"), QStringLiteral("anki")};
    if (call.args.size() != 2 || !kinds.contains(call.args.first()))
        return usage(Text::tr("use: export progress FILE, or: export anki FILE"));
    const QByteArray content = call.args.first() == QLatin1String("anki") ? sheets::AnkiExchange::write(library)
                                                                          : core::ProgressFile::write(library);
    QSaveFile file(call.args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        return fail(Text::tr("%1: cannot write the file: %2").arg(call.args.at(1), file.errorString()));
    return 0;
}

int CommandLine::importAnki(core::StudyLibrary &library, const QString &path)
{
    QString error;
    const auto bytes = core::InputFile::read(path, sheets::AnkiExchange::kMostBytes, &error);
    if (!bytes)
        return fail(error);
    const auto report = sheets::AnkiExchange::read(*bytes, path, library);
    if (!report.error.isEmpty())
        return fail(report.error);
    m_out << Text::tr("New cards: %1, flags brought back: %2, already there: %3.")
                 .arg(report.added)
                 .arg(report.flagged)
                 .arg(report.unchanged)
          << '\n';
    return 0;
}

int CommandLine::print(core::StudyLibrary &library, const Call &call)
{
    // The options were checked before the library opened (printMisuse).
    const QString pdf = call.value("pdf"_L1);
    sheets::SheetOptions options;
    options.answers = call.isSet("answers"_L1);
    options.notes = call.isSet("notes"_L1);
    options.columns = call.value("columns"_L1).toInt();
    options.paper = call.value("paper"_L1).toLower() == "letter"_L1 ? QPageSize::Letter : QPageSize::A4;
    options.fontSize = call.value("font-size"_L1).toDouble();

    sheets::SheetRequest request {call.values("topic"_L1),
                                  call.isSet("bookmarked"_L1),
                                  call.value("flag"_L1),
                                  call.value("search"_L1),
                                  call.isSet("misses"_L1),
                                  options.answers,
                                  {},
                                  {}};
    if (call.isSet("diagrams"_L1) && m_diagramImages) {
        const bool narrow = options.columns > 1;
        request.diagramImages = [this, narrow](const QStringList &ids) { return m_diagramImages(ids, narrow); };
    }
    if (options.notes) // the person's own: notes and sketches
        request.sketchImage = [](const core::Sketch &sketch) {
            return diagrams::SketchGeometry::printPicture(sketch, QGuiApplication::font());
        };
    QList<sheets::SheetItem> items;
    QString error;
    if (!request.collect(library, &items, &error))
        return fail(error);
    if (items.isEmpty())
        return fail(Text::tr("no questions to print for %1").arg(request.describe()));
    options.title = request.describe(items);
    QPdfWriter writer(pdf);
    writer.setResolution(300);
    writer.setTitle(Text::tr("System Design Study: %1").arg(options.title));
    writer.setCreator(QStringLiteral("System Design Study %1").arg(QCoreApplication::applicationVersion()));
    sheets::SheetRenderer renderer(items, options);
    renderer.setAttachmentSource(library.attachments().reader());
    const int pages = renderer.paint(writer);
    // Two counts, each with its own plural form, joined by a sentence of their own.
    m_out << Text::tr("%1: %2 on %3", "file: N questions on N pages")
                 .arg(pdf, Text::tr("%n question(s)", nullptr, int(items.size())),
                      Text::tr("%n page(s)", nullptr, pages))
          << '\n';
    return 0;
}

int CommandLine::importProgress(core::StudyLibrary &library, const QString &path)
{
    QString error;
    const auto bytes = core::InputFile::read(path, core::ProgressFile::kMostBytes, &error);
    if (!bytes)
        return fail(error);
    // A merge changes much at once: a backup first, so `restore` can take it back.
    const auto backup = core::BackupManager(library.backupFolder(), core::BackupSettings::load().recentToKeep)
                            .backUp(library.database(), &error);
    if (!backup)
        return fail(Text::tr("nothing was imported: the backup taken before an import failed: %1").arg(error));
    const auto report = core::ProgressFile::read(*bytes, path, library);
    if (!report.error.isEmpty())
        return fail(report.error);
    m_out << Text::tr("Backed up first to %1.").arg(*backup) << '\n';
    m_out << Text::tr("Added %1, updated %2, already there %3.")
                 .arg(report.added)
                 .arg(report.updated)
                 .arg(report.unchanged)
          << '\n';
    for (const QString &line : core::ProgressFile::notices(report))
        m_out << line << '\n';
    return 0;
}

int CommandLine::backup(core::StudyLibrary &library, const Call &call)
{
    if (!call.args.isEmpty())
        return usage(Text::tr("backup takes no arguments"));
    QString error;
    const auto path = core::BackupManager(library.backupFolder(), core::BackupSettings::load().recentToKeep)
                          .backUp(library.database(), &error);
    if (!path)
        return fail(error);
    m_out << *path << '\n';
    return 0;
}

int CommandLine::restore(const Call &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("restore takes one backup file"));
    QString error;
    const auto aside = core::StudyLibrary::restore(call.args.first(), call.databasePath, &error);
    if (!aside)
        return fail(error);
    m_out << Text::tr("Restored %1.").arg(call.args.first()) << '\n';
    if (!aside->isEmpty())
        m_out << Text::tr("The database it replaced is kept as %1.").arg(*aside) << '\n';
    return 0;
}

} // namespace sdstudy::cli
