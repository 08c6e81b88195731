#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace sdstudy::core {

// A component on the whiteboard: one of SketchKinds' kinds (cache, queue...), a
// label the person typed, and where its centre is.
struct SketchComponent
{
    QString id; // unique in its sketch: "c1"
    QString kind;
    QString label;
    QPointF centre;

    bool operator==(const SketchComponent &) const = default;
};

// An arrow between two components, read, write or async path, or none of them.
struct SketchConnection
{
    QString from; // component ids
    QString to;
    QString label;
    QString path; // "read", "write", "async" or empty

    bool operator==(const SketchConnection &) const = default;
};

// Free text, written where the person put it.
struct SketchText
{
    QString text;
    QPointF topLeft;

    bool operator==(const SketchText &) const = default;
};

// A labelled frame around a part of the drawing (a region, "write path").
struct SketchFrame
{
    QString label;
    QRectF rect;

    bool operator==(const SketchFrame &) const = default;
};

// What a person drew for a question: components, connections, texts and frames.
// Its JSON form is documented in docs/sketch-format.md:
//
//   {"format": "sdstudy-sketch", "version": 1,
//    "components": [{"id": "c1", "kind": "cache", "label": "Redis", "x": 120, "y": 40}],
//    "connections": [{"from": "c1", "to": "c2", "label": "on miss", "path": "read"}],
//    "texts": [{"text": "...", "x": 0, "y": 200}],
//    "frames": [{"label": "EU region", "x": 0, "y": 0, "width": 400, "height": 300}]}
//
// A sketch read from a file is checked before anything uses it: every field of the
// right type, every connection between components that exist, every number finite
// and on the board, and no more items or text than a drawing made by hand holds.
struct Sketch
{
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMostComponents = 400;
    static constexpr qsizetype kMostConnections = 800;
    static constexpr qsizetype kMostTexts = 200;
    static constexpr qsizetype kMostFrames = 100;
    static constexpr qsizetype kMostLabelCharacters = 200;
    static constexpr qsizetype kMostTextCharacters = 4000;
    // Far beyond any board a person draws on; keeps coordinates sane for painting.
    static constexpr double kBoardExtent = 100'000;
    static constexpr qint64 kMostFileBytes = 8 * 1024 * 1024;

    QList<SketchComponent> components;
    QList<SketchConnection> connections;
    QList<SketchText> texts;
    QList<SketchFrame> frames;

    bool isEmpty() const;
    const SketchComponent *component(const QString &id) const;
    // An id no component has yet: "c1", "c2"...
    QString freeComponentId() const;

    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    // Reads the JSON form; on a mistake sets *error to what is wrong and where
    // ("components[3].x: not a number") and returns nullopt. A component's kind
    // must be one of SketchKinds'.
    static std::optional<Sketch> fromJson(const QByteArray &text, QString *error);

    bool operator==(const Sketch &) const = default;
};

} // namespace sdstudy::core
