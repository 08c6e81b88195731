#include "syntheticbank.h"

#include "core/bankparser.h"
#include "core/studylibrary.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace sdstudy::core;

namespace {

QStringList vocabulary()
{
    const auto parsed = BankParser::parse(StudyLibrary::bundledBank().content, QStringLiteral("system-design.md"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z-]{2,}"));
    QSet<QString> words;
    for (const auto &item : parsed.bank.items) {
        for (const auto &text : {item.title, item.answerText}) {
            auto it = word.globalMatch(text);
            while (it.hasNext())
                words.insert(it.next().captured().toLower());
        }
    }
    QStringList list(words.cbegin(), words.cend());
    list.sort();
    return list;
}

} // namespace

QByteArray syntheticBank(int questionCount, quint32 seed)
{
    const QStringList words = vocabulary();
    QRandomGenerator random(seed);
    // Skewed choice: a few words are common, most are rare, as in real text.
    auto pick = [&] {
        const double u = random.generateDouble();
        return words.at(qsizetype(u * u * double(words.size())));
    };
    static const QStringList openers
        = {QStringLiteral("What is"), QStringLiteral("How do you design"),
           QStringLiteral("Explain the difference between"), QStringLiteral("When would you use")};
    QByteArray out = "# Synthetic bank\n\n";
    out.reserve(questionCount * 220);
    for (int n = 1; n <= questionCount; ++n) {
        QString title = openers.at(random.bounded(openers.size()));
        for (int k = 0, count = 2 + random.bounded(3); k < count; ++k)
            title += QLatin1Char(' ') + pick();
        QString answer;
        for (int k = 0, count = 12 + random.bounded(28); k < count; ++k)
            answer += (k ? QStringLiteral(" ") : QString()) + pick();
        out += QStringLiteral("### %1. %2?\n**Answer:** %3.\n\n").arg(n).arg(title, answer).toUtf8();
    }
    return out;
}
