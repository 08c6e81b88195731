#include "core/estimationdrill.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

namespace sdstudy::core {

using namespace Qt::StringLiterals;
using Dimension = EstimationProblem::Dimension;

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct EstimationDrillText
{
    Q_DECLARE_TR_FUNCTIONS(EstimationDrill)
};

constexpr double kSecondsPerDay = 86'400;
constexpr double kDaysPerYear = 365;
constexpr double kLoose = 1.5;             // computed in several steps, each rounded
constexpr double kCount = 1.25;            // servers, shards, partitions: ±25%
const double kMagnitude = std::sqrt(10.0); // the same power of ten, rounded

struct LatencyNumber
{
    QString key;
    QString name;
    double seconds;
};

struct LatencyTable
{
    QString source;
    int year = 0;
    QList<LatencyNumber> numbers;
};

const LatencyTable &latencyTable()
{
    static const LatencyTable table = [] {
        LatencyTable read;
        QFile file(u":/latency-numbers.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return read;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        read.source = root.value("source"_L1).toString();
        read.year = root.value("year"_L1).toInt();
        for (const QJsonValue &value : root.value("numbers"_L1).toArray())
            read.numbers.append(
                {value["key"_L1].toString(), value["name"_L1].toString(), value["seconds"_L1].toDouble()});
        return read;
    }();
    return table;
}

// What each latency is called, translated (the data file keeps the figures).
QString latencyName(const LatencyNumber &number)
{
    static const QHash<QString, const char *> names {
        {u"l1"_s, QT_TRANSLATE_NOOP("EstimationDrill", "an L1 cache reference")},
        {u"branch"_s, QT_TRANSLATE_NOOP("EstimationDrill", "a branch mispredict")},
        {u"l2"_s, QT_TRANSLATE_NOOP("EstimationDrill", "an L2 cache reference")},
        {u"mutex"_s, QT_TRANSLATE_NOOP("EstimationDrill", "a mutex lock and unlock")},
        {u"memory"_s, QT_TRANSLATE_NOOP("EstimationDrill", "a main memory reference")},
        {u"compress"_s, QT_TRANSLATE_NOOP("EstimationDrill", "compressing 1 KB with a fast compressor (Snappy)")},
        {u"network1k"_s, QT_TRANSLATE_NOOP("EstimationDrill", "sending 1 KB over a 1 Gbit/s network")},
        {u"ssd4k"_s, QT_TRANSLATE_NOOP("EstimationDrill", "a random 4 KB read from an SSD")},
        {u"memory1mb"_s, QT_TRANSLATE_NOOP("EstimationDrill", "reading 1 MB sequentially from memory")},
        {u"datacenter"_s, QT_TRANSLATE_NOOP("EstimationDrill", "a round trip within one datacenter")},
        {u"ssd1mb"_s, QT_TRANSLATE_NOOP("EstimationDrill", "reading 1 MB sequentially from an SSD")},
        {u"seek"_s, QT_TRANSLATE_NOOP("EstimationDrill", "a disk seek")},
        {u"disk1mb"_s, QT_TRANSLATE_NOOP("EstimationDrill", "reading 1 MB sequentially from a spinning disk")},
        {u"continents"_s,
         QT_TRANSLATE_NOOP("EstimationDrill", "a packet's round trip from California to the Netherlands and back")},
    };
    const char *name = names.value(number.key);
    return name ? QCoreApplication::translate("EstimationDrill", name) : number.name;
}

template <typename T>
T pick(QRandomGenerator &random, std::initializer_list<T> values)
{
    return *(values.begin() + random.bounded(int(values.size())));
}

// A count a person reads: "20 million", "500,000".
QString people(double value)
{
    if (value >= 1e9 && std::fmod(value, 1e9) == 0)
        return EstimationDrillText::tr("%L1 billion").arg(value / 1e9);
    if (value >= 1e6 && std::fmod(value, 1e6) == 0)
        return EstimationDrillText::tr("%L1 million").arg(value / 1e6);
    return QLocale().toString(value, 'f', 0);
}

// How many times off an answer is: "2.5", or "10⁴" when far off.
QString timesText(double ratio)
{
    return ratio < 100 ? QLocale().toString(ratio, 'g', 2) : EstimationDrill::powerOfTen(ratio);
}

QString toleranceText(double tolerance)
{
    if (tolerance == kCount)
        return EstimationDrillText::tr("within 25% either way");
    if (tolerance == kMagnitude)
        return EstimationDrillText::tr("within about 3× either way (the same order of magnitude)");
    return EstimationDrillText::tr("within %L1× either way").arg(tolerance);
}

EstimationProblem made(const QString &type, quint32 seed, Dimension dimension, double answer, double tolerance)
{
    EstimationProblem problem;
    problem.type = type;
    problem.seed = seed;
    problem.dimension = dimension;
    problem.answer = answer;
    problem.tolerance = tolerance;
    problem.toleranceText = toleranceText(tolerance);
    problem.answerText = EstimationDrill::withUnit(answer, dimension);
    if (dimension == Dimension::Rate || dimension == Dimension::Bytes)
        problem.answerText
            = EstimationDrillText::tr("%1 (%2)").arg(problem.answerText, EstimationDrill::powerOfTen(answer));
    return problem;
}

using EstimationDrill::powerOfTen;
using EstimationDrill::withUnit;

EstimationProblem requestsPerSecond(quint32 seed, bool peak)
{
    QRandomGenerator random(seed);
    const double users = pick(random, {2e6, 5e6, 10e6, 20e6, 50e6, 100e6, 200e6, 500e6});
    const double actions = pick(random, {2.0, 4.0, 5.0, 10.0, 20.0, 30.0, 50.0});
    const double factor = pick(random, {2.0, 3.0, 5.0, 10.0});
    const double perDay = users * actions;
    const double average = perDay / kSecondsPerDay;
    EstimationProblem problem
        = made(peak ? u"peak"_s : u"qps"_s, seed, Dimension::Rate, peak ? average * factor : average, kLoose);
    problem.question = peak
        ? EstimationDrillText::tr(
              "%1 daily active users each make %2 requests a day, and the busiest hour carries %3 times the "
              "average load. What peak rate of requests must the system handle?")
              .arg(people(users))
              .arg(actions)
              .arg(factor)
        : EstimationDrillText::tr(
              "%1 daily active users each make %2 requests a day. What is the average number of requests per "
              "second?")
              .arg(people(users))
              .arg(actions);
    problem.steps = {
        EstimationDrillText::tr("Requests a day: %1 × %2 = %3")
            .arg(powerOfTen(users))
            .arg(actions)
            .arg(powerOfTen(perDay)),
        EstimationDrillText::tr("A day has 86,400 seconds: 8.64 × 10⁴, about 10⁵"),
        EstimationDrillText::tr("Average per second: %1 ÷ (8.64 × 10⁴) ≈ %2")
            .arg(powerOfTen(perDay), powerOfTen(average)),
    };
    if (peak)
        problem.steps.append(EstimationDrillText::tr("At peak: %1 × %2 ≈ %3")
                                 .arg(powerOfTen(average))
                                 .arg(factor)
                                 .arg(powerOfTen(problem.answer)));
    return problem;
}

EstimationProblem storage(quint32 seed)
{
    QRandomGenerator random(seed);
    const double items = pick(random, {1e6, 5e6, 10e6, 50e6, 100e6, 500e6});
    const double size = pick(random, {200.0, 500.0, 1e3, 2e3, 10e3, 100e3});
    const double years = pick(random, {1.0, 3.0, 5.0, 10.0});
    const double copies = pick(random, {2.0, 3.0});
    const double perDay = items * size;
    const double perYear = perDay * kDaysPerYear;
    EstimationProblem problem = made(u"storage"_s, seed, Dimension::Bytes, perYear * years * copies, kLoose);
    problem.question
        = EstimationDrillText::tr("%1 new items are stored each day, %2 each. How much storage do %n year(s) take, "
                                  "with %3 copies of everything?",
                                  nullptr, int(years))
              .arg(people(items), withUnit(size, Dimension::Bytes))
              .arg(copies);
    problem.steps = {
        EstimationDrillText::tr("A day: %1 × %2 B = %3 B").arg(powerOfTen(items), powerOfTen(size), powerOfTen(perDay)),
        EstimationDrillText::tr("A year: %1 × 365 ≈ %2 B (%3)")
            .arg(powerOfTen(perDay), powerOfTen(perYear), withUnit(perYear, Dimension::Bytes)),
        EstimationDrillText::tr("%n year(s): %1 B", nullptr, int(years)).arg(powerOfTen(perYear * years)),
        EstimationDrillText::tr("With %1 copies: %2 B = %3")
            .arg(copies)
            .arg(powerOfTen(problem.answer), withUnit(problem.answer, Dimension::Bytes)),
    };
    return problem;
}

EstimationProblem bandwidth(quint32 seed)
{
    QRandomGenerator random(seed);
    const double rate = pick(random, {1e3, 2e3, 5e3, 10e3, 20e3, 50e3, 100e3});
    const double size = pick(random, {2e3, 10e3, 50e3, 100e3, 500e3, 1e6});
    EstimationProblem problem = made(u"bandwidth"_s, seed, Dimension::Bandwidth, rate * size, kLoose);
    problem.question
        = EstimationDrillText::tr("At peak the service answers %1 requests per second, each response %2. What "
                                  "outgoing bandwidth does it need?")
              .arg(people(rate), withUnit(size, Dimension::Bytes));
    problem.steps = {
        EstimationDrillText::tr("Bytes per second: %1 × %2 B = %3 B/s")
            .arg(powerOfTen(rate), powerOfTen(size), powerOfTen(problem.answer)),
        EstimationDrillText::tr("In bits: × 8 = %1 bit/s").arg(powerOfTen(problem.answer * 8)),
    };
    return problem;
}

EstimationProblem cacheMemory(quint32 seed)
{
    QRandomGenerator random(seed);
    const double items = pick(random, {10e6, 50e6, 100e6, 500e6, 1e9});
    const double size = pick(random, {100.0, 500.0, 1e3, 2e3, 5e3});
    const int hotPercent = pick(random, {10, 20});
    const int readsPercent = 100 - hotPercent;
    const double all = items * size;
    EstimationProblem problem = made(u"cache"_s, seed, Dimension::Bytes, all * hotPercent / 100.0, kLoose);
    problem.question
        = EstimationDrillText::tr("There are %1 items of %2 each, and %3% of the items get %4% of the reads. How much "
                                  "cache memory holds the hot items, for a hit ratio of about %4%?")
              .arg(people(items), withUnit(size, Dimension::Bytes))
              .arg(hotPercent)
              .arg(readsPercent);
    problem.steps = {
        EstimationDrillText::tr("All the data: %1 × %2 B = %3 B")
            .arg(powerOfTen(items), powerOfTen(size), powerOfTen(all)),
        EstimationDrillText::tr("The hot %1%: %2 × %3 = %4 B (%5)")
            .arg(hotPercent)
            .arg(powerOfTen(all))
            .arg(hotPercent / 100.0)
            .arg(powerOfTen(problem.answer), withUnit(problem.answer, Dimension::Bytes)),
    };
    return problem;
}

EstimationProblem servers(quint32 seed)
{
    QRandomGenerator random(seed);
    const double peak = pick(random, {5e3, 10e3, 20e3, 50e3, 100e3, 200e3});
    const double perServer = pick(random, {200.0, 500.0, 1e3, 2e3, 5e3});
    const int busyPercent = pick(random, {50, 60, 70, 80});
    const double usable = perServer * busyPercent / 100.0;
    const double needed = std::ceil(peak / usable);
    EstimationProblem problem = made(u"servers"_s, seed, Dimension::Count, needed, kCount);
    problem.question
        = EstimationDrillText::tr("At peak %1 requests arrive per second, and one server handles %2 per second. How "
                                  "many servers keep each one at most %3% busy?")
              .arg(people(peak), people(perServer))
              .arg(busyPercent);
    problem.steps = {
        EstimationDrillText::tr("Each server takes %1 × %2 = %3 per second")
            .arg(people(perServer))
            .arg(busyPercent / 100.0)
            .arg(usable),
        EstimationDrillText::tr("Servers: %1 ÷ %2 ≈ %3, rounded up: %4")
            .arg(powerOfTen(peak))
            .arg(usable)
            .arg(QLocale().toString(peak / usable, 'f', 1))
            .arg(needed),
    };
    return problem;
}

EstimationProblem shards(quint32 seed)
{
    QRandomGenerator random(seed);
    const double data = pick(random, {5e12, 10e12, 20e12, 50e12, 100e12, 200e12});
    const double perShard = pick(random, {500e9, 1e12, 2e12, 4e12});
    const int fullPercent = pick(random, {50, 70});
    const double usable = perShard * fullPercent / 100.0;
    const double needed = std::ceil(data / usable);
    EstimationProblem problem = made(u"shards"_s, seed, Dimension::Count, needed, kCount);
    problem.question
        = EstimationDrillText::tr("A database holds %1. Each shard's machine has %2 of disk and is kept at most %3% "
                                  "full. How many shards does it take?")
              .arg(withUnit(data, Dimension::Bytes), withUnit(perShard, Dimension::Bytes))
              .arg(fullPercent);
    problem.steps = {
        EstimationDrillText::tr("Each shard holds %1 × %2 = %3")
            .arg(withUnit(perShard, Dimension::Bytes))
            .arg(fullPercent / 100.0)
            .arg(withUnit(usable, Dimension::Bytes)),
        EstimationDrillText::tr("Shards: %1 ÷ %2 = %3, rounded up: %4")
            .arg(powerOfTen(data), powerOfTen(usable), QLocale().toString(data / usable, 'f', 1))
            .arg(needed),
    };
    return problem;
}

EstimationProblem partitions(quint32 seed)
{
    QRandomGenerator random(seed);
    const double target = pick(random, {50.0, 100.0, 200.0, 500.0, 1000.0});
    const double perProducer = pick(random, {10.0, 20.0, 50.0});
    const double perConsumer = pick(random, {5.0, 10.0, 20.0});
    const double forProducers = target / perProducer;
    const double forConsumers = target / perConsumer;
    const double needed = std::ceil(std::max(forProducers, forConsumers));
    EstimationProblem problem = made(u"partitions"_s, seed, Dimension::Count, needed, kCount);
    problem.question = EstimationDrillText::tr(
                           "A Kafka topic must take %1 MB/s. One partition takes %2 MB/s from producers, and one "
                           "consumer processes %3 MB/s. How many partitions does the topic need?")
                           .arg(target)
                           .arg(perProducer)
                           .arg(perConsumer);
    problem.steps = {
        EstimationDrillText::tr("For the producers: %1 ÷ %2 = %3").arg(target).arg(perProducer).arg(forProducers),
        EstimationDrillText::tr("For the consumers (one consumer per partition at most): %1 ÷ %2 = %3")
            .arg(target)
            .arg(perConsumer)
            .arg(forConsumers),
        EstimationDrillText::tr("The larger, rounded up: %1").arg(needed),
    };
    return problem;
}

EstimationProblem latency(quint32 seed)
{
    QRandomGenerator random(seed);
    const LatencyTable &table = latencyTable();
    if (table.numbers.isEmpty())
        return made(u"latency"_s, seed, Dimension::Duration, 1, kMagnitude);
    const LatencyNumber &number = table.numbers[random.bounded(int(table.numbers.size()))];
    EstimationProblem problem = made(u"latency"_s, seed, Dimension::Duration, number.seconds, kMagnitude);
    problem.question = EstimationDrillText::tr("About how long does %1 take?").arg(latencyName(number));
    problem.steps = {
        EstimationDrillText::tr("%1: about %2 (%3 s)")
            .arg(latencyName(number), withUnit(number.seconds, Dimension::Duration), powerOfTen(number.seconds)),
        EstimationDrillText::tr("Source: %1 (%2)").arg(table.source).arg(table.year),
    };
    return problem;
}

// SI prefixes, and binary ones with an "i".
std::optional<double> prefixValue(const QString &prefix, bool binary)
{
    static const QString letters = u"kmgtpe"_s;
    if (prefix.isEmpty())
        return binary ? std::nullopt : std::optional(1.0);
    const qsizetype power = letters.indexOf(prefix.toLower());
    if (power < 0)
        return std::nullopt;
    return binary ? std::pow(1024.0, double(power + 1)) : std::pow(1000.0, double(power + 1));
}

} // namespace

QStringList EstimationDrill::types()
{
    return {u"qps"_s,     u"peak"_s,   u"storage"_s,    u"bandwidth"_s, u"cache"_s,
            u"servers"_s, u"shards"_s, u"partitions"_s, u"latency"_s};
}

QString EstimationDrill::typeName(const QString &type)
{
    static const QHash<QString, const char *> names {
        {u"qps"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Requests per second")},
        {u"peak"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Peak load")},
        {u"storage"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Storage")},
        {u"bandwidth"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Bandwidth")},
        {u"cache"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Cache memory")},
        {u"servers"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Servers")},
        {u"shards"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Shards")},
        {u"partitions"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Kafka partitions")},
        {u"latency"_s, QT_TRANSLATE_NOOP("EstimationDrill", "Latency numbers")},
    };
    const char *name = names.value(type);
    return name ? QCoreApplication::translate("EstimationDrill", name) : type;
}

QString EstimationDrill::weightedType(const QHash<QString, int> &recentMisses, quint32 seed)
{
    const QStringList all = types();
    QList<int> weights;
    int total = 0;
    for (const QString &type : all) {
        weights.append(1 + 2 * std::max(0, recentMisses.value(type)));
        total += weights.last();
    }
    QRandomGenerator random(seed ^ 0x5bd1e995u);
    int pick = int(random.bounded(total));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (pick < weights[i])
            return all[i];
        pick -= weights[i];
    }
    return all.last();
}

EstimationProblem EstimationDrill::generate(quint32 seed)
{
    // Its own stream for the type, so that the numbers of a type do not depend on it.
    QRandomGenerator random(seed ^ 0x9e3779b9u);
    const QStringList all = types();
    return generate(all[random.bounded(int(all.size()))], seed);
}

EstimationProblem EstimationDrill::generate(const QString &type, quint32 seed)
{
    if (type == "peak"_L1)
        return requestsPerSecond(seed, true);
    if (type == "storage"_L1)
        return storage(seed);
    if (type == "bandwidth"_L1)
        return bandwidth(seed);
    if (type == "cache"_L1)
        return cacheMemory(seed);
    if (type == "servers"_L1)
        return servers(seed);
    if (type == "shards"_L1)
        return shards(seed);
    if (type == "partitions"_L1)
        return partitions(seed);
    if (type == "latency"_L1)
        return latency(seed);
    return requestsPerSecond(seed, false);
}

QString EstimationDrill::powerOfTen(double value)
{
    if (value == 0 || !std::isfinite(value))
        return QLocale().toString(value);
    static const QString superscripts = u"⁰¹²³⁴⁵⁶⁷⁸⁹"_s;
    int exponent = int(std::floor(std::log10(std::abs(value))));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::round(mantissa * 100) / 100 >= 10) { // 9.999 shows as 10.00
        mantissa /= 10;
        ++exponent;
    }
    if (exponent == 0)
        return QLocale().toString(mantissa, 'g', 3);
    QString power;
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += superscripts.at(digit.digitValue());
    if (exponent < 0)
        power.prepend(u'⁻');
    const QString lead = std::abs(mantissa - 1) < 0.005 ? QString() : QLocale().toString(mantissa, 'g', 3) + u" × "_s;
    return lead + u"10"_s + power;
}

QString EstimationDrill::withUnit(double value, Dimension dimension)
{
    const auto scaled = [&](const QStringList &units, double step) {
        qsizetype i = 0;
        double v = value;
        while (std::abs(v) >= step && i + 1 < units.size()) {
            v /= step;
            ++i;
        }
        return EstimationDrillText::tr("%1 %2").arg(QLocale().toString(v, 'g', 3), units[i]);
    };
    switch (dimension) {
    case Dimension::Rate:
        return EstimationDrillText::tr("%1 requests/s").arg(QLocale().toString(value, 'f', value < 10 ? 1 : 0));
    case Dimension::Bytes:
        return scaled({u"B"_s, u"KB"_s, u"MB"_s, u"GB"_s, u"TB"_s, u"PB"_s, u"EB"_s}, 1000);
    case Dimension::Bandwidth:
        return EstimationDrillText::tr("%1 (%2)").arg(
            scaled({u"B/s"_s, u"KB/s"_s, u"MB/s"_s, u"GB/s"_s, u"TB/s"_s}, 1000),
            EstimationDrillText::tr("%1 bit/s").arg(powerOfTen(value * 8)));
    case Dimension::Count:
        return QLocale().toString(value, 'f', 0);
    case Dimension::Duration: {
        const QList<std::pair<double, QString>> units {{1e-9, u"ns"_s}, {1e-6, u"µs"_s}, {1e-3, u"ms"_s}, {1, u"s"_s}};
        std::pair<double, QString> unit = units.first();
        for (const auto &candidate : units) {
            if (value >= candidate.first)
                unit = candidate;
        }
        return EstimationDrillText::tr("%1 %2").arg(QLocale().toString(value / unit.first, 'g', 3), unit.second);
    }
    }
    return {};
}

std::optional<double> EstimationDrill::parseAnswer(const QString &text, Dimension dimension, QString *error)
{
    QString answer = text.trimmed();
    answer.replace(u'×', u'x').replace(u'−', u'-').replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    answer.remove(u'≈').remove(u'~');
    answer = answer.trimmed();
    if (answer.size() > 64) {
        *error = EstimationDrillText::tr("write a number and a unit, such as 12 TB");
        return std::nullopt;
    }
    // A number, with digit groups, an exponent or "x 10^n"; or a bare "10^n".
    static const QRegularExpression number(
        uR"(^(?:10\s*\^\s*([+-]?\d{1,3})|(\d{1,3}(?:[,_']\d{3})+|\d+(?:\.\d+)?|\.\d+)(?:\s*[eE]([+-]?\d{1,3})|\s*[xX*]\s*10\s*\^\s*([+-]?\d{1,3}))?))"_s);
    const QRegularExpressionMatch match = number.match(answer);
    if (!match.hasMatch()) {
        *error = EstimationDrillText::tr("\"%1\" does not start with a number").arg(text.trimmed());
        return std::nullopt;
    }
    double value = 1;
    if (!match.captured(1).isEmpty()) {
        value = std::pow(10.0, match.captured(1).toInt());
    } else {
        QString digits = match.captured(2);
        digits.remove(u',').remove(u'_').remove(u'\'');
        value = digits.toDouble();
        const QString exponent = !match.captured(3).isEmpty() ? match.captured(3) : match.captured(4);
        if (!exponent.isEmpty())
            value *= std::pow(10.0, exponent.toInt());
    }
    QString unit = answer.mid(match.capturedLength()).trimmed();
    const QString lower = unit.toLower();

    const auto countWord = [&](const QStringList &allowed) -> std::optional<double> {
        // "12k", "1.2 million", then the thing counted, if any.
        static const QRegularExpression scale(uR"(^(k|thousand|m|mn|million|b|bn|billion)\b\s*)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        QString rest = lower;
        double multiplier = 1;
        if (const auto m = scale.match(rest); m.hasMatch()) {
            const QString word = m.captured(1);
            multiplier = word.startsWith(u'k') || word == "thousand"_L1 ? 1e3 : word.startsWith(u'm') ? 1e6 : 1e9;
            rest = rest.mid(m.capturedLength()).trimmed();
        }
        if (!rest.isEmpty() && !allowed.contains(rest))
            return std::nullopt;
        return value * multiplier;
    };

    std::optional<double> result;
    switch (dimension) {
    case Dimension::Rate:
        result = countWord({u"/s"_s, u"/sec"_s, u"per second"_s, u"qps"_s, u"rps"_s, u"req/s"_s, u"reqs/s"_s,
                            u"requests/s"_s, u"requests per second"_s, u"requests/sec"_s, u"ops/s"_s,
                            u"queries per second"_s, u"queries/s"_s});
        if (!result)
            *error
                = EstimationDrillText::tr("\"%1\" is not a rate; write requests per second, such as 12000 or 12k req/s")
                      .arg(unit);
        break;
    case Dimension::Count:
        result = countWord({u"server"_s, u"servers"_s, u"shard"_s, u"shards"_s, u"partition"_s, u"partitions"_s,
                            u"machine"_s, u"machines"_s, u"node"_s, u"nodes"_s, u"host"_s, u"hosts"_s, u"instance"_s,
                            u"instances"_s});
        if (!result)
            *error = EstimationDrillText::tr("\"%1\" is not something counted; write a number, such as 34").arg(unit);
        break;
    case Dimension::Bytes: {
        static const QRegularExpression bytes(uR"(^([kmgtpe]?)(i?)(b|byte|bytes)$)"_s);
        const auto m = bytes.match(lower);
        const auto prefix = m.hasMatch() ? prefixValue(m.captured(1), !m.captured(2).isEmpty()) : std::nullopt;
        if (prefix)
            result = value * *prefix;
        else
            *error = unit.isEmpty()
                ? EstimationDrillText::tr("give a unit, such as GB or TB")
                : EstimationDrillText::tr("\"%1\" is not a size; write B, KB, MB, GB, TB or PB").arg(unit);
        break;
    }
    case Dimension::Bandwidth: {
        // A capital B is bytes, a small b or "bit" is bits: 1 GB/s = 8 Gbit/s = 8 Gbps.
        static const QRegularExpression rate(
            uR"(^([kKmMgGtTpP]?)(i?)(B|b|bit|bits|byte|bytes)\s*(/\s*s|/\s*sec|ps|per second)$)"_s);
        const auto m = rate.match(unit);
        const auto prefix = m.hasMatch() ? prefixValue(m.captured(1), !m.captured(2).isEmpty()) : std::nullopt;
        if (prefix) {
            const QString what = m.captured(3);
            const bool bits = what == "b"_L1 || what.startsWith("bit"_L1);
            result = value * *prefix / (bits ? 8 : 1);
        } else {
            *error = unit.isEmpty()
                ? EstimationDrillText::tr("give a unit, such as MB/s or Gbps")
                : EstimationDrillText::tr("\"%1\" is not a bandwidth; write MB/s, GB/s or Gbps").arg(unit);
        }
        break;
    }
    case Dimension::Duration: {
        static const QHash<QString, double> units {
            {u"ns"_s, 1e-9}, {u"nanosecond"_s, 1e-9},  {u"nanoseconds"_s, 1e-9},  {u"us"_s, 1e-6},
            {u"µs"_s, 1e-6}, {u"μs"_s, 1e-6},          {u"microsecond"_s, 1e-6},  {u"microseconds"_s, 1e-6},
            {u"ms"_s, 1e-3}, {u"millisecond"_s, 1e-3}, {u"milliseconds"_s, 1e-3}, {u"s"_s, 1},
            {u"sec"_s, 1},   {u"second"_s, 1},         {u"seconds"_s, 1}};
        if (units.contains(lower))
            result = value * units.value(lower);
        else
            *error = unit.isEmpty() ? EstimationDrillText::tr("give a unit, such as ns, µs or ms")
                                    : EstimationDrillText::tr("\"%1\" is not a time; write ns, µs, ms or s").arg(unit);
        break;
    }
    }
    if (result && !std::isfinite(*result)) {
        *error = EstimationDrillText::tr("the number is too large");
        return std::nullopt;
    }
    if (result && !(*result > 0)) {
        *error = EstimationDrillText::tr("the answer must be more than zero");
        return std::nullopt;
    }
    return result;
}

EstimationVerdict EstimationDrill::check(const EstimationProblem &problem, const QString &answer)
{
    EstimationVerdict verdict;
    QString error;
    verdict.given = parseAnswer(answer, problem.dimension, &error);
    if (!verdict.given) {
        verdict.message = error;
        return verdict;
    }
    verdict.ratio = *verdict.given / problem.answer;
    if (!std::isfinite(verdict.ratio) || verdict.ratio <= 0) {
        // So far off the scale that no comparison means anything: not an answer.
        verdict.given.reset();
        verdict.ratio = 0;
        verdict.message = EstimationDrillText::tr("the number is too large");
        return verdict;
    }
    verdict.accepted
        = verdict.ratio <= problem.tolerance * (1 + 1e-9) && verdict.ratio >= 1 / problem.tolerance * (1 - 1e-9);
    const QString given = withUnit(*verdict.given, problem.dimension);
    if (verdict.accepted)
        verdict.message
            = EstimationDrillText::tr("Right: %1 is %2 of %3.").arg(given, problem.toleranceText, problem.answerText);
    else if (verdict.ratio > 1)
        verdict.message = EstimationDrillText::tr("Too high: %1 is %2 times %3.")
                              .arg(given, timesText(verdict.ratio), problem.answerText);
    else
        verdict.message = EstimationDrillText::tr("Too low: %1 is 1/%2 of %3.")
                              .arg(given, timesText(1 / verdict.ratio), problem.answerText);
    return verdict;
}

QString EstimationDrill::latencySource()
{
    return EstimationDrillText::tr("%1 (%2)").arg(latencyTable().source).arg(latencyTable().year);
}

} // namespace sdstudy::core
