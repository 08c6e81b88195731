#pragma once

#include <QCommandLineParser>
#include <QImage>
#include <QLatin1StringView>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace sdstudy::core {
class StudyLibrary;
struct QuestionRecord;
} // namespace sdstudy::core

namespace sdstudy::diagrams {
struct DiagramFile;
} // namespace sdstudy::diagrams

namespace sdstudy::cli {

// The `sdstudy COMMAND ...` interface. Output with --json is a public contract:
// keys are only ever added, never renamed or removed (see README.md).
//
// Each command is one entry in the table (commandtable.cpp) and one handler. The
// help text, the lock a command takes and whether it lays out text all come from
// the table, and each handler reads its own options.
class CommandLine final
{
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    // Charts are drawn with Qt Charts, which needs widgets: the program that has
    // them hands the command line a way to write one (PNG, or SVG when `svg`).
    using ChartWriter
        = std::function<bool(const diagrams::DiagramFile &chart, const QString &path, bool svg, QString *error)>;
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

    // An option a command takes: a switch when it has no value name.
    struct Option
    {
        QLatin1StringView name;
        QLatin1StringView valueName = {};
        QLatin1StringView defaultValue = {};
    };
    // One way to call a command, as the help shows it: the synopsis is syntax and
    // stays in English; the summary is translated (QT_TRANSLATE_NOOP("CommandLine")).
    struct Usage
    {
        QLatin1StringView synopsis;
        const char *summary;
    };
    // One run of a command: the words after the command's name, and its options.
    struct Call
    {
        QStringList args;
        const QCommandLineParser &options;
        QString databasePath;
        QString backupFolder;

        bool json() const { return isSet(QLatin1StringView("json")); }
        bool isSet(QLatin1StringView option) const { return options.isSet(QString(option)); }
        QString value(QLatin1StringView option) const { return options.value(QString(option)); }
        QStringList values(QLatin1StringView option) const { return options.values(QString(option)); }
    };
    // One entry per command: how it is called, what it needs and who handles it.
    struct Command
    {
        enum class Data {
            None,   // needs no database
            Reads,  // opens it read-only, beside a window
            Writes, // takes the writer's lock
        };
        QLatin1StringView name;
        QList<Usage> usages = {};
        QList<Option> options = {};
        Data data;
        // Set for a command that writes only sometimes: true when this call only reads.
        bool (*onlyReads)(const Call &) = nullptr;
        // Set for a command whose options can be wrong: what is wrong, or empty.
        // Run before the database is opened.
        QString (*misuse)(const Call &) = nullptr;
        // Lays out text or draws (a QGuiApplication, offscreen): always, or only
        // when the first argument is this word.
        bool textLayout = false;
        QLatin1StringView textLayoutFor = {};
        int (CommandLine::*withLibrary)(core::StudyLibrary &, const Call &) = nullptr;
        int (CommandLine::*withoutLibrary)(const Call &) = nullptr;
    };
    static const QList<Command> &commands();
    // Options every command takes, before or after its name.
    static const QList<Option> &commonOptions();
    static QString helpText();

private:
    static const Command *find(QStringView name);
    // The command named by the arguments and the words after its name, or nullopt
    // when the arguments do not parse (with the parser's error in `error`).
    struct Parsed
    {
        const Command *command = nullptr;
        QString word;
        QStringList args;
        QStringList optionNames;
        bool help = false;
        bool version = false;
    };
    static std::optional<Parsed> parse(const QStringList &arguments, QString *error);

    // Library commands, in librarycommands.cpp.
    int topics(core::StudyLibrary &library, const Call &call);
    int show(core::StudyLibrary &library, const Call &call);
    int search(core::StudyLibrary &library, const Call &call);
    int bookmark(core::StudyLibrary &library, const Call &call);
    int bookmarks(core::StudyLibrary &library, const Call &call);
    int note(core::StudyLibrary &library, const Call &call);
    int notes(core::StudyLibrary &library, const Call &call);
    // Concept commands, in conceptcommands.cpp.
    int concepts(core::StudyLibrary &library, const Call &call);
    int conceptChange(core::StudyLibrary &library, const Call &call);
    // Bank commands, in bankcommands.cpp.
    int importBank(core::StudyLibrary &library, const Call &call);
    int banks(core::StudyLibrary &library, const Call &call);
    int bank(core::StudyLibrary &library, const Call &call);
    // Exchange commands, in exchangecommands.cpp.
    int importFile(core::StudyLibrary &library, const Call &call);
    int importProgress(core::StudyLibrary &library, const QString &path);
    int importAnki(core::StudyLibrary &library, const QString &path);
    int exportData(core::StudyLibrary &library, const Call &call);
    int print(core::StudyLibrary &library, const Call &call);
    int backup(core::StudyLibrary &library, const Call &call);
    int restore(const Call &call);
    // Study commands, in studycommands.cpp.
    int quizPlan(core::StudyLibrary &library, const Call &call);
    int review(core::StudyLibrary &library, const Call &call);
    int schedule(const Call &call);
    int drill(const Call &call);
    int stats(core::StudyLibrary &library, const Call &call);
    int optimize(core::StudyLibrary &library, const Call &call);
    int simulate(core::StudyLibrary &library, const Call &call);
    int interviewPlan(core::StudyLibrary &library, const Call &call);
    // Diagram commands, in diagramcommands.cpp.
    int diagrams(const Call &call);
    int diagram(const Call &call);
    int sketch(core::StudyLibrary &library, const Call &call);
    int compare(core::StudyLibrary &library, const Call &call);

    int runCommand(const Command &command, const Call &call);
    std::optional<QString> questionId(core::StudyLibrary &library, const QString &reference);
    // The question a reference names, or nullopt once the person has been told why not.
    std::optional<core::QuestionRecord> questionRecord(core::StudyLibrary &library, const QString &reference);
    int fail(const QString &message);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    ChartWriter m_chartWriter;
    DiagramImages m_diagramImages;
};

} // namespace sdstudy::cli
