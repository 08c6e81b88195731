#include "widgets/abouttext.h"

#include "core/studylibrary.h"
#include "diagrams/diagramlayout.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QVariant>

#include <ksyntaxhighlighting_version.h>

namespace sdstudy::widgets {

namespace AboutText {

namespace {
// The translation context of the About box, as lupdate reads it.
struct AboutStrings
{
    Q_DECLARE_TR_FUNCTIONS(AboutText)
};
} // namespace

void show(QWidget *parent, core::StudyLibrary &library)
{
    const QString sqlite = library.database().sqliteVersion();
    QMessageBox::about(
        parent, AboutStrings::tr("About System Design Study"),
        AboutStrings::tr(
            "<h3>System Design Study %1</h3>"
            "<p>Study system-design interview questions offline: browse, search, take notes, practise with "
            "spaced repetition and see the designs as diagrams.</p>"
            "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            "<p>Built on Qt %2 (widgets, SQL, charts, printing, SVG), KDE Syntax Highlighting %3, SQLite %4 "
            "with FTS5, Graphviz %5 and md4c.</p>"
            "<p>Your data: %6</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), sqlite, diagrams::DiagramLayout::graphvizVersion(),
                 library.database().path().toHtmlEscaped()));
}

} // namespace AboutText

} // namespace sdstudy::widgets
