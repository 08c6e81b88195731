#include "progressfile.h"

#include "bookmarkstore.h"
#include "database.h"
#include "flags.h"
#include "notestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kFormat = QStringLiteral("sdstudy-progress");

QString tr(const char *text)
{
    return QCoreApplication::translate("ProgressFile", text);
}

} // namespace

QByteArray ProgressFile::write(const BookmarkStore &bookmarks, const NoteStore &notes)
{
    QJsonArray bookmarkArray, noteArray;
    for (const Bookmark &b : bookmarks.all())
        bookmarkArray.append(QJsonObject{{QStringLiteral("id"), b.questionId},
                                         {QStringLiteral("flag"), b.flag.isEmpty() ? QJsonValue() : QJsonValue(b.flag)},
                                         {QStringLiteral("updated"), b.updated}});
    for (const Note &n : notes.all())
        noteArray.append(QJsonObject{{QStringLiteral("id"), n.questionId}, {QStringLiteral("text"), n.text},
                                     {QStringLiteral("updated"), n.updated}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("bookmarks"), bookmarkArray},
                           {QStringLiteral("notes"), noteArray},
                           {QStringLiteral("reviews"), QJsonArray()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProgressFile::Report ProgressFile::read(const QByteArray &json, const QString &fileName, Database &database,
                                        BookmarkStore &bookmarks, NoteStore &notes)
{
    Report report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line of the error, as editors count them.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        report.error = tr("%1:%2: %3").arg(fileName).arg(line).arg(parseError.errorString());
        return report;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        report.error = tr("%1: not a System Design Study progress file").arg(fileName);
        return report;
    }
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        report.error = tr("%1: made by a newer version of the app (format %2)")
                           .arg(fileName)
                           .arg(root.value(QStringLiteral("version")).toInt());
        return report;
    }

    QSqlDatabase db = database.connection();
    if (!db.transaction()) {
        report.error = db.lastError().text();
        return report;
    }
    auto fail = [&](const QString &message) {
        db.rollback();
        return Report{0, 0, 0, message};
    };
    QString error;
    const auto ourBookmarks = bookmarks.all();
    for (const auto &value : root.value(QStringLiteral("bookmarks")).toArray()) {
        const QJsonObject b = value.toObject();
        const QString id = b.value(QStringLiteral("id")).toString();
        const QString flag = b.value(QStringLiteral("flag")).toString();
        const QString updated = b.value(QStringLiteral("updated")).toString();
        if (id.isEmpty() || (!flag.isEmpty() && !Flags::find(flag)))
            return fail(tr("%1: a bookmark without a question id or with an unknown flag").arg(fileName));
        const auto mine = std::find_if(ourBookmarks.cbegin(), ourBookmarks.cend(),
                                       [&](const Bookmark &o) { return o.questionId == id; });
        if (mine != ourBookmarks.cend() && (mine->flag == flag || mine->updated >= updated)) {
            ++report.unchanged; // the same, or ours is newer
            continue;
        }
        if (!bookmarks.set(id, flag, &error))
            return fail(error);
        mine == ourBookmarks.cend() ? ++report.added : ++report.updated;
    }
    for (const auto &value : root.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject n = value.toObject();
        const QString id = n.value(QStringLiteral("id")).toString();
        const QString text = n.value(QStringLiteral("text")).toString();
        const QString updated = n.value(QStringLiteral("updated")).toString();
        if (id.isEmpty())
            return fail(tr("%1: a note without a question id").arg(fileName));
        const auto mine = notes.get(id);
        if (mine && (mine->text == text || mine->updated >= updated)) {
            ++report.unchanged;
            continue;
        }
        if (!notes.save(id, text, &error))
            return fail(error);
        mine ? ++report.updated : ++report.added;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return report;
}
