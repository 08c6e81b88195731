#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

// Back-of-the-envelope problems with fresh numbers from a seed: the same seed
// always gives the same problem, so a problem can be named, shared and checked
// later. Each has its worked solution, step by step with powers of ten, and the
// tolerance an answer is accepted within.
struct EstimationProblem
{
    // What the answer measures, which decides the units an answer may carry.
    enum class Dimension {
        Rate,      // per second: "12k req/s", "12000"
        Bytes,     // "12 TB", "3.5 GB"
        Bandwidth, // bytes or bits per second: "1.2 GB/s", "10 Gbps"
        Count,     // servers, shards, partitions: "34"
        Duration,  // "100 ns", "0.5 ms"
    };

    QString type; // one of EstimationDrill::types()
    quint32 seed = 0;
    QString question;
    double answer = 0; // in the dimension's base unit: per second, bytes, bytes/s, items, seconds
    Dimension dimension = Dimension::Count;
    double tolerance = 1.5; // accepted when answer / tolerance <= given <= answer * tolerance
    QString answerText;     // "≈ 1.16 × 10⁴ requests/s (11,574)"
    QStringList steps;      // the worked solution
    QString toleranceText;  // "within 1.5× either way"
};

struct EstimationVerdict
{
    bool accepted = false;
    std::optional<double> given; // in the base unit, when the answer read
    double ratio = 0;            // given / expected
    QString message;             // what is wrong with the answer, or how close it was
};

namespace EstimationDrill {

// "qps", "peak", "storage", "bandwidth", "cache", "servers", "shards",
// "partitions", "latency".
QStringList types();
QString typeName(const QString &type); // "Requests per second"

// A type for the next problem, chosen by `seed` with each type's weight 1 plus
// twice its recent misses: the types a person gets wrong come back more often.
QString weightedType(const QHash<QString, int> &recentMisses, quint32 seed);

// A problem of a type chosen by the seed, or of the given type.
EstimationProblem generate(quint32 seed);
EstimationProblem generate(const QString &type, quint32 seed);

// Reads an answer such as "12 TB", "1.2e4 req/s", "12k", "10 Gbps", "100 ns"
// in the problem's dimension, and says whether it is within the tolerance.
EstimationVerdict check(const EstimationProblem &problem, const QString &answer);

// A value in the dimension's base unit read from text; nullopt with *error
// saying what is wrong ("give a unit, such as GB or TB").
std::optional<double> parseAnswer(const QString &text, EstimationProblem::Dimension dimension, QString *error);

// 11574.07 -> "1.16 × 10⁴"
QString powerOfTen(double value);
// A value in its dimension's best unit: "11.6 TB", "11,574 requests/s", "100 ns".
QString withUnit(double value, EstimationProblem::Dimension dimension);

// The source the latency figures come from, and its year.
QString latencySource();

} // namespace EstimationDrill

} // namespace sdstudy::core
