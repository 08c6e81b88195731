// The commands over concepts: list them, and split or join them where the
// grouper got it wrong.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/conceptoverrides.h"
#include "core/studylibrary.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::Text;

int CommandLine::concepts(core::StudyLibrary &library, const Call &call)
{
    const auto concepts = library.questions().concepts();
    if (call.json()) {
        QJsonArray array;
        for (const core::ConceptEntry &entry : concepts) {
            QJsonArray members;
            for (const core::QuestionSummary &member : entry.members)
                members.append(QJsonObject {{u"id"_s, member.id},
                                            {u"bank"_s, member.bankKey},
                                            {u"number"_s, member.number},
                                            {u"title"_s, member.title}});
            array.append(QJsonObject {
                {u"concept"_s, entry.conceptId}, {u"title"_s, entry.members.first().title}, {u"members"_s, members}});
        }
        m_out << jsonText(array);
        return 0;
    }
    for (const core::ConceptEntry &entry : concepts) {
        const core::QuestionSummary &lead = entry.members.first();
        m_out << Text::tr("%1. %2").arg(lead.reference(), lead.title) << '\n';
        for (const core::QuestionSummary &member : entry.members.mid(1))
            m_out << "    " << Text::tr("%1. %2").arg(member.reference(), member.title) << '\n';
    }
    m_out << Text::tr("%n concept(s)", nullptr, int(concepts.size())) << '\n';
    return 0;
}

int CommandLine::conceptChange(core::StudyLibrary &library, const Call &call)
{
    const QString verb = call.args.value(0);
    if (!((verb == "split"_L1 && call.args.size() == 2) || (verb == "join"_L1 && call.args.size() == 3)))
        return usage(Text::tr("use: concept split ID, or: concept join ID OTHER"));
    const auto question = questionRecord(library, call.args.at(1));
    if (!question)
        return 1;
    core::ConceptOverrides overrides(library.database());
    QString error;
    if (verb == "split"_L1) {
        if (!overrides.split(question->id, &error))
            return fail(error);
        m_out << Text::tr("%1 is a concept of its own now, with the schedule it had.").arg(question->reference())
              << '\n';
        return 0;
    }
    const auto other = questionRecord(library, call.args.at(2));
    if (!other)
        return 1;
    if (!overrides.join(question->id, other->id, &error))
        return fail(error);
    const auto joined = library.questions().question(question->id);
    m_out << Text::tr("%1 and %2 are one concept now, with %n phrasing(s).", nullptr,
                      joined ? int(joined->otherPhrasings.size()) + 1 : 0)
                 .arg(question->reference(), other->reference())
          << '\n';
    return 0;
}

} // namespace sdstudy::cli
