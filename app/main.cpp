// Wires the libraries together: a command runs headless, anything else opens the window.

#include "charts/conceptchartview.h"
#include "charts/diagramimages.h"
#include "cli/commandline.h"
#include "core/backupsettings.h"
#include "core/database.h"
#include "core/studylibrary.h"
#include "core/translations.h"
#include "widgets/backgroundfilecheck.h"
#include "widgets/firstpaintprobe.h"
#include "widgets/mainwindow.h"
#include "widgets/shutdownsaver.h"
#include "widgets/singleinstance.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

using namespace sdstudy;

namespace {

// Long enough for the first screen to settle; the check then runs beside the person.
constexpr auto kFileCheckDelay = std::chrono::seconds(2);

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sdstudy"));
    QCoreApplication::setApplicationName(QStringLiteral("sdstudy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDSTUDY_VERSION));
}

QString databasePathFrom(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    parser.addOption(db);
    parser.parse(arguments);
    return parser.isSet(db) ? parser.value(db) : core::Database::defaultPath();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cli::CommandLine::isCommand(arguments)) {
        QTextStream out(stdout), err(stderr);
        if (cli::CommandLine::needsTextLayout(arguments)) {
            // Lays out text and draws charts (which are widgets), shows nothing.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            describeApplication();
            core::Translations::install(QString()); // commands speak the environment's language
            cli::CommandLine commandLine(out, err);
            commandLine.setChartWriter(&charts::ConceptChartView::writeChart);
            commandLine.setDiagramImages([](const QStringList &ids, bool narrowColumns) {
                return charts::DiagramImages::forQuestions(ids, narrowColumns ? 2 : 1);
            });
            return commandLine.run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        core::Translations::install(QString());
        return cli::CommandLine(out, err).run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    core::Translations::install(core::Translations::savedChoice());
    const QString appId = QStringLiteral("io.github.sdstudy.SystemDesignStudy");
    QGuiApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(QIcon::fromTheme(appId, QIcon(QStringLiteral(":/icons/%1.svg").arg(appId))));
    widgets::Theme::applySaved();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "System Design Study"));

    const QString databasePath = databasePathFrom(app.arguments());
    core::StudyLibrary library;
    core::StudyLibrary::Options options;
    options.backupFolder = core::BackupSettings::load().folder;
    QString error;
    if (!library.open(databasePath, &error, options)) {
        // Already open in another window: bring that one forward instead.
        if (library.lockHolder() != 0 && widgets::SingleInstance::activateRunning(databasePath))
            return 0;
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Study Database"), error);
        return 1;
    }
    widgets::FirstPaintProbe::installIfRequested();
    widgets::MainWindow window(library);
    widgets::ShutdownSaver saver(window);
    QObject::connect(&saver, &widgets::ShutdownSaver::shutdownRequested, &app, &QCoreApplication::quit);
    widgets::SingleInstance instance(databasePath, &window);
    window.show();
    // The file is read whole after the first paint, unless open() had to already.
    if (!library.checkedWholeFile()) {
        auto *check = new widgets::BackgroundFileCheck(databasePath, &window);
        QTimer::singleShot(kFileCheckDelay, check, &widgets::BackgroundFileCheck::start);
    }
    if (!library.recoveryReport().isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Study Database Repaired"),
                             library.recoveryReport());
    return app.exec();
}
