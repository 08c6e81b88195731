#include "cli/commandline.h"

#include "cli/clioutput.h"
#include "core/backupsettings.h"
#include "core/database.h"
#include "core/studylibrary.h"

#include <QCoreApplication>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::Text;

namespace {

QCommandLineOption parserOption(const CommandLine::Option &option)
{
    return QCommandLineOption(QString(option.name), QString(), QString(option.valueName), QString(option.defaultValue));
}

const QCommandLineOption &helpOption()
{
    static const QCommandLineOption option({u"h"_s, u"help"_s}, QString());
    return option;
}

const QCommandLineOption &versionOption()
{
    static const QCommandLineOption option({u"v"_s, u"version"_s}, QString());
    return option;
}

QCommandLineParser &parserFor(QCommandLineParser &parser, const QList<CommandLine::Option> &options)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList names;
    for (const CommandLine::Option &option : options) {
        if (names.contains(option.name))
            continue; // two commands take it
        names.append(option.name);
        parser.addOption(parserOption(option));
    }
    parser.addOption(helpOption());
    parser.addOption(versionOption());
    return parser;
}

// One way to call a command in the help: its synopsis, and the summary beside it
// in a column of its own, wrapped.
QString usageLines(const QString &synopsis, const QString &summary)
{
    constexpr qsizetype kSummaryColumn = 40;
    constexpr qsizetype kWidth = 92;
    QString text;
    const QStringList synopsisLines = synopsis.split(u'\n');
    for (qsizetype i = 0; i + 1 < synopsisLines.size(); ++i)
        text += "  "_L1 + synopsisLines[i] + u'\n';
    QString line = "  "_L1 + synopsisLines.last();
    if (line.size() + 1 > kSummaryColumn) { // a long synopsis has the summary below it
        text += line + u'\n';
        line.clear();
    }
    line = line.leftJustified(kSummaryColumn);
    bool lineHasWords = false;
    for (const QString &word : summary.split(u' ', Qt::SkipEmptyParts)) {
        if (lineHasWords && line.size() + 1 + word.size() > kWidth) {
            text += line + u'\n';
            line = QString(kSummaryColumn, u' ');
            lineHasWords = false;
        }
        if (lineHasWords)
            line += u' ';
        line += word;
        lineHasWords = true;
    }
    return text + line + u'\n';
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool CommandLine::isCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == "--db"_L1) {
            ++i; // its value
            continue;
        }
        if (a.startsWith("--db="_L1))
            continue;
        return true; // anything else is a command, an option of one, or a mistake to report
    }
    return false;
}

const CommandLine::Command *CommandLine::find(QStringView name)
{
    const auto &table = commands();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const Command &c) { return c.name == name; });
    return it == table.cend() ? nullptr : &*it;
}

std::optional<CommandLine::Parsed> CommandLine::parse(const QStringList &arguments, QString *error)
{
    // First with every command's options, to find the command wherever its options stand.
    QList<Option> everyOption = commonOptions();
    for (const Command &command : commands())
        everyOption += command.options;
    QCommandLineParser parser;
    if (!parserFor(parser, everyOption).parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Parsed parsed;
    parsed.help = parser.isSet(helpOption());
    parsed.version = parser.isSet(versionOption());
    parsed.optionNames = parser.optionNames();
    parsed.args = parser.positionalArguments();
    if (!parsed.args.isEmpty()) {
        parsed.word = parsed.args.takeFirst();
        parsed.command = find(parsed.word);
    }
    return parsed;
}

bool CommandLine::needsTextLayout(const QStringList &arguments)
{
    // Sheets, diagrams and Anki cards lay text out, which takes QtGui (offscreen, no display).
    QString error;
    const auto parsed = parse(arguments, &error);
    if (!parsed || !parsed->command)
        return false;
    const Command &command = *parsed->command;
    return command.textLayout || (!command.textLayoutFor.isEmpty() && parsed->args.value(0) == command.textLayoutFor);
}

QString CommandLine::helpText()
{
    QString text = Text::tr("Usage: sdstudy [--db FILE] [COMMAND [ARGS]]") + "\n\n"_L1
        + Text::tr("Without a command, opens the window. Commands run without a display:") + u'\n';
    for (const Command &command : commands()) {
        for (const Usage &usage : command.usages)
            text += usageLines(QString(usage.synopsis), Text::tr(usage.summary));
    }
    return text + u'\n'
        + Text::tr("Options:\n"
                   "  --db FILE          use this database instead of the one in the app's data folder\n"
                   "  --backup-dir DIR   keep backups here (default: \"backups\" beside the database)\n"
                   "  --json             print JSON (the keys are documented in README.md)\n"
                   "  -h, --help         show this help\n"
                   "  -v, --version      show the version\n")
        + u'\n' + Text::tr("Flags: %1").arg(CliOutput::flagNames()) + u'\n';
}

int CommandLine::usage(const QString &message)
{
    m_err << Text::tr("sdstudy: %1").arg(message) << '\n' << Text::tr("Try 'sdstudy --help'.") << '\n';
    m_err.flush();
    return 2;
}

int CommandLine::fail(const QString &message)
{
    m_err << Text::tr("sdstudy: %1").arg(message) << '\n';
    m_err.flush();
    return 1;
}

int CommandLine::run(const QStringList &arguments)
{
    QString error;
    const auto parsed = parse(arguments, &error);
    if (!parsed)
        return usage(error);
    if (parsed->help || parsed->word == "help"_L1) {
        m_out << helpText();
        return 0;
    }
    if (parsed->version) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (parsed->word.isEmpty())
        return usage(Text::tr("no command given"));
    if (!parsed->command)
        return usage(Text::tr("unknown command \"%1\"").arg(parsed->word));
    const Command &command = *parsed->command;

    // Then with the command's own options, so that each has its own defaults.
    const QList<Option> options = commonOptions() + command.options;
    for (const QString &name : parsed->optionNames) {
        if (std::none_of(options.cbegin(), options.cend(), [&](const Option &o) { return o.name == name; }))
            return usage(Text::tr("%1 does not take --%2").arg(parsed->word, name));
    }
    QCommandLineParser parser;
    if (!parserFor(parser, options).parse(arguments))
        return usage(parser.errorText());
    // The window and the command line share the backup folder a person chose.
    const Call call {
        parsed->args,
        parser,
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : core::Database::defaultPath(),
        parser.isSet(u"backup-dir"_s) ? parser.value(u"backup-dir"_s) : core::BackupSettings::load().folder,
    };
    if (command.misuse) {
        if (const QString misuse = command.misuse(call); !misuse.isEmpty())
            return usage(misuse);
    }
    return runCommand(command, call);
}

int CommandLine::runCommand(const Command &command, const Call &call)
{
    if (command.data == Command::Data::None)
        return (this->*command.withoutLibrary)(call);
    core::StudyLibrary library;
    core::StudyLibrary::Options options;
    const bool writes = command.data == Command::Data::Writes && !(command.onlyReads && command.onlyReads(call));
    options.access = writes ? core::StudyLibrary::Access::Exclusive : core::StudyLibrary::Access::Shared;
    options.backupFolder = call.backupFolder;
    QString error;
    if (!library.open(call.databasePath, &error, options))
        return fail(error);
    if (!library.recoveryReport().isEmpty())
        m_err << Text::tr("sdstudy: %1").arg(library.recoveryReport()) << '\n';
    return (this->*command.withLibrary)(library, call);
}

} // namespace sdstudy::cli
