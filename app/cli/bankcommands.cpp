// Banks: import one in any shape, list them, rename and remove them.

#include "cli/clioutput.h"
#include "cli/commandline.h"
#include "core/studylibrary.h"

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::Text;

namespace {

// How many questions --dry-run shows as they will be imported.
constexpr int kFirstShown = 5;

QJsonArray skippedJson(const QList<core::SkippedPart> &skipped)
{
    QJsonArray array;
    for (const core::SkippedPart &part : skipped)
        array.append(QJsonObject {{u"line"_s, part.line}, {u"reason"_s, part.reason}});
    return array;
}

} // namespace

int CommandLine::importBank(core::StudyLibrary &library, const Call &call)
{
    const QString path = call.args.first();
    const QString format = call.value("format"_L1);
    QString error;
    auto source = library.bankSource(path, {std::nullopt, call.value("name"_L1)}, &error);
    if (!source)
        return fail(error);
    // --format overrides the file's name; the shape within is still detected.
    if (format != "auto"_L1) {
        const auto wanted = format == "csv"_L1 ? core::BankShape::Format::Csv
            : format == "apkg"_L1              ? core::BankShape::Format::Apkg
                                               : core::BankShape::Format::Markdown;
        if (core::BankParser::formatOf(source->content, path) != wanted)
            source->shape = core::BankParser::parseAs(source->content, path, wanted).bank.shape;
    }

    if (call.isSet("dry-run"_L1)) {
        const auto preview = core::BankImporter::preview(*source);
        if (preview.error)
            return fail(preview.error->toString());
        const core::ParsedBank &bank = preview.bank;
        if (call.json()) {
            QJsonArray first;
            for (qsizetype i = 0; i < std::min<qsizetype>(kFirstShown, bank.items.size()); ++i)
                first.append(QJsonObject {{u"title"_s, bank.items.at(i).title},
                                          {u"answer"_s, bank.items.at(i).answerMarkdown},
                                          {u"line"_s, bank.items.at(i).line},
                                          {u"topic"_s, bank.items.at(i).topic},
                                          {u"tags"_s, QJsonArray::fromStringList(bank.items.at(i).tags)}});
            m_out << jsonText(QJsonObject {{u"bank"_s, source->key},
                                           {u"format"_s, bank.shape.formatName()},
                                           {u"shape"_s, bank.shape.shapeName()},
                                           {u"certain"_s, bank.shapeIsCertain},
                                           {u"questions"_s, int(bank.items.size())},
                                           {u"skipped"_s, skippedJson(bank.skipped)},
                                           {u"first"_s, first}});
            return 0;
        }
        m_out << Text::tr("%1: %n question(s) would be imported as bank \"%2\" (%3).", nullptr, int(bank.items.size()))
                     .arg(path, source->key, bank.shape.description())
              << '\n';
        for (const core::SkippedPart &part : bank.skipped)
            m_out << Text::tr("%1:%2: %3").arg(path).arg(part.line).arg(part.reason) << '\n';
        return 0;
    }

    const auto outcome = library.importer().import(*source);
    if (!outcome.error.isEmpty())
        return fail(outcome.error);
    if (call.json()) {
        m_out << jsonText(QJsonObject {{u"bank"_s, source->key},
                                       {u"changed"_s, outcome.changed},
                                       {u"questions"_s, outcome.questionCount},
                                       {u"skipped"_s, skippedJson(outcome.skipped)}});
        return 0;
    }
    if (outcome.changed)
        m_out << Text::tr("Questions imported from %1: %2").arg(path).arg(outcome.questionCount) << '\n';
    else
        m_out << Text::tr("%1 is already imported; nothing changed.").arg(path) << '\n';
    for (const core::SkippedPart &part : outcome.skipped)
        m_out << Text::tr("%1:%2: %3").arg(path).arg(part.line).arg(part.reason) << '\n';
    return 0;
}

int CommandLine::banks(core::StudyLibrary &library, const Call &call)
{
    const auto all = library.banks().banks();
    if (call.json()) {
        QJsonArray array;
        for (const core::BankInfo &bank : all)
            array.append(QJsonObject {{u"bank"_s, bank.key},
                                      {u"title"_s, bank.name},
                                      {u"count"_s, bank.questionCount},
                                      {u"source"_s, bank.source},
                                      {u"imported"_s, CliOutput::isoUtc(bank.imported)},
                                      {u"shape"_s, bank.shape},
                                      {u"bundled"_s, bank.bundled}});
        m_out << jsonText(array);
        return 0;
    }
    qsizetype keyWidth = 0;
    for (const core::BankInfo &bank : all)
        keyWidth = std::max(keyWidth, bank.key.size());
    for (const core::BankInfo &bank : all)
        m_out << bank.key.leftJustified(keyWidth) << "  "
              << Text::tr("%n question(s)", nullptr, bank.questionCount).leftJustified(14) << "  " << bank.name << '\n';
    return 0;
}

int CommandLine::bank(core::StudyLibrary &library, const Call &call)
{
    QString error;
    if (call.args.size() == 3 && call.args.first() == "rename"_L1) {
        if (!library.banks().rename(call.args.at(1), call.args.at(2), &error))
            return fail(error);
        return 0;
    }
    if (call.args.size() == 2 && call.args.first() == "remove"_L1) {
        const auto use = library.banks().useOf(call.args.at(1));
        if (!library.banks().remove(call.args.at(1), &error))
            return fail(error);
        if (!use.isEmpty())
            m_out << Text::tr("Removed. Its %1 are kept and return if it is imported again.").arg(use.described())
                  << '\n';
        return 0;
    }
    return usage(Text::tr("use: bank rename KEY NAME, or: bank remove KEY"));
}

} // namespace sdstudy::cli
