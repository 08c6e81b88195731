#include "diagrams/diagramfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sdstudy::diagrams {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct DiagramFileText
{
    Q_DECLARE_TR_FUNCTIONS(DiagramFile)
};

int lineOf(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// A graph attribute of a DOT file, as `name = "value"` or `name = value`, with its line.
struct Attribute
{
    QString value;
    int line = 0;
};

// The file's own graph attributes (sdstudy_title, sdstudy_kind, ...), the first of
// each name, read in one pass with one pattern compiled once for every file.
QHash<QString, Attribute> graphAttributes(const QByteArray &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(sdstudy_\\w+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([\\w.-]+))"));
    const QString source = QString::fromUtf8(text);
    QHash<QString, Attribute> attributes;
    for (auto it = pattern.globalMatch(source); it.hasNext();) {
        const auto match = it.next();
        if (attributes.contains(match.captured(1)))
            continue;
        const QString value = match.captured(2).isNull() ? match.captured(3) : match.captured(2);
        attributes.insert(match.captured(1),
                          {value, int(QStringView(source).left(match.capturedStart()).count(QLatin1Char('\n'))) + 1});
    }
    return attributes;
}

const QRegularExpression &stableId()
{
    static const QRegularExpression id(QStringLiteral("^q-[0-9a-f]{12}(-[0-9]+)?$"));
    return id;
}

bool checkQuestions(const QStringList &questions, const QString &where, QString *error)
{
    if (questions.isEmpty()) {
        *error = DiagramFileText::tr("%1: names no questions (sdstudy_questions)").arg(where);
        return false;
    }
    for (const QString &id : questions) {
        if (!stableId().match(id).hasMatch()) {
            *error
                = DiagramFileText::tr("%1: \"%2\" is not a stable question id such as q-31248e417639").arg(where, id);
            return false;
        }
    }
    return true;
}

} // namespace

QString DiagramFile::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Architecture:
        return QStringLiteral("architecture");
    case Kind::Concept:
        return QStringLiteral("concept");
    case Kind::Chart:
        return QStringLiteral("chart");
    }
    return {};
}

std::optional<DiagramFile::Kind> DiagramFile::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Architecture, Kind::Concept, Kind::Chart}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<DiagramFile> DiagramFile::parse(const QString &path, const QByteArray &text, QString *error)
{
    DiagramFile file;
    const QFileInfo info(path);
    file.name = info.completeBaseName();
    file.source = QString::fromUtf8(text);

    if (info.suffix() == QLatin1String("json")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = DiagramFileText::tr("%1:%2: %3")
                         .arg(path)
                         .arg(lineOf(text, parseError.offset))
                         .arg(document.isNull() ? parseError.errorString() : DiagramFileText::tr("expected an object"));
            return std::nullopt;
        }
        file.chart = document.object();
        file.title = file.chart.value(QStringLiteral("title")).toString();
        for (const QJsonValueConstRef id : file.chart.value(QStringLiteral("questions")).toArray())
            file.questions.append(id.toString());
        const auto kind = kindFromKey(file.chart.value(QStringLiteral("kind")).toString());
        if (kind != Kind::Chart) {
            *error = DiagramFileText::tr("%1:1: a JSON diagram has \"kind\": \"chart\"").arg(path);
            return std::nullopt;
        }
        file.kind = *kind;
        if (file.title.isEmpty()) {
            *error = DiagramFileText::tr("%1:1: no \"title\"").arg(path);
            return std::nullopt;
        }
        return checkQuestions(file.questions, path + QStringLiteral(":1"), error) ? std::optional(file) : std::nullopt;
    }

    if (info.suffix() != QLatin1String("dot")) {
        *error = DiagramFileText::tr("%1: a diagram is a .dot or a .json file").arg(path);
        return std::nullopt;
    }
    const QHash<QString, Attribute> attributes = graphAttributes(text);
    const auto attribute = [&](const char *name) {
        const auto found = attributes.constFind(QLatin1String(name));
        return found == attributes.cend() ? std::optional<Attribute>() : std::optional(*found);
    };
    const auto title = attribute("sdstudy_title");
    const auto kind = attribute("sdstudy_kind");
    const auto questions = attribute("sdstudy_questions");
    if (!title || title->value.isEmpty()) {
        *error = DiagramFileText::tr("%1:1: no sdstudy_title").arg(path);
        return std::nullopt;
    }
    const std::optional<Kind> drawnKind = kind ? kindFromKey(kind->value) : std::nullopt;
    if (!drawnKind || *drawnKind == Kind::Chart) {
        *error = DiagramFileText::tr("%1:%2: sdstudy_kind is architecture or concept")
                     .arg(path)
                     .arg(kind ? kind->line : 1);
        return std::nullopt;
    }
    file.title = title->value;
    file.kind = *drawnKind;
    file.questions = questions ? questions->value.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
    if (!checkQuestions(file.questions, QStringLiteral("%1:%2").arg(path).arg(questions ? questions->line : 1), error))
        return std::nullopt;
    return file;
}

} // namespace sdstudy::diagrams
