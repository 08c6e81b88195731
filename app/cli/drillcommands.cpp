// The drill commands of `sdstudy`: a generated estimation problem, and the check
// of an answer to it.

#include "cli/clioutput.h"
#include "cli/commandline.h"

#include "core/estimationdrill.h"

#include <QRandomGenerator>

namespace sdstudy::cli {

using namespace Qt::StringLiterals;
using CliOutput::jsonText;
using CliOutput::Text;

namespace {

QString dimensionKey(core::EstimationProblem::Dimension dimension)
{
    switch (dimension) {
    case core::EstimationProblem::Dimension::Rate:
        return u"requests_per_second"_s;
    case core::EstimationProblem::Dimension::Bytes:
        return u"bytes"_s;
    case core::EstimationProblem::Dimension::Bandwidth:
        return u"bytes_per_second"_s;
    case core::EstimationProblem::Dimension::Count:
        return u"count"_s;
    case core::EstimationProblem::Dimension::Duration:
        return u"seconds"_s;
    }
    return {};
}

QJsonObject problemJson(const core::EstimationProblem &problem)
{
    return {{"seed"_L1, qint64(problem.seed)},
            {"type"_L1, problem.type},
            {"question"_L1, problem.question},
            {"answer"_L1, problem.answer},
            {"unit"_L1, dimensionKey(problem.dimension)},
            {"answer_text"_L1, problem.answerText},
            {"tolerance"_L1, problem.tolerance},
            {"tolerance_text"_L1, problem.toleranceText},
            {"steps"_L1, QJsonArray::fromStringList(problem.steps)}};
}

} // namespace

int CommandLine::drill(const Call &call)
{
    const QString what = call.args.value(0);
    if (call.args.size() != 1 || (what != "estimation"_L1 && what != "check"_L1))
        return usage(Text::tr("drill takes estimation or check"));
    const QString type = call.value("type"_L1);
    if (!type.isEmpty() && !core::EstimationDrill::types().contains(type))
        return usage(Text::tr("--type takes one of %1").arg(core::EstimationDrill::types().join(", "_L1)));
    bool ok = true;
    const quint32 seed
        = call.isSet("seed"_L1) ? call.value("seed"_L1).toUInt(&ok) : QRandomGenerator::global()->generate();
    if (!ok)
        return usage(Text::tr("--seed takes a whole number from 0 to 4294967295"));
    const core::EstimationProblem problem
        = type.isEmpty() ? core::EstimationDrill::generate(seed) : core::EstimationDrill::generate(type, seed);

    if (what == "estimation"_L1) {
        if (call.json()) {
            m_out << jsonText(problemJson(problem));
            return 0;
        }
        m_out << Text::tr("%1 (seed %2)").arg(core::EstimationDrill::typeName(problem.type)).arg(problem.seed) << '\n'
              << problem.question << '\n'
              << Text::tr("Answer: %1, accepted %2").arg(problem.answerText, problem.toleranceText) << '\n';
        for (const QString &step : problem.steps)
            m_out << "  " << step << '\n';
        return 0;
    }
    if (!call.isSet("answer"_L1) || !call.isSet("seed"_L1))
        return usage(Text::tr("drill check takes --seed N (and --type, if the problem had one) and --answer TEXT"));
    const core::EstimationVerdict verdict = core::EstimationDrill::check(problem, call.value("answer"_L1));
    if (call.json()) {
        QJsonObject object = problemJson(problem);
        object.insert("given_text"_L1, call.value("answer"_L1));
        object.insert("accepted"_L1, verdict.accepted);
        object.insert("given"_L1, verdict.given ? QJsonValue(*verdict.given) : QJsonValue());
        object.insert("ratio"_L1, verdict.given ? QJsonValue(verdict.ratio) : QJsonValue());
        object.insert("message"_L1, verdict.message);
        m_out << jsonText(object);
        return 0;
    }
    m_out << verdict.message << '\n';
    // The verdict is the output; a wrong or unreadable answer is not a failure of the command.
    return 0;
}

} // namespace sdstudy::cli
