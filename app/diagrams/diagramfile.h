#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::diagrams {

// One diagram as its file describes it. A diagram is data: a Graphviz DOT file
// (architecture and concept diagrams) or a JSON file (charts), each naming its
// title, its kind and the questions it belongs to by stable id:
//
//   digraph "url-shortener" {
//     sdstudy_title = "URL shortener"; sdstudy_kind = architecture;
//     sdstudy_questions = "q-31248e417639 q-f88c5e7b9722";
//     lb [label = "Load balancer", sdstudy_role = edge, sdstudy_link = "q-bddee4408f0f"];
//     client -> lb [label = "GET /abc", sdstudy_path = read];
//   }
//
//   { "kind": "chart", "title": "...", "questions": [...], "model": "mm1", ... }
struct DiagramFile
{
    enum class Kind { Architecture, Concept, Chart };

    QString name; // the file's base name: "url-shortener"
    Kind kind = Kind::Concept;
    QString title;
    QStringList questions; // stable ids
    QString source;        // the file's text
    QJsonObject chart;     // Kind::Chart: the model and its settings

    // Reads a file's text; on a mistake sets *error to "FILE:LINE: what is wrong".
    static std::optional<DiagramFile> parse(const QString &path, const QByteArray &text, QString *error);

    static QString kindKey(Kind kind); // "architecture", "concept", "chart"
    static std::optional<Kind> kindFromKey(const QString &key);
};

} // namespace sdstudy::diagrams
