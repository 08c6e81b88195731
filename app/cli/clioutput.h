#pragma once

#include "core/flags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace sdstudy::cli {

// Helpers the command files share for what they print.
namespace CliOutput {

// The translation context of the command line's texts, as lupdate reads it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The ratings as scripts name them, 1 to 4.
inline const QStringList kRatingNames
    = {QStringLiteral("again"), QStringLiteral("hard"), QStringLiteral("good"), QStringLiteral("easy")};

inline QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8((value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Indented));
}

// ISO 8601 in UTC to the second, as scripts expect: 2026-01-05T09:30:00Z.
inline QJsonValue isoUtc(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// The flags' keys, as a person types them: "red, orange, ...".
inline QString flagNames()
{
    QStringList keys;
    for (const core::Flag &flag : core::Flags::all())
        keys.append(flag.key);
    return keys.join(QStringLiteral(", "));
}

} // namespace CliOutput

} // namespace sdstudy::cli
