#include "commandline.h"

#include "database.h"
#include "studylibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList kCommands = {QStringLiteral("topics"), QStringLiteral("show"), QStringLiteral("search"),
                               QStringLiteral("import"), QStringLiteral("help")};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString jsonText(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

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

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

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

QString CommandLine::helpText() const
{
    return tr("Usage: sdstudy [--db FILE] [COMMAND [ARGS]]\n"
              "\n"
              "Without a command, opens the window. Commands run without a display:\n"
              "  topics [--json]                      the topic tree with question counts\n"
              "  show ID [--json]                     one question: ID is its number in the bundled\n"
              "                                       bank, BANK:N for another bank, or its stable id\n"
              "  search QUERY [--limit N] [--json]    questions matching QUERY, best first\n"
              "  import FILE.md                       add a bank in the \"### N. Question\" shape\n"
              "\n"
              "Options:\n"
              "  --db FILE      use this database instead of the one in the app's data folder\n"
              "  --json         print JSON (the keys are documented in README.md)\n"
              "  -h, --help     show this help\n"
              "  -v, --version  show the version\n");
}

int CommandLine::usage(const QString &message)
{
    m_err << tr("sdstudy: %1").arg(message) << '\n' << tr("Try 'sdstudy --help'.") << '\n';
    m_err.flush();
    return 2;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("Most results."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    parser.addOptions({dbOption, jsonOption, limitOption, helpOption, versionOption});
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
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.takeFirst();
    if (!kCommands.contains(command))
        return usage(tr("unknown command \"%1\"").arg(command));
    if (command == QLatin1String("help")) {
        m_out << helpText();
        return 0;
    }
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usage(tr("--limit takes a whole number of at least 1"));

    StudyLibrary library;
    QString error;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    if (!library.open(path, &error)) {
        m_err << tr("sdstudy: %1").arg(error) << '\n';
        return 1;
    }
    const bool json = parser.isSet(jsonOption);
    if (command == QLatin1String("topics"))
        return topics(library, json);
    if (command == QLatin1String("show"))
        return show(library, args, json);
    if (command == QLatin1String("search"))
        return search(library, args, json, limit);
    return importBank(library, args);
}

int CommandLine::topics(StudyLibrary &library, bool json)
{
    const auto topics = library.questions().topicCounts();
    if (json) {
        QJsonArray array;
        for (const auto &t : topics) {
            QJsonArray subtopics;
            for (const auto &s : t.subtopics)
                subtopics.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("count"), s.count},
                                             {QStringLiteral("concepts"), s.concepts}});
            array.append(QJsonObject{{QStringLiteral("topic"), t.topic}, {QStringLiteral("count"), t.count},
                                     {QStringLiteral("concepts"), t.concepts}, {QStringLiteral("subtopics"), subtopics}});
        }
        m_out << jsonText(QJsonDocument(array));
        return 0;
    }
    for (const auto &t : topics) {
        m_out << tr("%1 (%2)").arg(t.topic).arg(t.count) << '\n';
        for (const auto &s : t.subtopics)
            m_out << "  " << tr("%1 (%2)").arg(s.name).arg(s.count) << '\n';
    }
    return 0;
}

int CommandLine::show(StudyLibrary &library, const QStringList &args, bool json)
{
    if (args.size() != 1)
        return usage(tr("show takes one question ID"));
    const auto id = library.questions().resolve(args.first());
    const auto question = id ? library.questions().question(*id) : std::nullopt;
    if (!question) {
        m_err << tr("sdstudy: no question \"%1\"").arg(args.first()) << '\n';
        return 1;
    }
    if (json) {
        m_out << jsonText(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), question->id},
            {QStringLiteral("bank"), question->bankKey},
            {QStringLiteral("number"), question->number},
            {QStringLiteral("title"), question->title},
            {QStringLiteral("topic"), question->topic},
            {QStringLiteral("subtopic"), question->subtopic},
            {QStringLiteral("answer"), question->answerMarkdown},
            {QStringLiteral("concept"), question->conceptId},
            {QStringLiteral("variants"), numbersOf(question->variants)},
        }));
        return 0;
    }
    m_out << tr("%1. %2").arg(question->number).arg(question->title) << '\n'
          << tr("%1 > %2").arg(question->topic, question->subtopic) << "\n\n"
          << question->answerMarkdown << '\n';
    if (!question->variants.isEmpty())
        m_out << '\n' << tr("Also asked as %1").arg(variantsLine(question->variants)) << '\n';
    return 0;
}

int CommandLine::search(StudyLibrary &library, const QStringList &args, bool json, int limit)
{
    if (args.isEmpty())
        return usage(tr("search takes the words to look for"));
    const auto hits = library.search().search(args.join(QLatin1Char(' ')), limit);
    if (json) {
        QJsonArray array;
        for (const auto &h : hits)
            array.append(QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("bank"), h.bankKey},
                                     {QStringLiteral("number"), h.number}, {QStringLiteral("title"), h.title},
                                     {QStringLiteral("topic"), h.topic}, {QStringLiteral("snippet"), h.snippet},
                                     {QStringLiteral("score"), h.score}});
        m_out << jsonText(QJsonDocument(array));
        return 0;
    }
    for (const auto &h : hits) {
        m_out << h.reference().rightJustified(5) << "  " << h.title << "  [" << h.topic << "]\n";
    }
    if (hits.isEmpty())
        m_err << tr("No questions match.") << '\n';
    return 0;
}

int CommandLine::importBank(StudyLibrary &library, const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("import takes one Markdown file"));
    const auto outcome = library.importFile(args.first());
    if (!outcome.error.isEmpty()) {
        m_err << tr("sdstudy: %1").arg(outcome.error) << '\n';
        return 1;
    }
    if (outcome.changed)
        m_out << tr("Questions imported from %1: %2").arg(args.first()).arg(outcome.questionCount) << '\n';
    else
        m_out << tr("%1 is already imported; nothing changed.").arg(args.first()) << '\n';
    return 0;
}
