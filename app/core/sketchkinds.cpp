#include "core/sketchkinds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sdstudy::core {

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct SketchKindsText
{
    Q_DECLARE_TR_FUNCTIONS(SketchKinds)
};

// " a b c " holds " b c ": whole words only.
bool holdsPhrase(const QString &paddedLabel, const QString &phrase)
{
    return paddedLabel.contains(u' ' + phrase + u' ');
}

} // namespace

const SketchKinds &SketchKinds::bundled()
{
    static const SketchKinds kinds = [] {
        QFile file(QStringLiteral(":/sketch-kinds.json"));
        QString error;
        std::optional<SketchKinds> read;
        if (file.open(QIODevice::ReadOnly))
            read = parse(file.readAll(), &error);
        // The bundled file is checked by the tests; without it the board has no palette.
        Q_ASSERT_X(read, "SketchKinds::bundled", qPrintable(error));
        return read.value_or(SketchKinds());
    }();
    return kinds;
}

std::optional<SketchKinds> SketchKinds::parse(const QByteArray &json, QString *error)
{
    const QJsonArray list = QJsonDocument::fromJson(json).object().value("kinds"_L1).toArray();
    if (list.isEmpty()) {
        *error = SketchKindsText::tr("sketch-kinds.json: no \"kinds\" list");
        return std::nullopt;
    }
    SketchKinds kinds;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        const QString kind = object.value("kind"_L1).toString();
        const QString role = object.value("role"_L1).toString();
        if (kind.isEmpty() || role.isEmpty() || kinds.m_roles.contains(kind)) {
            *error = SketchKindsText::tr("sketch-kinds.json: a kind without a name or role, or named twice: \"%1\"")
                         .arg(kind);
            return std::nullopt;
        }
        kinds.m_order.append(kind);
        kinds.m_roles.insert(kind, role);
        for (const QJsonValue &name : object.value("names"_L1).toArray())
            kinds.m_names.append({kind, words(name.toString()).join(u' ')});
    }
    for (const QJsonValue &word : QJsonDocument::fromJson(json).object().value("generic"_L1).toArray())
        kinds.m_generic.insert(words(word.toString()).value(0));
    return kinds;
}

QString SketchKinds::displayName(const QString &kind)
{
    static const QHash<QString, const char *> names {
        {u"client"_s, QT_TRANSLATE_NOOP("SketchKinds", "Client")},
        {u"dns-cdn"_s, QT_TRANSLATE_NOOP("SketchKinds", "DNS / CDN")},
        {u"load-balancer"_s, QT_TRANSLATE_NOOP("SketchKinds", "Load balancer")},
        {u"api-gateway"_s, QT_TRANSLATE_NOOP("SketchKinds", "API gateway")},
        {u"service"_s, QT_TRANSLATE_NOOP("SketchKinds", "Service")},
        {u"cache"_s, QT_TRANSLATE_NOOP("SketchKinds", "Cache")},
        {u"database"_s, QT_TRANSLATE_NOOP("SketchKinds", "Database")},
        {u"object-store"_s, QT_TRANSLATE_NOOP("SketchKinds", "Object store")},
        {u"queue"_s, QT_TRANSLATE_NOOP("SketchKinds", "Queue / stream")},
        {u"search-index"_s, QT_TRANSLATE_NOOP("SketchKinds", "Search index")},
        {u"worker"_s, QT_TRANSLATE_NOOP("SketchKinds", "Worker")},
        {u"external"_s, QT_TRANSLATE_NOOP("SketchKinds", "External service")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("SketchKinds", name) : kind;
}

QStringList SketchKinds::words(const QString &label)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList result = label.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString &word : result) {
        if (word.size() > 3 && word.endsWith(u's') && !word.endsWith("ss"_L1))
            word.chop(1);
    }
    return result;
}

QHash<QString, qsizetype> SketchKinds::namesIn(const QString &label, bool specific) const
{
    const QString padded = u' ' + words(label).join(u' ') + u' ';
    QHash<QString, qsizetype> longest;
    for (const Name &name : m_names) {
        if (specific) {
            const QStringList nameWords = name.words.split(u' ');
            if (std::all_of(nameWords.cbegin(), nameWords.cend(), [this](const QString &w) { return isGeneric(w); }))
                continue;
        }
        if (!name.words.isEmpty() && holdsPhrase(padded, name.words))
            longest[name.kind] = std::max(longest.value(name.kind), name.words.size());
    }
    return longest;
}

QString SketchKinds::kindFor(const QString &role, const QString &label) const
{
    const QHash<QString, qsizetype> named = namesIn(label);
    QString best;
    qsizetype bestLength = 0;
    for (const QString &kind : m_order) {
        if (m_roles.value(kind) != role)
            continue;
        if (best.isEmpty())
            best = kind; // the role's first kind, if no name is held
        if (named.value(kind) > bestLength) {
            best = kind;
            bestLength = named.value(kind);
        }
    }
    return best;
}

QSet<QString> SketchKinds::kindsNamedIn(const QString &label) const
{
    const QList<QString> named = namesIn(label).keys();
    return {named.begin(), named.end()};
}

QSet<QString> SketchKinds::kindsNamedSpecificallyIn(const QString &label) const
{
    const QList<QString> named = namesIn(label, true).keys();
    return {named.begin(), named.end()};
}

QString SketchKinds::kindTyped(const QString &typed) const
{
    const QString start = words(typed).join(u' ');
    if (start.isEmpty())
        return {};
    for (const QString &kind : m_order) {
        if (words(displayName(kind)).join(u' ').startsWith(start))
            return kind;
    }
    for (const Name &name : m_names) {
        if (name.words.startsWith(start))
            return name.kind;
    }
    // A name inside what was typed ("push notifier", "chat service"): the longest wins.
    const QHash<QString, qsizetype> named = namesIn(typed);
    QString best;
    for (const QString &kind : m_order) {
        if (named.value(kind) > named.value(best))
            best = kind;
    }
    return best;
}

} // namespace sdstudy::core
