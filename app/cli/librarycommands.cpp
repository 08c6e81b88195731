// The commands that read and change the library: topics, show, search,
// bookmark(s) and note(s).

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/bundledbank.h"
#include "core/flags.h"
#include "core/inputfile.h"
#include "core/studylibrary.h"
#include "diagrams/relatedlinks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::Text;

namespace {

QJsonArray numbersOf(const QList<int> &numbers)
{
    QJsonArray array;
    for (int n : numbers)
        array.append(n);
    return array;
}

// "#12, kafka:3": how a person names each, to type after `show`.
QString referencesLine(const QList<core::QuestionSummary> &questions)
{
    QStringList refs;
    for (const core::QuestionSummary &q : questions)
        refs.append(q.bankKey == core::BundledBank::kKey ? QStringLiteral("#%1").arg(q.number) : q.reference());
    return refs.join(QStringLiteral(", "));
}

// A question that has left its bank has no number: null in JSON, not 0.
QJsonValue numberOf(const core::QuestionSummary &question)
{
    return question.id.isEmpty() ? QJsonValue() : QJsonValue(question.number);
}

} // namespace

std::optional<QString> CommandLine::questionId(core::StudyLibrary &library, const QString &reference)
{
    const auto id = library.questions().resolve(reference);
    if (!id)
        fail(Text::tr("no question \"%1\"").arg(reference));
    return id;
}

std::optional<core::QuestionRecord> CommandLine::questionRecord(core::StudyLibrary &library, const QString &reference)
{
    const auto id = questionId(library, reference);
    if (!id)
        return std::nullopt;
    auto question = library.questions().question(*id);
    if (!question)
        fail(Text::tr("no question \"%1\"").arg(reference));
    return question;
}

int CommandLine::topics(core::StudyLibrary &library, const Call &call)
{
    const auto topics = library.questions().topicCounts();
    if (call.json()) {
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
    // Counted as the topic tree counts them: concepts, each asked once however
    // many times the bank rephrases it; the questions as well where they differ.
    const auto counts = [](int concepts, int questions) {
        QString text = Text::tr("%n concept(s)", nullptr, concepts);
        if (questions != concepts)
            text += QStringLiteral(", ") + Text::tr("%n question(s) with repeats", nullptr, questions);
        return text;
    };
    for (const auto &t : topics) {
        m_out << t.topic << "  " << counts(t.concepts, t.count) << '\n';
        for (const auto &s : t.subtopics)
            m_out << "  " << s.name << "  " << counts(s.concepts, s.count) << '\n';
    }
    return 0;
}

int CommandLine::show(core::StudyLibrary &library, const Call &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("show takes one question ID"));
    const auto question = questionRecord(library, call.args.first());
    if (!question)
        return 1;
    const auto related = diagrams::RelatedLinks(library).of(*question);
    if (call.json()) {
        QJsonArray relatedIds, phrasings;
        for (const core::QuestionSummary &r : related)
            relatedIds.append(r.id);
        for (const core::QuestionSummary &p : question->otherPhrasings)
            phrasings.append(QJsonObject {{QStringLiteral("id"), p.id},
                                          {QStringLiteral("bank"), p.bankKey},
                                          {QStringLiteral("number"), p.number},
                                          {QStringLiteral("title"), p.title}});
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
            {QStringLiteral("phrasings"), phrasings},
            {QStringLiteral("related"), relatedIds},
        });
        return 0;
    }
    m_out << Text::tr("%1. %2").arg(question->number).arg(question->title) << '\n'
          << Text::tr("%1 > %2").arg(question->topic, question->subtopic) << "\n\n"
          << question->answerMarkdown << '\n';
    if (!question->otherPhrasings.isEmpty())
        m_out << '\n' << Text::tr("Also asked as %1").arg(referencesLine(question->otherPhrasings)) << '\n';
    if (!related.isEmpty())
        m_out << Text::tr("Related: %1").arg(referencesLine(related)) << '\n';
    return 0;
}

int CommandLine::search(core::StudyLibrary &library, const Call &call)
{
    if (call.args.isEmpty())
        return usage(Text::tr("search takes the words to look for"));
    const int limit = call.value("limit"_L1).toInt(); // checked before the library opened
    const auto hits = library.search().search(call.args.join(QLatin1Char(' ')), limit);
    if (call.json()) {
        QJsonArray array;
        for (const auto &h : hits)
            array.append(QJsonObject {{QStringLiteral("id"), h.id},
                                      {QStringLiteral("bank"), h.bankKey},
                                      {QStringLiteral("number"), h.number},
                                      {QStringLiteral("title"), h.title},
                                      {QStringLiteral("topic"), h.topic},
                                      {QStringLiteral("snippet"), h.markedSnippet()},
                                      {QStringLiteral("score"), h.score},
                                      {QStringLiteral("in_note"), h.inNote},
                                      {QStringLiteral("in_title"), h.inTitle}});
        m_out << jsonText(array);
        return 0;
    }
    for (const auto &h : hits)
        m_out << h.reference().rightJustified(5) << "  " << h.title << "  [" << h.topic << "]\n";
    if (hits.isEmpty())
        m_err << Text::tr("No questions match.") << '\n';
    return 0;
}

int CommandLine::bookmark(core::StudyLibrary &library, const Call &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("bookmark takes one question ID"));
    const bool clear = call.isSet("clear"_L1);
    const QString flagName = call.value("flag"_L1);
    if (clear && !flagName.isEmpty())
        return usage(Text::tr("bookmark takes --flag or --clear, not both"));
    const std::optional<core::Flag> flag = flagName.isEmpty() ? std::nullopt : core::Flags::find(flagName);
    if (!flagName.isEmpty() && !flag)
        return usage(Text::tr("unknown flag \"%1\"; the flags are: %2").arg(flagName, CliOutput::flagNames()));
    const auto id = questionId(library, call.args.first());
    if (!id)
        return 1;
    QString error;
    const bool done = clear ? library.bookmarks().clear(*id, &error)
                            : library.bookmarks().set(*id, flag ? flag->key : QString(), &error);
    return done ? 0 : fail(error);
}

int CommandLine::bookmarks(core::StudyLibrary &library, const Call &call)
{
    const auto all = library.bookmarks().all();
    if (call.json()) {
        QJsonArray array;
        for (const core::Bookmark &b : all)
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
    for (const core::Bookmark &b : all) {
        if (b.flag != group) {
            group = b.flag;
            const auto flag = core::Flags::find(b.flag);
            m_out << (b.flag.isEmpty() ? Text::tr("Bookmarked") : flag ? flag->name : b.flag) << '\n';
        }
        m_out << "  " << (b.question.id.isEmpty() ? b.questionId : b.question.reference()).rightJustified(5) << "  "
              << b.question.title << '\n';
    }
    return 0;
}

int CommandLine::note(core::StudyLibrary &library, const Call &call)
{
    if (call.args.size() != 1)
        return usage(Text::tr("note takes one question ID"));
    const QString file = call.value("file"_L1);
    if (call.isSet("set"_L1) && !file.isEmpty())
        return usage(Text::tr("note takes --set or --file, not both"));
    const auto id = questionId(library, call.args.first());
    if (!id)
        return 1;
    std::optional<QString> text = call.isSet("set"_L1) ? std::optional(call.value("set"_L1)) : std::nullopt;
    if (!file.isEmpty()) {
        QString error;
        std::optional<QByteArray> bytes;
        if (file == QLatin1String("-")) {
            QFile input;
            if (!input.open(stdin, QIODevice::ReadOnly))
                return fail(Text::tr("%1: cannot read the file: %2").arg(file, input.errorString()));
            bytes = core::InputFile::read(input, file, core::NoteStore::kMostBytes, &error);
        } else {
            bytes = core::InputFile::read(file, core::NoteStore::kMostBytes, &error);
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

int CommandLine::notes(core::StudyLibrary &library, const Call &call)
{
    const auto all = library.notes().all();
    if (!call.args.isEmpty()) {
        if (call.args.size() != 2 || call.args.first() != QLatin1String("export"))
            return usage(Text::tr("use: notes export FILE.md"));
        QSaveFile file(call.args.at(1));
        if (!file.open(QIODevice::WriteOnly))
            return fail(Text::tr("%1: cannot write the file: %2").arg(call.args.at(1), file.errorString()));
        file.write(core::NoteStore::exportMarkdown(all).toUtf8());
        if (!file.commit())
            return fail(Text::tr("%1: cannot write the file: %2").arg(call.args.at(1), file.errorString()));
        return 0;
    }
    if (call.json()) {
        QJsonArray array;
        for (const core::Note &n : all)
            array.append(QJsonObject {{QStringLiteral("id"), n.questionId},
                                      {QStringLiteral("number"), numberOf(n.question)},
                                      {QStringLiteral("text"), n.text},
                                      {QStringLiteral("updated"), n.updated},
                                      {QStringLiteral("bank"), n.question.bankKey},
                                      {QStringLiteral("title"), n.question.title}});
        m_out << jsonText(array);
        return 0;
    }
    for (const core::Note &n : all) {
        m_out << (n.question.id.isEmpty() ? n.questionId
                                          : Text::tr("%1. %2").arg(n.question.reference(), n.question.title))
              << '\n'
              << n.text.trimmed() << "\n\n";
    }
    return 0;
}

} // namespace sdstudy::cli
