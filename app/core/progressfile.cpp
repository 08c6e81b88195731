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

// The translation context of this file's texts, as lupdate reads it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgressFile)
};

} // namespace

namespace {

const QStringList kCardColumns = {QStringLiteral("concept_id"), QStringLiteral("state"), QStringLiteral("stability"),
                                  QStringLiteral("difficulty"), QStringLiteral("learning_step"), QStringLiteral("reps"),
                                  QStringLiteral("lapses"), QStringLiteral("scheduled_days"), QStringLiteral("due"),
                                  QStringLiteral("last_review")};
const QStringList kLogColumns = {QStringLiteral("concept_id"), QStringLiteral("question_id"), QStringLiteral("reviewed_at"),
                                 QStringLiteral("rating"), QStringLiteral("mode"), QStringLiteral("state_before"),
                                 QStringLiteral("card_before"), QStringLiteral("elapsed_days"), QStringLiteral("scheduled_days"),
                                 QStringLiteral("stability"), QStringLiteral("difficulty"), QStringLiteral("duration_ms")};

// Every row of a table as JSON objects with the given columns.
QJsonArray rowsOf(Database &database, const QString &table, const QStringList &columns)
{
    QJsonArray rows;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Table and column names are this file's own constants, never input.
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns.join(QStringLiteral(", ")), table)))
        return rows;
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns[i], QJsonValue::fromVariant(query.value(i)));
        rows.append(row);
    }
    return rows;
}

} // namespace

QByteArray ProgressFile::write(Database &database, const BookmarkStore &bookmarks, const NoteStore &notes)
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
                           {QStringLiteral("cards"), rowsOf(database, QStringLiteral("cards"), kCardColumns)},
                           {QStringLiteral("reviews"), rowsOf(database, QStringLiteral("review_log"), kLogColumns)}};
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
        report.error = Text::tr("%1:%2: %3").arg(fileName).arg(line).arg(parseError.errorString());
        return report;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        report.error = Text::tr("%1: not a System Design Study progress file").arg(fileName);
        return report;
    }
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        report.error = Text::tr("%1: made by a newer version of the app (format %2)")
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
            return fail(Text::tr("%1: a bookmark without a question id or with an unknown flag").arg(fileName));
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
            return fail(Text::tr("%1: a note without a question id").arg(fileName));
        const auto mine = notes.get(id);
        if (mine && (mine->text == text || mine->updated >= updated)) {
            ++report.unchanged;
            continue;
        }
        if (!notes.save(id, text, &error))
            return fail(error);
        mine ? ++report.updated : ++report.added;
    }
    // Review history: a review is the same one when it is of the same concept at
    // the same moment; those are skipped, the rest appended.
    for (const auto &value : root.value(QStringLiteral("reviews")).toArray()) {
        const QJsonObject r = value.toObject();
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM review_log WHERE concept_id = ? AND reviewed_at = ?"));
        exists.addBindValue(r.value(QStringLiteral("concept_id")).toString());
        exists.addBindValue(r.value(QStringLiteral("reviewed_at")).toString());
        if (!exists.exec())
            return fail(exists.lastError().text());
        if (exists.next()) {
            ++report.unchanged;
            continue;
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO review_log (%1) VALUES (%2)")
                           .arg(kLogColumns.join(QStringLiteral(", ")),
                                QStringList(kLogColumns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &column : kLogColumns)
            insert.addBindValue(r.value(column).toVariant());
        if (!insert.exec())
            return fail(Text::tr("%1: a review could not be added: %2").arg(fileName, insert.lastError().text()));
        ++report.added;
    }
    // Schedules: the one reviewed last wins.
    for (const auto &value : root.value(QStringLiteral("cards")).toArray()) {
        const QJsonObject c = value.toObject();
        QSqlQuery mine(db);
        mine.prepare(QStringLiteral("SELECT last_review FROM cards WHERE concept_id = ?"));
        mine.addBindValue(c.value(QStringLiteral("concept_id")).toString());
        if (!mine.exec())
            return fail(mine.lastError().text());
        const bool have = mine.next();
        if (have && mine.value(0).toString() >= c.value(QStringLiteral("last_review")).toString()) {
            ++report.unchanged;
            continue;
        }
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO cards (%1) VALUES (%2)")
                           .arg(kCardColumns.join(QStringLiteral(", ")),
                                QStringList(kCardColumns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &column : kCardColumns)
            upsert.addBindValue(c.value(column).toVariant());
        if (!upsert.exec())
            return fail(Text::tr("%1: a schedule could not be added: %2").arg(fileName, upsert.lastError().text()));
        have ? ++report.updated : ++report.added;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return report;
}
