#include "core/sketch.h"

#include "core/sketchkinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace sdstudy::core {

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct SketchFileText
{
    Q_DECLARE_TR_FUNCTIONS(Sketch)
};

const auto kSketchFormat = "sdstudy-sketch"_L1;

QJsonValue number(double value)
{
    // Whole pixels are enough and keep the file readable.
    return std::round(value * 10) / 10;
}

// Reads the fields of one JSON object of a list, reporting the first mistake
// with where it is ("components[3].x").
class FieldReader
{
public:
    FieldReader(const QJsonValue &value, QString where, QString *error)
        : m_object(value.toObject())
        , m_where(std::move(where))
        , m_error(error)
    {
        if (!value.isObject())
            fail(SketchFileText::tr("%1: not an object").arg(m_where));
    }

    bool ok() const { return m_ok; }

    QString text(const char *key, qsizetype most, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString()) {
            fail(SketchFileText::tr("%1.%2: not a text").arg(m_where, QLatin1String(key)));
            return {};
        }
        const QString text = value.toString();
        if (text.size() > most)
            fail(SketchFileText::tr("%1.%2: longer than %3 characters").arg(m_where, QLatin1String(key)).arg(most));
        // Line breaks and tabs are text; other control characters (a terminal's
        // escapes) are not, and never reach a screen or a terminal from here.
        const bool multiline = most > Sketch::kMostLabelCharacters;
        if (std::any_of(text.cbegin(), text.cend(), [&](QChar c) {
                return c.category() == QChar::Other_Control && !(multiline && (c == u'\n' || c == u'\t'));
            }))
            fail(SketchFileText::tr("%1.%2: holds a control character").arg(m_where, QLatin1String(key)));
        return text;
    }

    double coordinate(const char *key, double lowest = -Sketch::kBoardExtent)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(number) || number < lowest || number > Sketch::kBoardExtent) {
            fail(SketchFileText::tr("%1.%2: not a number from %3 to %4")
                     .arg(m_where, QLatin1String(key))
                     .arg(lowest)
                     .arg(Sketch::kBoardExtent));
            return 0;
        }
        return number;
    }

    void fail(const QString &message)
    {
        if (m_ok)
            *m_error = message;
        m_ok = false;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
    bool m_ok = true;
};

// The list under `key`, if it is one and not longer than `most`.
std::optional<QJsonArray> list(const QJsonObject &root, const char *key, qsizetype most, QString *error)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray()) {
        *error = SketchFileText::tr("%1: not a list").arg(QLatin1String(key));
        return std::nullopt;
    }
    if (value.toArray().size() > most) {
        *error
            = SketchFileText::tr("%1: more than %2 items; a sketch holds at most %2").arg(QLatin1String(key)).arg(most);
        return std::nullopt;
    }
    return value.toArray();
}

QString at(const char *key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(index);
}

} // namespace

bool Sketch::isEmpty() const
{
    return components.isEmpty() && connections.isEmpty() && texts.isEmpty() && frames.isEmpty();
}

const SketchComponent *Sketch::component(const QString &id) const
{
    for (const SketchComponent &c : components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString Sketch::freeComponentId() const
{
    QSet<QString> taken;
    for (const SketchComponent &c : components)
        taken.insert(c.id);
    for (qsizetype n = components.size() + 1;; ++n) {
        const QString id = QStringLiteral("c%1").arg(n);
        if (!taken.contains(id))
            return id;
    }
}

QJsonObject Sketch::toJson() const
{
    QJsonArray componentList;
    for (const SketchComponent &c : components)
        componentList.append(QJsonObject {{"id"_L1, c.id},
                                          {"kind"_L1, c.kind},
                                          {"label"_L1, c.label},
                                          {"x"_L1, number(c.centre.x())},
                                          {"y"_L1, number(c.centre.y())}});
    QJsonArray connectionList;
    for (const SketchConnection &c : connections) {
        QJsonObject object {{"from"_L1, c.from}, {"to"_L1, c.to}};
        if (!c.label.isEmpty())
            object.insert("label"_L1, c.label);
        if (!c.path.isEmpty())
            object.insert("path"_L1, c.path);
        connectionList.append(object);
    }
    QJsonArray textList;
    for (const SketchText &t : texts)
        textList.append(
            QJsonObject {{"text"_L1, t.text}, {"x"_L1, number(t.topLeft.x())}, {"y"_L1, number(t.topLeft.y())}});
    QJsonArray frameList;
    for (const SketchFrame &f : frames)
        frameList.append(QJsonObject {{"label"_L1, f.label},
                                      {"x"_L1, number(f.rect.x())},
                                      {"y"_L1, number(f.rect.y())},
                                      {"width"_L1, number(f.rect.width())},
                                      {"height"_L1, number(f.rect.height())}});
    return {{"format"_L1, kSketchFormat},       {"version"_L1, kFormatVersion}, {"components"_L1, componentList},
            {"connections"_L1, connectionList}, {"texts"_L1, textList},         {"frames"_L1, frameList}};
}

QByteArray Sketch::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Sketch> Sketch::fromJson(const QByteArray &text, QString *error)
{
    const QStringList kinds = SketchKinds::bundled().kinds();
    if (text.size() > kMostFileBytes) {
        *error = SketchFileText::tr("larger than a sketch can be (%1 MB)").arg(kMostFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(text.left(parseError.offset).count('\n')) + 1;
        *error = SketchFileText::tr("line %1: %2").arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("format"_L1).toString() != kSketchFormat) {
        *error
            = SketchFileText::tr("not a System Design Study sketch (its \"format\" is not \"%1\")").arg(kSketchFormat);
        return std::nullopt;
    }
    if (root.value("version"_L1).toInt(-1) < 1 || root.value("version"_L1).toInt() > kFormatVersion) {
        *error = SketchFileText::tr("version %1 of the sketch format is not one this app reads (it reads 1 to %2)")
                     .arg(root.value("version"_L1).toVariant().toString())
                     .arg(kFormatVersion);
        return std::nullopt;
    }
    const auto componentList = list(root, "components", kMostComponents, error);
    const auto connectionList = componentList ? list(root, "connections", kMostConnections, error) : std::nullopt;
    const auto textList = connectionList ? list(root, "texts", kMostTexts, error) : std::nullopt;
    const auto frameList = textList ? list(root, "frames", kMostFrames, error) : std::nullopt;
    if (!frameList)
        return std::nullopt;

    Sketch sketch;
    QSet<QString> ids;
    for (qsizetype i = 0; i < componentList->size(); ++i) {
        FieldReader read(componentList->at(i), at("components", i), error);
        SketchComponent c;
        c.id = read.text("id", kMostLabelCharacters, true);
        c.kind = read.text("kind", kMostLabelCharacters, true);
        c.label = read.text("label", kMostLabelCharacters, false);
        c.centre = QPointF(read.coordinate("x"), read.coordinate("y"));
        if (read.ok() && c.id.isEmpty())
            read.fail(SketchFileText::tr("%1.id: empty").arg(at("components", i)));
        if (read.ok() && ids.contains(c.id))
            read.fail(SketchFileText::tr("%1.id: \"%2\" is used twice").arg(at("components", i), c.id));
        if (read.ok() && !kinds.contains(c.kind))
            read.fail(SketchFileText::tr("%1.kind: \"%2\" is not one of %3")
                          .arg(at("components", i), c.kind, kinds.join(", "_L1)));
        if (!read.ok())
            return std::nullopt;
        ids.insert(c.id);
        sketch.components.append(c);
    }
    for (qsizetype i = 0; i < connectionList->size(); ++i) {
        FieldReader read(connectionList->at(i), at("connections", i), error);
        SketchConnection c;
        c.from = read.text("from", kMostLabelCharacters, true);
        c.to = read.text("to", kMostLabelCharacters, true);
        c.label = read.text("label", kMostLabelCharacters, false);
        c.path = read.text("path", kMostLabelCharacters, false);
        for (const QString &end : {c.from, c.to}) {
            if (read.ok() && !ids.contains(end))
                read.fail(SketchFileText::tr("%1: no component \"%2\"").arg(at("connections", i), end));
        }
        if (read.ok() && c.from == c.to)
            read.fail(SketchFileText::tr("%1: connects \"%2\" to itself").arg(at("connections", i), c.from));
        if (read.ok() && !c.path.isEmpty() && c.path != "read"_L1 && c.path != "write"_L1 && c.path != "async"_L1)
            read.fail(
                SketchFileText::tr("%1.path: \"%2\" is not read, write or async").arg(at("connections", i), c.path));
        if (!read.ok())
            return std::nullopt;
        sketch.connections.append(c);
    }
    for (qsizetype i = 0; i < textList->size(); ++i) {
        FieldReader read(textList->at(i), at("texts", i), error);
        SketchText t;
        t.text = read.text("text", kMostTextCharacters, true);
        t.topLeft = QPointF(read.coordinate("x"), read.coordinate("y"));
        if (!read.ok())
            return std::nullopt;
        sketch.texts.append(t);
    }
    for (qsizetype i = 0; i < frameList->size(); ++i) {
        FieldReader read(frameList->at(i), at("frames", i), error);
        SketchFrame f;
        f.label = read.text("label", kMostLabelCharacters, false);
        f.rect = QRectF(read.coordinate("x"), read.coordinate("y"), read.coordinate("width", 0),
                        read.coordinate("height", 0));
        if (!read.ok())
            return std::nullopt;
        sketch.frames.append(f);
    }
    return sketch;
}

} // namespace sdstudy::core
