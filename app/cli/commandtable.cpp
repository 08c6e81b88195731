// The commands of `sdstudy`, one entry each. Adding a command means adding an
// entry here and its handler; the help, the lock it takes and whether it needs
// text layout follow from the entry. README.md lists the commands for people.

#include "cli/commandline.h"

#include "cli/clioutput.h"
#include "core/interviewreadiness.h"
#include "core/quizplan.h"

#include <QCoreApplication>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::Text;

namespace {

bool onlyPrintsTheNote(const CommandLine::Call &call)
{
    // As the handler decides: an empty --file names no file to read.
    return !call.isSet("set"_L1) && call.value("file"_L1).isEmpty();
}

// Misuses found before any file is opened: a wrong value exits with 2 and leaves
// the database (or a mistyped --db path) untouched.
QString searchMisuse(const CommandLine::Call &call)
{
    bool ok = false;
    const int limit = call.value("limit"_L1).toInt(&ok);
    return ok && limit >= 1 ? QString() : Text::tr("--limit takes a whole number of at least 1");
}

QString quizPlanMisuse(const CommandLine::Call &call)
{
    QString error;
    if (!core::QuizScope::parse(call.value("scope"_L1), &error))
        return error;
    bool ok = false;
    const int size = call.value("size"_L1).toInt(&ok);
    return ok && size >= 0 ? QString() : Text::tr("--size takes a whole number (0: no limit)");
}

QString printMisuse(const CommandLine::Call &call)
{
    if (!call.args.isEmpty() || call.value("pdf"_L1).isEmpty())
        return Text::tr("print takes --pdf FILE, and optionally --topic, --bookmarked, --flag, --search, --answers, "
                        "--notes, --diagrams, --columns, --paper, --font-size");
    const int columns = call.value("columns"_L1).toInt();
    if (columns != 1 && columns != 2)
        return Text::tr("--columns takes 1 or 2");
    const QString paper = call.value("paper"_L1).toLower();
    if (paper != "a4"_L1 && paper != "letter"_L1)
        return Text::tr("--paper takes a4 or letter");
    bool ok = false;
    const double fontSize = call.value("font-size"_L1).toDouble(&ok);
    if (!ok || !(fontSize >= 6 && fontSize <= 24)) // "nan" fails every comparison
        return Text::tr("--font-size takes a size in points from 6 to 24");
    return {};
}

bool onlyReadsTheSketch(const CommandLine::Call &call)
{
    return !call.isSet("set"_L1);
}

bool importOnlyReads(const CommandLine::Call &call)
{
    return call.isSet("dry-run"_L1);
}

QString planMisuse(const CommandLine::Call &call)
{
    const QDate date = QDate::fromString(call.value("interview"_L1), Qt::ISODate);
    if (!date.isValid())
        return Text::tr("plan takes --interview DATE, such as 2026-12-15");
    if (date <= QDate::currentDate())
        return Text::tr("--interview %1 is not after today").arg(date.toString(Qt::ISODate));
    if (QDate::currentDate().daysTo(date) > core::InterviewReadiness::kMostDaysAhead)
        return Text::tr("--interview %1 is more than two years ahead").arg(date.toString(Qt::ISODate));
    return {};
}

QString simulateMisuse(const CommandLine::Call &call)
{
    bool ok = false;
    const int days = call.value("days"_L1).toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return Text::tr("--days takes a whole number from 1 to 3650");
    if (call.isSet("retention"_L1)) {
        const double retention = call.value("retention"_L1).toDouble(&ok);
        if (!ok || !(retention >= 0.7 && retention <= 0.99))
            return Text::tr("--retention takes a number from 0.70 to 0.99");
    }
    if (call.isSet("new-per-day"_L1)) {
        const int fresh = call.value("new-per-day"_L1).toInt(&ok);
        if (!ok || fresh < 0 || fresh > 9999)
            return Text::tr("--new-per-day takes a whole number from 0 to 9999");
    }
    return {};
}

bool optimizeOnlyReads(const CommandLine::Call &call)
{
    return call.isSet("dry-run"_L1);
}

QString importMisuse(const CommandLine::Call &call)
{
    const QString format = call.value("format"_L1);
    if (format != "auto"_L1 && format != "markdown"_L1 && format != "csv"_L1 && format != "apkg"_L1)
        return Text::tr("--format takes auto, markdown, csv or apkg");
    return {};
}

} // namespace

const QList<CommandLine::Option> &CommandLine::commonOptions()
{
    static const QList<Option> options = {
        {"db"_L1, "FILE"_L1},
        {"backup-dir"_L1, "DIR"_L1},
        {"json"_L1},
    };
    return options;
}

const QList<CommandLine::Command> &CommandLine::commands()
{
    using Data = Command::Data;
    // Commands that change the person's data (Writes) need the database to themselves.
    static const QList<Command> table = {
        {
            .name = "topics"_L1,
            .usages = {{"topics [--json]"_L1, QT_TRANSLATE_NOOP("CommandLine", "the topic tree with question counts")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::topics,
        },
        {
            .name = "show"_L1,
            .usages = {{"show ID [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "one question: ID is its number in the bundled bank, "
                                          "BANK:N for another bank, or its stable id")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::show,
        },
        {
            .name = "search"_L1,
            .usages = {{"search QUERY [--limit N] [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "questions matching QUERY, best first; QUERY may hold "
                                          "is:bookmarked, flag:NAME, has:note, topic:NAME")}},
            .options = {{"limit"_L1, "N"_L1, "20"_L1}},
            .data = Data::Reads,
            .misuse = &searchMisuse,
            .withLibrary = &CommandLine::search,
        },
        {
            .name = "import"_L1,
            .usages
            = {{"import FILE [--format auto|markdown|csv|apkg] [--name NAME] [--dry-run] [--json]"_L1,
                QT_TRANSLATE_NOOP("CommandLine",
                                  "add a bank from Markdown (questions as headings, labels, <details> or "
                                  "bold lines), CSV/TSV or an Anki package; --dry-run shows what would come in")},
               {"import progress FILE"_L1,
                QT_TRANSLATE_NOOP("CommandLine", "merge a progress file in: new is added, newer replaces older")},
               {"import anki FILE"_L1,
                QT_TRANSLATE_NOOP("CommandLine",
                                  "a file of Anki cards back in: flags return, new cards become a bank")}},
            .options = {{"format"_L1, "F"_L1, "auto"_L1}, {"name"_L1, "NAME"_L1}, {"dry-run"_L1}},
            .data = Data::Writes,
            .onlyReads = &importOnlyReads,
            .misuse = &importMisuse,
            .textLayoutFor = "anki"_L1, // the cards are HTML, read through a text document
            .withLibrary = &CommandLine::importFile,
        },
        {
            .name = "banks"_L1,
            .usages
            = {{"banks [--json]"_L1, QT_TRANSLATE_NOOP("CommandLine", "the banks, with their questions' count")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::banks,
        },
        {
            .name = "bank"_L1,
            .usages = {{"bank rename KEY NAME"_L1, QT_TRANSLATE_NOOP("CommandLine", "give a bank another name")},
                       {"bank remove KEY"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "remove an imported bank; its notes, bookmarks and answers are kept")}},
            .data = Data::Writes,
            .withLibrary = &CommandLine::bank,
        },
        {
            .name = "concepts"_L1,
            .usages = {{"concepts [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "every concept with the questions that ask it")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::concepts,
        },
        {
            .name = "concept"_L1,
            .usages = {{"concept split ID"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "not the same question: take it out of its concept")},
                       {"concept join ID OTHER"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "the same question: fold its concept and OTHER's into one")}},
            .data = Data::Writes,
            .withLibrary = &CommandLine::conceptChange,
        },
        {
            .name = "bookmark"_L1,
            .usages = {{"bookmark ID [--flag NAME | --clear]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "bookmark a question, with a flag, or clear it")}},
            .options = {{"flag"_L1, "NAME"_L1}, {"clear"_L1}},
            .data = Data::Writes,
            .withLibrary = &CommandLine::bookmark,
        },
        {
            .name = "bookmarks"_L1,
            .usages = {{"bookmarks [--json]"_L1, QT_TRANSLATE_NOOP("CommandLine", "every bookmark, by flag")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::bookmarks,
        },
        {
            .name = "note"_L1,
            .usages = {{"note ID [--set TEXT | --file F]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "print a question's note, or set it (\"\" deletes; F may "
                                          "be - for standard input)")}},
            .options = {{"set"_L1, "TEXT"_L1}, {"file"_L1, "F"_L1}},
            .data = Data::Writes,
            .onlyReads = &onlyPrintsTheNote, // a reader, beside a window too
            .withLibrary = &CommandLine::note,
        },
        {
            .name = "notes"_L1,
            .usages = {{"notes [--json]"_L1, QT_TRANSLATE_NOOP("CommandLine", "every note")},
                       {"notes export FILE.md"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "every note in one Markdown file, by topic")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::notes,
        },
        {
            .name = "export"_L1,
            .usages = {{"export progress FILE"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "bookmarks and notes in one file, for another computer")},
                       {"export anki FILE"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "cards for Anki and AnkiDroid, as text Anki imports")}},
            .data = Data::Reads,
            .textLayoutFor = "anki"_L1,
            .withLibrary = &CommandLine::exportData,
        },
        {
            .name = "print"_L1,
            .usages = {{"print --pdf FILE [--topic NAME ...] [--bookmarked | --flag NAME | --search Q | --misses]\n"
                        "      [--answers] [--notes] [--diagrams] [--columns 1|2] [--paper a4|letter]\n"
                        "      [--font-size PT]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "a topic sheet as PDF (questions only unless --answers)")}},
            .options = {{"pdf"_L1, "FILE"_L1},
                        {"topic"_L1, "NAME"_L1},
                        {"bookmarked"_L1},
                        {"flag"_L1, "NAME"_L1},
                        {"search"_L1, "Q"_L1},
                        {"misses"_L1},
                        {"answers"_L1},
                        {"notes"_L1},
                        {"diagrams"_L1},
                        {"columns"_L1, "N"_L1, "1"_L1},
                        {"paper"_L1, "SIZE"_L1, "a4"_L1},
                        {"font-size"_L1, "PT"_L1, "10"_L1}},
            .data = Data::Reads,
            .misuse = &printMisuse,
            .textLayout = true,
            .withLibrary = &CommandLine::print,
        },
        {
            .name = "quiz-plan"_L1,
            .usages = {{"quiz-plan [--scope KEY] [--size N] [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "what a study session would ask, in order; KEY is "
                                          "study-now (default), all, due, new, weak, misses, "
                                          "bookmarked, flag:NAME or topic:NAME[;NAME...]")}},
            .options = {{"scope"_L1, "KEY"_L1, "study-now"_L1}, {"size"_L1, "N"_L1, "0"_L1}},
            .data = Data::Reads,
            .misuse = &quizPlanMisuse,
            .withLibrary = &CommandLine::quizPlan,
        },
        {
            .name = "review"_L1,
            .usages = {{"review ID RATING [--at TIME] [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "record an answer: RATING 1-4 or again, hard, good, easy; "
                                          "TIME in ISO 8601 (default: now)")}},
            .options = {{"at"_L1, "TIME"_L1}},
            .data = Data::Writes,
            .withLibrary = &CommandLine::review,
        },
        {
            .name = "schedule"_L1,
            .usages
            = {{"schedule --history \"TIME=RATING,...\" [--retention R] [--parameters \"w0,...,w20\"] [--json]"_L1,
                QT_TRANSLATE_NOOP("CommandLine",
                                  "the scheduler on a new card with that history (FSRS-6 "
                                  "defaults or the parameters given, no fuzz); needs no database")}},
            .options = {{"history"_L1, "H"_L1}, {"retention"_L1, "R"_L1, "0.9"_L1}, {"parameters"_L1, "W"_L1}},
            .data = Data::None,
            .withoutLibrary = &CommandLine::schedule,
        },
        {
            .name = "drill"_L1,
            .usages = {{"drill estimation [--seed N] [--type TYPE] [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "a back-of-the-envelope problem with its worked answer; the same seed "
                                          "gives the same problem")},
                       {"drill check --seed N [--type TYPE] --answer TEXT [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "whether an answer such as \"12 TB\" is accepted")}},
            .options = {{"seed"_L1, "N"_L1}, {"type"_L1, "TYPE"_L1}, {"answer"_L1, "TEXT"_L1}},
            .data = Data::None,
            .withoutLibrary = &CommandLine::drill,
        },
        {
            .name = "optimize"_L1,
            .usages = {{"optimize [--revlog FILE.csv] [--dry-run] [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "fit the scheduler to the review log (or to a review-log CSV as the FSRS "
                                          "tools write it) and use the fit if it predicts held-out answers better "
                                          "than the defaults; --dry-run changes nothing")}},
            .options = {{"revlog"_L1, "FILE"_L1}, {"dry-run"_L1}},
            .data = Data::Writes,
            .onlyReads = &optimizeOnlyReads,
            .withLibrary = &CommandLine::optimize,
        },
        {
            .name = "simulate"_L1,
            .usages = {{"simulate --days N [--retention R] [--new-per-day K] [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "the expected work per day if you study every day from today: your cards, "
                                          "your answer times, your settings unless given")}},
            .options = {{"days"_L1, "N"_L1, "30"_L1}, {"retention"_L1, "R"_L1}, {"new-per-day"_L1, "K"_L1}},
            .data = Data::Reads,
            .misuse = &simulateMisuse,
            .withLibrary = &CommandLine::simulate,
        },
        {
            .name = "plan"_L1,
            .usages
            = {{"plan --interview DATE [--topic NAME ...] [--json]"_L1,
                QT_TRANSLATE_NOOP("CommandLine",
                                  "how ready you will be on an interview day (YYYY-MM-DD): predicted recall per "
                                  "topic, and the new concepts and minutes a day that get you ready")}},
            .options = {{"interview"_L1, "DATE"_L1}, {"topic"_L1, "NAME"_L1}},
            .data = Data::Reads,
            .misuse = &planMisuse,
            .withLibrary = &CommandLine::interviewPlan,
        },
        {
            .name = "stats"_L1,
            .usages
            = {{"stats [--json]"_L1, QT_TRANSLATE_NOOP("CommandLine", "today's numbers, streak, forecast, topics")}},
            .data = Data::Reads,
            .withLibrary = &CommandLine::stats,
        },
        {
            .name = "sketch"_L1,
            .usages
            = {{"sketch ID [--json]"_L1,
                QT_TRANSLATE_NOOP("CommandLine", "a question's whiteboard sketch: components and connections")},
               {"sketch ID --export FILE.svg|FILE.png"_L1, QT_TRANSLATE_NOOP("CommandLine", "the sketch as a picture")},
               {"sketch ID --set FILE.json"_L1,
                QT_TRANSLATE_NOOP("CommandLine",
                                  "put a sketch in its JSON form (docs/sketch-format.md) on the whiteboard")}},
            .options = {{"export"_L1, "FILE"_L1}, {"set"_L1, "FILE"_L1}},
            .data = Data::Writes,
            .onlyReads = &onlyReadsTheSketch,
            .textLayout = true,
            .withLibrary = &CommandLine::sketch,
        },
        {
            .name = "compare"_L1,
            .usages = {{"compare ID --sketch FILE.json [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "what a sketch has of the question's reference diagram: matched, missed, "
                                          "extra, coverage")}},
            .options = {{"sketch"_L1, "FILE"_L1}},
            .data = Data::Reads,
            .textLayout = true,
            .withLibrary = &CommandLine::compare,
        },
        {
            .name = "diagrams"_L1,
            .usages = {{"diagrams [--json]"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "every diagram: name, kind, title, questions")}},
            .data = Data::None,
            .withoutLibrary = &CommandLine::diagrams,
        },
        {
            .name = "diagram"_L1,
            .usages = {{"diagram NAME --png FILE | --svg FILE"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "draw one diagram as a picture")}},
            .options = {{"png"_L1, "FILE"_L1}, {"svg"_L1, "FILE"_L1}},
            .data = Data::None,
            .textLayout = true,
            .withoutLibrary = &CommandLine::diagram,
        },
        {
            .name = "backup"_L1,
            .usages = {{"backup"_L1, QT_TRANSLATE_NOOP("CommandLine", "back up the database now")}},
            .data = Data::Writes,
            .withLibrary = &CommandLine::backup,
        },
        {
            .name = "restore"_L1,
            .usages = {{"restore FILE"_L1,
                        QT_TRANSLATE_NOOP("CommandLine", "put a backup in place, keeping the current file")}},
            .data = Data::None,
            .withoutLibrary = &CommandLine::restore,
        },
    };
    return table;
}

} // namespace sdstudy::cli
