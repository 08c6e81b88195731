#include "cli/commandline.h"

#include "cli/clioutput.h"
#include "core/backupmanager.h"
#include "core/backupsettings.h"
#include "core/database.h"
#include "core/flags.h"
#include "core/inputfile.h"
#include "core/progressfile.h"
#include "core/studylibrary.h"
#include "sheets/ankiexchange.h"
#include "sheets/sheetrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace {

using CliOutput::jsonText;
using CliOutput::Text;

QJsonArray numbersOf(const QList<int> &numbers)
{
    QJsonArray array;
    for (int n : numbers)
        array.append(n);
    return array;
}

QString variantsLine(const QList<int> &numbers)
{
    QStringList refs;
    for (int n : numbers)
        refs.append(QStringLiteral("#%1").arg(n));
    return refs.join(QStringLiteral(", "));
}

// A question that has left its bank has no number: null in JSON, not 0.
QJsonValue numberOf(const QuestionSummary &question)
{
    return question.id.isEmpty() ? QJsonValue() : QJsonValue(question.number);
}

QString flagNames()
{
    QStringList keys;
    for (const Flag &flag : Flags::all())
        keys.append(flag.key);
    return keys.join(QStringLiteral(", "));
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
        if (a == QLatin1String("--db")) {
            ++i; // its value
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")))
            continue;
        return true; // anything else is a command, an option of one, or a mistake to report
    }
    return false;
}

const QList<CommandLine::Command> &CommandLine::commands()
{
    using Data = Command::Data;
    using namespace Qt::StringLiterals;
    // Commands that change the person's data (Writes) need the database to themselves.
    static const QList<Command> table = {
        {"topics"_L1, Data::Reads, false, &CommandLine::topics},
        {"show"_L1, Data::Reads, false, &CommandLine::show},
        {"search"_L1, Data::Reads, false, &CommandLine::search},
        {"import"_L1, Data::Writes, false, &CommandLine::importBank},
        {"bookmark"_L1, Data::Writes, false, &CommandLine::bookmark},
        {"bookmarks"_L1, Data::Reads, false, &CommandLine::bookmarks},
        {"note"_L1, Data::Writes, false, &CommandLine::note},
        {"notes"_L1, Data::Reads, false, &CommandLine::notes},
        {"backup"_L1, Data::Writes, false, &CommandLine::backup},
        {"export"_L1, Data::Reads, false, &CommandLine::exportData},
        {"print"_L1, Data::Reads, true, &CommandLine::print},
        {"quiz-plan"_L1, Data::Reads, false, &CommandLine::quizPlan},
        {"review"_L1, Data::Writes, false, &CommandLine::review},
        {"stats"_L1, Data::Reads, false, &CommandLine::stats},
        {"restore"_L1, Data::None, false, nullptr, &CommandLine::restore},
        {"schedule"_L1, Data::None, false, nullptr, &CommandLine::schedule},
        {"diagrams"_L1, Data::None, false, nullptr, &CommandLine::diagrams},
        {"diagram"_L1, Data::None, true, nullptr, &CommandLine::diagram},
    };
    return table;
}

const CommandLine::Command *CommandLine::find(QStringView name)
{
    const auto &table = commands();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const Command &c) { return c.name == name; });
    return it == table.cend() ? nullptr : &*it;
}

QString CommandLine::commandWord(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (find(argument))
            return argument;
    }
    return {};
}

bool CommandLine::needsTextLayout(const QStringList &arguments)
{
    // Sheets, diagrams and Anki cards lay text out, which takes QtGui (offscreen, no display).
    const Command *command = find(commandWord(arguments));
    if (!command)
        return false;
    const bool ankiCards = (command->name == QLatin1String("import") || command->name == QLatin1String("export"))
        && arguments.contains(QLatin1String("anki"));
    return command->textLayout || ankiCards;
}

QString CommandLine::helpText() const
{
    return Text::tr("Usage: sdstudy [--db FILE] [COMMAND [ARGS]]\n"
                    "\n"
                    "Without a command, opens the window. Commands run without a display:\n"
                    "  topics [--json]                      the topic tree with question counts\n"
                    "  show ID [--json]                     one question: ID is its number in the bundled\n"
                    "                                       bank, BANK:N for another bank, or its stable id\n"
                    "  search QUERY [--limit N] [--json]    questions matching QUERY, best first; QUERY may\n"
                    "                                       hold is:bookmarked, flag:NAME, has:note, topic:NAME\n"
                    "  import FILE.md                       add a bank in the \"### N. Question\" shape\n"
                    "  bookmark ID [--flag NAME | --clear]  bookmark a question, with a flag, or clear it\n"
                    "  bookmarks [--json]                   every bookmark, by flag\n"
                    "  note ID [--set TEXT | --file F]      print a question's note, or set it (\"\" deletes;\n"
                    "                                       F may be - for standard input)\n"
                    "  notes [--json]                       every note\n"
                    "  notes export FILE.md                 every note in one Markdown file, by topic\n"
                    "  export progress FILE                 bookmarks and notes in one file, for another computer\n"
                    "  import progress FILE                 merge such a file in: new is added, newer replaces older\n"
                    "  export anki FILE                     cards for Anki and AnkiDroid, as text Anki imports\n"
                    "  import anki FILE                     such a file back: flags return, new cards become a bank\n"
                    "  print --pdf FILE [--topic NAME ...] [--bookmarked | --flag NAME | --search Q | --misses]\n"
                    "        [--answers] [--notes] [--diagrams] [--columns 1|2] [--paper a4|letter]\n"
                    "        [--font-size PT]               a topic sheet as PDF (questions only unless --answers)\n"
                    "  quiz-plan [--scope KEY] [--size N] [--json]\n"
                    "                                       what a study session would ask, in order; KEY is\n"
                    "                                       study-now (default), all, due, new, weak, misses,\n"
                    "                                       bookmarked, flag:NAME or topic:NAME[;NAME...]\n"
                    "  review ID RATING [--at TIME] [--json] record an answer: RATING 1-4 or again, hard,\n"
                    "                                       good, easy; TIME in ISO 8601 (default: now)\n"
                    "  schedule --history \"TIME=RATING,...\" [--retention R] [--json]\n"
                    "                                       the scheduler on a new card with that history\n"
                    "                                       (FSRS-6 defaults, no fuzz); needs no database\n"
                    "  stats [--json]                       today's numbers, streak, forecast, topics\n"
                    "  diagrams [--json]                    every diagram: name, kind, title, questions\n"
                    "  diagram NAME --png FILE | --svg FILE  draw one diagram as a picture\n"
                    "  backup                               back up the database now\n"
                    "  restore FILE                         put a backup in place, keeping the current file\n"
                    "\n"
                    "Options:\n"
                    "  --db FILE          use this database instead of the one in the app's data folder\n"
                    "  --backup-dir DIR   keep backups here (default: \"backups\" beside the database)\n"
                    "  --json             print JSON (the keys are documented in README.md)\n"
                    "  -h, --help         show this help\n"
                    "  -v, --version      show the version\n"
                    "\n"
                    "Flags: %1\n")
        .arg(flagNames());
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
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), Text::tr("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption backupDirOption(QStringLiteral("backup-dir"), Text::tr("Backup folder."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), Text::tr("Most results."), QStringLiteral("N"),
                                         QStringLiteral("20"));
    const QCommandLineOption flagOption(QStringLiteral("flag"), Text::tr("Flag."), QStringLiteral("NAME"));
    const QCommandLineOption clearOption(QStringLiteral("clear"), Text::tr("Clear the bookmark."));
    const QCommandLineOption setOption(QStringLiteral("set"), Text::tr("Note text."), QStringLiteral("TEXT"));
    const QCommandLineOption fileOption(QStringLiteral("file"), Text::tr("Note file."), QStringLiteral("F"));
    const QCommandLineOption topicOption(QStringLiteral("topic"), Text::tr("Topic to print."), QStringLiteral("NAME"));
    const QCommandLineOption bookmarkedOption(QStringLiteral("bookmarked"), Text::tr("Bookmarked questions."));
    const QCommandLineOption searchOption(QStringLiteral("search"), Text::tr("Questions found by a search."),
                                          QStringLiteral("Q"));
    const QCommandLineOption missesOption(QStringLiteral("misses"),
                                          Text::tr("Questions missed in the last study session."));
    const QCommandLineOption answersOption(QStringLiteral("answers"), Text::tr("Print the answers."));
    const QCommandLineOption notesOption(QStringLiteral("notes"), Text::tr("Print your notes."));
    const QCommandLineOption diagramsOption(QStringLiteral("diagrams"), Text::tr("Print diagrams."));
    const QCommandLineOption columnsOption(QStringLiteral("columns"), Text::tr("1 or 2."), QStringLiteral("N"),
                                           QStringLiteral("1"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), Text::tr("a4 or letter."), QStringLiteral("SIZE"),
                                         QStringLiteral("a4"));
    const QCommandLineOption fontSizeOption(QStringLiteral("font-size"), Text::tr("Points."), QStringLiteral("PT"),
                                            QStringLiteral("10"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), Text::tr("PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption pngOption(QStringLiteral("png"), Text::tr("PNG file to write."), QStringLiteral("FILE"));
    const QCommandLineOption svgOption(QStringLiteral("svg"), Text::tr("SVG file to write."), QStringLiteral("FILE"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"), Text::tr("Study scope."), QStringLiteral("KEY"),
                                         QStringLiteral("study-now"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Text::tr("Most questions."), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption atOption(QStringLiteral("at"), Text::tr("Time of the answer."), QStringLiteral("TIME"));
    const QCommandLineOption historyOption(QStringLiteral("history"), Text::tr("Review history."), QStringLiteral("H"));
    const QCommandLineOption retentionOption(QStringLiteral("retention"), Text::tr("Desired retention."),
                                             QStringLiteral("R"), QStringLiteral("0.9"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Text::tr("Show the version."));
    parser.addOptions({dbOption,      backupDirOption, jsonOption,     limitOption,      flagOption,    clearOption,
                       setOption,     fileOption,      topicOption,    bookmarkedOption, searchOption,  missesOption,
                       answersOption, notesOption,     diagramsOption, columnsOption,    paperOption,   fontSizeOption,
                       pdfOption,     scopeOption,     sizeOption,     atOption,         historyOption, retentionOption,
                       pngOption,     svgOption,       helpOption,     versionOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());

    if (parser.isSet(helpOption)) {
        m_out << helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    Invocation call;
    call.args = parser.positionalArguments();
    if (call.args.isEmpty())
        return usage(Text::tr("no command given"));
    call.command = call.args.takeFirst();
    if (call.command == QLatin1String("help")) {
        m_out << helpText();
        return 0;
    }
    const Command *command = find(call.command);
    if (!command)
        return usage(Text::tr("unknown command \"%1\"").arg(call.command));

    bool limitOk = false;
    call.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || call.limit < 1)
        return usage(Text::tr("--limit takes a whole number of at least 1"));
    call.json = parser.isSet(jsonOption);
    call.flag = parser.value(flagOption);
    call.clear = parser.isSet(clearOption);
    if (parser.isSet(setOption))
        call.setText = parser.value(setOption);
    call.file = parser.value(fileOption);
    call.topics = parser.values(topicOption);
    call.bookmarked = parser.isSet(bookmarkedOption);
    call.search = parser.value(searchOption);
    call.misses = parser.isSet(missesOption);
    call.answers = parser.isSet(answersOption);
    call.notes = parser.isSet(notesOption);
    call.diagrams = parser.isSet(diagramsOption);
    call.pdf = parser.value(pdfOption);
    call.png = parser.value(pngOption);
    call.svg = parser.value(svgOption);
    call.columns = parser.value(columnsOption).toInt();
    if (call.columns != 1 && call.columns != 2)
        return usage(Text::tr("--columns takes 1 or 2"));
    const QString paper = parser.value(paperOption).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return usage(Text::tr("--paper takes a4 or letter"));
    call.paper = paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    bool fontOk = false;
    call.fontSize = parser.value(fontSizeOption).toDouble(&fontOk);
    if (!fontOk || call.fontSize < 6 || call.fontSize > 24)
        return usage(Text::tr("--font-size takes a size in points from 6 to 24"));
    call.databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    // The window and the command line share the backup folder a person chose.
    const BackupSettings backupSettings = BackupSettings::load();
    call.backupFolder = parser.isSet(backupDirOption) ? parser.value(backupDirOption) : backupSettings.folder;
    call.recentBackupsToKeep = backupSettings.recentToKeep;

    call.scope = parser.value(scopeOption);
    bool sizeOk = false;
    call.size = parser.value(sizeOption).toInt(&sizeOk);
    if (!sizeOk || call.size < 0)
        return usage(Text::tr("--size takes a whole number (0: no limit)"));
    call.at = parser.value(atOption);
    call.history = parser.value(historyOption);
    bool retentionOk = false;
    call.retention = parser.value(retentionOption).toDouble(&retentionOk);
    if (!retentionOk || call.retention < 0.7 || call.retention > 0.99)
        return usage(Text::tr("--retention takes a number from 0.70 to 0.99"));

    if (command->data == Command::Data::None)
        return (this->*command->withoutLibrary)(call);

    StudyLibrary library;
    StudyLibrary::Options options;
    // `note ID` alone only prints the note: a reader, beside a window too.
    const bool onlyReadsANote = call.command == QLatin1String("note") && !call.setText && call.file.isEmpty();
    options.access = command->data == Command::Data::Writes && !onlyReadsANote ? StudyLibrary::Access::Exclusive
                                                                               : StudyLibrary::Access::Shared;
    options.backupFolder = call.backupFolder;
    QString error;
    if (!library.open(call.databasePath, &error, options))
        return fail(error);
    if (!library.recoveryReport().isEmpty())
        m_err << Text::tr("sdstudy: %1").arg(library.recoveryReport()) << '\n';
    return (this->*command->withLibrary)(library, call);
}

std::optional<QString> CommandLine::questionId(StudyLibrary &library, const QString &reference)
{
    const auto id = library.questions().resolve(reference);
    if (!id)
        fail(Text::tr("no question \"%1\"").arg(reference));
    return id;
}

std::optional<QuestionRecord> CommandLine::questionRecord(StudyLibrary &library, const QString &reference)
{
    const auto id = questionId(library, reference);
    if (!id)
        return std::nullopt;
    auto question = library.questions().question(*id);
    if (!question)
        fail(Text::tr("no question \"%1\"").arg(reference));
    return question;
}

int CommandLine::topics(StudyLibrary &library, const Invocation &call)
{
    const auto topics = library.questions().topicCounts();
    if (call.json) {
        QJsonArray array;
        for (const auto &t : topics) {
            QJsonArray subtopics;
            for (const auto &s : t.subtopics)
                subtopics.append(QJsonObject {{QStringLiteral("name"), s.name},
                                              {QStringLiteral("count"), s.count},
                                              {QStringLiteral("concepts"), s.concepts}});
            array.append(QJsonObject {{QStringLiteral("topic"), t.topic},
                                      {QStringLiteral("count"), t.count},
                                      {QStringLiteral("concepts"), t.concepts},
                                      {QStringLiteral("subtopics"), subtopics}});
        }
        m_out << jsonText(array);
        return 0;
    }
    for (const auto &t : topics) {
        m_out << Text::tr("%1 (%2)").arg(t.topic).arg(t.count) << '\n';
        for (const auto &s : t.subtopics)
            m_out << "  " << Text::tr("%1 (%2)").arg(s.name).arg(s.count) << '\n';
    }
    return 0;
}

int CommandLine::show(StudyLibrary &library, const Invocation &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("show takes one question ID"));
    const auto question = questionRecord(library, call.args.first());
    if (!question)
        return 1;
    if (call.json) {
        m_out << jsonText(QJsonObject {
            {QStringLiteral("id"), question->id},
            {QStringLiteral("bank"), question->bankKey},
            {QStringLiteral("number"), question->number},
            {QStringLiteral("title"), question->title},
            {QStringLiteral("topic"), question->topic},
            {QStringLiteral("subtopic"), question->subtopic},
            {QStringLiteral("answer"), question->answerMarkdown},
            {QStringLiteral("concept"), question->conceptId},
            {QStringLiteral("variants"), numbersOf(question->variants)},
        });
        return 0;
    }
    m_out << Text::tr("%1. %2").arg(question->number).arg(question->title) << '\n'
          << Text::tr("%1 > %2").arg(question->topic, question->subtopic) << "\n\n"
          << question->answerMarkdown << '\n';
    if (!question->variants.isEmpty())
        m_out << '\n' << Text::tr("Also asked as %1").arg(variantsLine(question->variants)) << '\n';
    return 0;
}

int CommandLine::search(StudyLibrary &library, const Invocation &call)
{
    if (call.args.isEmpty())
        return usage(Text::tr("search takes the words to look for"));
    const auto hits = library.search().search(call.args.join(QLatin1Char(' ')), call.limit);
    if (call.json) {
        QJsonArray array;
        for (const auto &h : hits)
            array.append(QJsonObject {{QStringLiteral("id"), h.id},
                                      {QStringLiteral("bank"), h.bankKey},
                                      {QStringLiteral("number"), h.number},
                                      {QStringLiteral("title"), h.title},
                                      {QStringLiteral("topic"), h.topic},
                                      {QStringLiteral("snippet"), h.snippet},
                                      {QStringLiteral("score"), h.score},
                                      {QStringLiteral("in_note"), h.inNote}});
        m_out << jsonText(array);
        return 0;
    }
    for (const auto &h : hits)
        m_out << h.reference().rightJustified(5) << "  " << h.title << "  [" << h.topic << "]\n";
    if (hits.isEmpty())
        m_err << Text::tr("No questions match.") << '\n';
    return 0;
}

int CommandLine::importBank(StudyLibrary &library, const Invocation &call)
{
    if (call.args.size() == 2 && call.args.first() == QLatin1String("progress"))
        return importProgress(library, call.args.at(1));
    if (call.args.size() == 2 && call.args.first() == QLatin1String("anki"))
        return importAnki(library, call.args.at(1));
    if (call.args.size() != 1)
        return usage(Text::tr("import takes one Markdown file, or: import progress FILE"));
    const auto outcome = library.importFile(call.args.first());
    if (!outcome.error.isEmpty())
        return fail(outcome.error);
    if (outcome.changed)
        m_out << Text::tr("Questions imported from %1: %2").arg(call.args.first()).arg(outcome.questionCount) << '\n';
    else
        m_out << Text::tr("%1 is already imported; nothing changed.").arg(call.args.first()) << '\n';
    return 0;
}

int CommandLine::bookmark(StudyLibrary &library, const Invocation &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("bookmark takes one question ID"));
    if (call.clear && !call.flag.isEmpty())
        return usage(Text::tr("bookmark takes --flag or --clear, not both"));
    const std::optional<Flag> flag = call.flag.isEmpty() ? std::nullopt : Flags::find(call.flag);
    if (!call.flag.isEmpty() && !flag)
        return usage(Text::tr("unknown flag \"%1\"; the flags are: %2").arg(call.flag, flagNames()));
    const auto id = questionId(library, call.args.first());
    if (!id)
        return 1;
    QString error;
    const bool done = call.clear ? library.bookmarks().clear(*id, &error)
                                 : library.bookmarks().set(*id, flag ? flag->key : QString(), &error);
    return done ? 0 : fail(error);
}

int CommandLine::bookmarks(StudyLibrary &library, const Invocation &call)
{
    const auto all = library.bookmarks().all();
    if (call.json) {
        QJsonArray array;
        for (const Bookmark &b : all)
            array.append(QJsonObject {{QStringLiteral("id"), b.questionId},
                                      {QStringLiteral("number"), numberOf(b.question)},
                                      {QStringLiteral("flag"), b.flag.isEmpty() ? QJsonValue() : QJsonValue(b.flag)},
                                      {QStringLiteral("bank"), b.question.bankKey},
                                      {QStringLiteral("title"), b.question.title},
                                      {QStringLiteral("updated"), b.updated}});
        m_out << jsonText(array);
        return 0;
    }
    QString group = QStringLiteral("\x01");
    for (const Bookmark &b : all) {
        if (b.flag != group) {
            group = b.flag;
            const auto flag = Flags::find(b.flag);
            m_out << (b.flag.isEmpty() ? Text::tr("Bookmarked") : flag ? flag->name : b.flag) << '\n';
        }
        m_out << "  " << (b.question.id.isEmpty() ? b.questionId : b.question.reference()).rightJustified(5) << "  "
              << b.question.title << '\n';
    }
    return 0;
}

int CommandLine::note(StudyLibrary &library, const Invocation &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("note takes one question ID"));
    if (call.setText && !call.file.isEmpty())
        return usage(Text::tr("note takes --set or --file, not both"));
    const auto id = questionId(library, call.args.first());
    if (!id)
        return 1;
    std::optional<QString> text = call.setText;
    if (!call.file.isEmpty()) {
        QString error;
        std::optional<QByteArray> bytes;
        if (call.file == QLatin1String("-")) {
            QFile input;
            if (!input.open(stdin, QIODevice::ReadOnly))
                return fail(Text::tr("%1: cannot read the file: %2").arg(call.file, input.errorString()));
            bytes = InputFile::read(input, call.file, NoteStore::kMostBytes, &error);
        } else {
            bytes = InputFile::read(call.file, NoteStore::kMostBytes, &error);
        }
        if (!bytes)
            return fail(error);
        text = QString::fromUtf8(*bytes);
    }
    if (!text) {
        if (const auto existing = library.notes().get(*id))
            m_out << existing->text << (existing->text.endsWith(QLatin1Char('\n')) ? "" : "\n");
        return 0;
    }
    QString error;
    // save() returns once the transaction has committed with synchronous=FULL: on disk.
    return library.notes().save(*id, *text, &error) ? 0 : fail(error);
}

int CommandLine::notes(StudyLibrary &library, const Invocation &call)
{
    const auto all = library.notes().all();
    if (!call.args.isEmpty()) {
        if (call.args.size() != 2 || call.args.first() != QLatin1String("export"))
            return usage(Text::tr("use: notes export FILE.md"));
        QSaveFile file(call.args.at(1));
        if (!file.open(QIODevice::WriteOnly))
            return fail(Text::tr("%1: cannot write the file: %2").arg(call.args.at(1), file.errorString()));
        file.write(NoteStore::exportMarkdown(all).toUtf8());
        if (!file.commit())
            return fail(Text::tr("%1: cannot write the file: %2").arg(call.args.at(1), file.errorString()));
        return 0;
    }
    if (call.json) {
        QJsonArray array;
        for (const Note &n : all)
            array.append(QJsonObject {{QStringLiteral("id"), n.questionId},
                                      {QStringLiteral("number"), numberOf(n.question)},
                                      {QStringLiteral("text"), n.text},
                                      {QStringLiteral("updated"), n.updated},
                                      {QStringLiteral("bank"), n.question.bankKey},
                                      {QStringLiteral("title"), n.question.title}});
        m_out << jsonText(array);
        return 0;
    }
    for (const Note &n : all) {
        m_out << (n.question.id.isEmpty() ? n.questionId
                                          : Text::tr("%1. %2").arg(n.question.reference(), n.question.title))
              << '\n'
              << n.text.trimmed() << "\n\n";
    }
    return 0;
}

int CommandLine::exportData(StudyLibrary &library, const Invocation &call)
{
    const QStringList kinds = {QStringLiteral("progress"), QStringLiteral("anki")};
    if (call.args.size() != 2 || !kinds.contains(call.args.first()))
        return usage(Text::tr("use: export progress FILE, or: export anki FILE"));
    const QByteArray content
        = call.args.first() == QLatin1String("anki") ? AnkiExchange::write(library) : ProgressFile::write(library);
    QSaveFile file(call.args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        return fail(Text::tr("%1: cannot write the file: %2").arg(call.args.at(1), file.errorString()));
    return 0;
}

int CommandLine::importAnki(StudyLibrary &library, const QString &path)
{
    QString error;
    const auto bytes = InputFile::read(path, AnkiExchange::kMostBytes, &error);
    if (!bytes)
        return fail(error);
    const auto report = AnkiExchange::read(*bytes, path, library);
    if (!report.error.isEmpty())
        return fail(report.error);
    m_out << Text::tr("New cards: %1, flags brought back: %2, already there: %3.")
                 .arg(report.added)
                 .arg(report.flagged)
                 .arg(report.unchanged)
          << '\n';
    return 0;
}

int CommandLine::print(StudyLibrary &library, const Invocation &call)
{
    if (!call.args.isEmpty() || call.pdf.isEmpty())
        return usage(
            Text::tr("print takes --pdf FILE, and optionally --topic, --bookmarked, --flag, --search, --answers, "
                     "--notes, --diagrams, --columns, --paper, --font-size"));
    SheetRequest request {call.topics, call.bookmarked, call.flag, call.search, call.misses, {}};
    if (call.diagrams && m_diagramImages) {
        const bool narrow = call.columns > 1;
        request.diagramImages = [this, narrow](const QStringList &ids) { return m_diagramImages(ids, narrow); };
    }
    QList<SheetItem> items;
    QString error;
    if (!request.collect(library, &items, &error))
        return fail(error);
    if (items.isEmpty())
        return fail(Text::tr("no questions to print for %1").arg(request.describe()));
    SheetOptions options;
    options.answers = call.answers;
    options.notes = call.notes;
    options.columns = call.columns;
    options.paper = call.paper;
    options.fontSize = call.fontSize;
    options.title = request.describe(items);
    QPdfWriter writer(call.pdf);
    writer.setResolution(300);
    writer.setTitle(Text::tr("System Design Study: %1").arg(options.title));
    writer.setCreator(QStringLiteral("System Design Study %1").arg(QCoreApplication::applicationVersion()));
    SheetRenderer renderer(items, options);
    renderer.setAttachmentSource(library.attachments().reader());
    const int pages = renderer.paint(writer);
    // Two counts, each with its own plural form, joined by a sentence of their own.
    m_out << Text::tr("%1: %2 on %3", "file: N questions on N pages")
                 .arg(call.pdf, Text::tr("%n question(s)", nullptr, int(items.size())),
                      Text::tr("%n page(s)", nullptr, pages))
          << '\n';
    return 0;
}

int CommandLine::importProgress(StudyLibrary &library, const QString &path)
{
    QString error;
    const auto bytes = InputFile::read(path, ProgressFile::kMostBytes, &error);
    if (!bytes)
        return fail(error);
    // A merge changes much at once: a backup first, so `restore` can take it back.
    const auto backup
        = BackupManager(library.backupFolder(), BackupSettings::load().recentToKeep).backUp(library.database(), &error);
    if (!backup)
        return fail(Text::tr("nothing was imported: the backup taken before an import failed: %1").arg(error));
    const auto report = ProgressFile::read(*bytes, path, library);
    if (!report.error.isEmpty())
        return fail(report.error);
    m_out << Text::tr("Backed up first to %1.").arg(*backup) << '\n';
    m_out << Text::tr("Added %1, updated %2, already there %3.")
                 .arg(report.added)
                 .arg(report.updated)
                 .arg(report.unchanged)
          << '\n';
    for (const QString &line : ProgressFile::notices(report))
        m_out << line << '\n';
    return 0;
}

int CommandLine::backup(StudyLibrary &library, const Invocation &call)
{
    if (!call.args.isEmpty())
        return usage(Text::tr("backup takes no arguments"));
    QString error;
    const auto path
        = BackupManager(library.backupFolder(), call.recentBackupsToKeep).backUp(library.database(), &error);
    if (!path)
        return fail(error);
    m_out << *path << '\n';
    return 0;
}

int CommandLine::restore(const Invocation &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("restore takes one backup file"));
    QString error;
    const auto aside = StudyLibrary::restore(call.args.first(), call.databasePath, &error);
    if (!aside)
        return fail(error);
    m_out << Text::tr("Restored %1.").arg(call.args.first()) << '\n';
    if (!aside->isEmpty())
        m_out << Text::tr("The database it replaced is kept as %1.").arg(*aside) << '\n';
    return 0;
}
