#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdstudy::core {

// The whiteboard's component kinds (client, load balancer, cache...), the diagram
// role each stands for, and the names that mean each one ("Redis" is a cache,
// "Kafka" a queue). Kept as data in resources/sketch-kinds.json.
class SketchKinds final
{
public:
    static const SketchKinds &bundled();
    // Reads the data file's text; on a mistake sets *error.
    static std::optional<SketchKinds> parse(const QByteArray &json, QString *error);

    QStringList kinds() const { return m_order; }
    QString roleOf(const QString &kind) const { return m_roles.value(kind); }
    // What a person reads in the palette: "Load balancer".
    static QString displayName(const QString &kind);

    // The kind a diagram's component of `role`, labelled `label`, stands for: the
    // kind of that role whose name the label holds (the longest name wins), else
    // the role's first kind; empty for a role no kind has (notes, states).
    QString kindFor(const QString &role, const QString &label) const;
    // Every kind whose name a label holds: "Cache (Redis)" -> {cache}.
    QSet<QString> kindsNamedIn(const QString &label) const;
    // The same, by names that say more than the kind: "Redis" -> {cache}, "Cache" -> {}.
    QSet<QString> kindsNamedSpecificallyIn(const QString &label) const;
    // A word that only says what kind a component is ("service", "database").
    bool isGeneric(const QString &word) const { return m_generic.contains(word); }
    // The kind a person means by what they typed on the board ("redis", "load b",
    // "push notifier"): a kind whose display name or one of whose names starts with
    // it, else the kind of the longest name it holds; empty if none.
    QString kindTyped(const QString &typed) const;

    // A label as compared: lower case, words split at anything but letters and
    // digits, a plural "s" dropped ("Clients" and "client" agree).
    static QStringList words(const QString &label);

private:
    struct Name
    {
        QString kind;
        QString words; // words(name) joined by one space
    };
    // The longest name of any kind a label holds, per kind; only names with a
    // word that is not generic when `specific`.
    QHash<QString, qsizetype> namesIn(const QString &label, bool specific = false) const;

    QStringList m_order;
    QHash<QString, QString> m_roles;
    QList<Name> m_names;
    QSet<QString> m_generic;
};

} // namespace sdstudy::core
