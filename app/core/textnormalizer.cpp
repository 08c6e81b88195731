#include "core/textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sdstudy::core {

namespace {

// Words that frame a question rather than name its subject. "database" is here
// because this bank prefixes it to hundreds of items where it says nothing.
const QSet<QString> &frameWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            "a an the is are was what which who how do does did you your we our it its this that these "
            "those of to for and or vs versus between difference differences explain describe define "
            "definition why when would should can could use used using name give example examples main "
            "common different some role purpose mean means meaning there their be been with on at by as "
            "from into about i me my they them work works happen happens important importance matter "
            "matters benefit benefits advantage advantages disadvantage disadvantages tradeoff tradeoffs "
            "trade off offs pros cons challenge challenges handle handling approach approaches implement "
            "implementation achieve design designing best practice practices overview concept problem problems "
            "solve solves acceptable responsibility responsibilities relate relates compare comparison "
            "database system systems simple detailed like e g");
        const auto parts = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(parts.cbegin(), parts.cend());
    }();
    return words;
}

const QHash<QString, QString> &expansions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("sync"), QStringLiteral("synchronous")},
        {QStringLiteral("async"), QStringLiteral("asynchronous")},
        {QStringLiteral("db"), QStringLiteral("database")},
        {QStringLiteral("dlq"), QStringLiteral("dead letter queue")},
        {QStringLiteral("2pc"), QStringLiteral("two phase commit")},
        {QStringLiteral("3pc"), QStringLiteral("three phase commit")},
        {QStringLiteral("cdc"), QStringLiteral("change data capture")},
        {QStringLiteral("ha"), QStringLiteral("high availability")},
        {QStringLiteral("dr"), QStringLiteral("disaster recovery")},
        {QStringLiteral("lb"), QStringLiteral("load balancer")},
        {QStringLiteral("rollback"), QStringLiteral("roll back")},
    };
    return map;
}

QString stem(QString word)
{
    static const QStringList keep = {QStringLiteral("ss"), QStringLiteral("us"), QStringLiteral("less"),
                                     QStringLiteral("ous"), QStringLiteral("sis")};
    for (const auto &ending : keep) {
        if (word.endsWith(ending))
            return word;
    }
    if (word.size() >= 6 && word.endsWith(QLatin1String("ing")))
        word.chop(3);
    else if (word.size() >= 5 && word.endsWith(QLatin1String("ies")))
        word = word.left(word.size() - 3) + QLatin1Char('y');
    else if (word.size() >= 4 && word.endsWith(QLatin1Char('s')))
        word.chop(1);
    // "scaling" -> "scal" and "scale" -> "scal": one form for both.
    if (word.size() >= 5 && word.endsWith(QLatin1Char('e')))
        word.chop(1);
    return word;
}

} // namespace

namespace TextNormalizer {

QStringList contentWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9+#]+"));
    const QStringList raw = text.toLower().split(separators, Qt::SkipEmptyParts);
    QStringList words;
    for (const QString &token : raw) {
        const QString expanded = expansions().value(token, token);
        for (const auto &word : expanded.split(QLatin1Char(' '))) {
            if (!frameWords().contains(word))
                words.append(stem(word));
        }
    }
    return words;
}

QStringList subjectWords(const QString &title)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[?.!]\\s+|[?.!]$"));
    // "(like WhatsApp)", "(DLQ)": asides and examples, not the subject.
    static const QRegularExpression aside(QStringLiteral("\\([^)]*\\)"));
    const QStringList sentences = QString(title).remove(aside).split(sentenceEnd, Qt::SkipEmptyParts);
    for (const QString &sentence : sentences) {
        // Skip a first sentence with no content: "Why?" in "Exponential backoff? Why?" is never first,
        // but "How do you implement it?" can be.
        const QStringList words = contentWords(sentence);
        if (!words.isEmpty())
            return words;
    }
    return {};
}

bool asksForDesign(const QString &title)
{
    static const QRegularExpression design(QStringLiteral("^(how (would|do) you )?design\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return design.match(title).hasMatch();
}

bool asksForComparison(const QString &title)
{
    static const QRegularExpression comparison(QStringLiteral("\\b(vs\\.?|versus|difference between)\\s"),
                                               QRegularExpression::CaseInsensitiveOption);
    return comparison.match(title).hasMatch();
}

QString canonicalTitle(const QString &title)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return title.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

} // namespace TextNormalizer

} // namespace sdstudy::core
