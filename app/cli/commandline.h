#pragma once

#include "core/backupmanager.h"

#include <QImage>
#include <QPageSize>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class StudyLibrary;
struct QuestionRecord;
struct DiagramFile;

// The `sdstudy COMMAND ...` interface. Output with --json is a public contract:
// keys are only ever added, never renamed or removed (see README.md).
class CommandLine final
{
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    // Charts are drawn with Qt Charts, which needs widgets: the program that has
    // them hands the command line a way to write one (PNG, or SVG when `svg`).
    using ChartWriter = std::function<bool(const DiagramFile &chart, const QString &path, bool svg, QString *error)>;
    void setChartWriter(ChartWriter writer) { m_chartWriter = std::move(writer); }
    // Likewise the pictures of a question's diagrams for `print --diagrams`.
    using DiagramImages = std::function<QList<QImage>(const QStringList &phrasingIds, bool narrowColumns)>;
    void setDiagramImages(DiagramImages images) { m_diagramImages = std::move(images); }

    // True when the arguments ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);
    // True when the command lays out text and so needs a QGuiApplication.
    static bool needsTextLayout(const QStringList &arguments);

    // Runs the command and returns the process exit code: 0 done, 1 failed, 2 misused.
    int run(const QStringList &arguments);

private:
    // One command's arguments and options, parsed.
    struct Invocation
    {
        QString command;
        QStringList args;
        bool json = false;
        int limit = 20;
        QString flag;
        bool clear = false;
        std::optional<QString> setText;
        QString file;
        QString databasePath;
        QString backupFolder;
        int recentBackupsToKeep = BackupManager::kRecentToKeep;
        // print
        QStringList topics;
        bool bookmarked = false;
        QString search;
        bool misses = false;
        bool answers = false;
        bool notes = false;
        bool diagrams = false;
        int columns = 1;
        QPageSize::PageSizeId paper = QPageSize::A4;
        qreal fontSize = 10;
        QString pdf;
        QString png;
        QString svg;
        // study
        QString scope;
        int size = 0;
        QString at;
        QString history;
        double retention = 0.9;
    };

    // One entry per command: what it needs and who handles it. The dispatch, the
    // lock a command takes and whether it lays out text all come from here.
    struct Command
    {
        enum class Data {
            None,   // needs no database (restore, schedule, diagrams, diagram)
            Reads,  // opens it read-only, beside a window
            Writes, // takes the writer's lock
        };
        QLatin1StringView name;
        Data data;
        bool textLayout; // lays out text or draws (a QGuiApplication, offscreen)
        int (CommandLine::*withLibrary)(StudyLibrary &, const Invocation &) = nullptr;
        int (CommandLine::*withoutLibrary)(const Invocation &) = nullptr;
    };
    static const QList<Command> &commands();
    static const Command *find(QStringView name);
    // The command word of a command line: the first argument that is not --db or its value.
    static QString commandWord(const QStringList &arguments);

    int topics(StudyLibrary &library, const Invocation &call);
    int show(StudyLibrary &library, const Invocation &call);
    int search(StudyLibrary &library, const Invocation &call);
    int importBank(StudyLibrary &library, const Invocation &call);
    int bookmark(StudyLibrary &library, const Invocation &call);
    int bookmarks(StudyLibrary &library, const Invocation &call);
    int note(StudyLibrary &library, const Invocation &call);
    int notes(StudyLibrary &library, const Invocation &call);
    int backup(StudyLibrary &library, const Invocation &call);
    int exportData(StudyLibrary &library, const Invocation &call);
    int importAnki(StudyLibrary &library, const QString &path);
    int print(StudyLibrary &library, const Invocation &call);
    int importProgress(StudyLibrary &library, const QString &path);
    int restore(const Invocation &call);
    // Study commands, in studycommands.cpp.
    int quizPlan(StudyLibrary &library, const Invocation &call);
    int review(StudyLibrary &library, const Invocation &call);
    int schedule(const Invocation &call);
    int stats(StudyLibrary &library, const Invocation &call);
    // Diagram commands, in diagramcommands.cpp.
    int diagrams(const Invocation &call);
    int diagram(const Invocation &call);

    std::optional<QString> questionId(StudyLibrary &library, const QString &reference);
    // The question a reference names, or nullopt once the person has been told why not.
    std::optional<QuestionRecord> questionRecord(StudyLibrary &library, const QString &reference);
    int fail(const QString &message);
    int usage(const QString &message);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    ChartWriter m_chartWriter;
    DiagramImages m_diagramImages;
};
