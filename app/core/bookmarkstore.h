#pragma once

#include "core/mergeoutcome.h"
#include "core/questionsummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

class Database;

struct Bookmark
{
    QuestionSummary question; // empty fields if the question has left its bank
    QString questionId;
    QString flag;    // a flag key, or empty for a plain bookmark
    QString updated; // ISO 8601, UTC
};

// The person's bookmarks, one per question. Each call is one transaction; a
// successful return means the change is on disk.
class BookmarkStore final
{
public:
    explicit BookmarkStore(Database &database);

    // Bookmarks a question, with a flag key or none. On failure sets *error.
    bool set(const QString &questionId, const QString &flag, QString *error);
    bool clear(const QString &questionId, QString *error);
    // A bookmark from a progress file, changed at `updated` there: kept if it is new
    // here or newer than ours, with its own time, so a later merge compares rightly.
    MergeOutcome merge(const QString &questionId, const QString &flag, const QDateTime &updated, QString *error);

    // The flag key of a bookmarked question ("" for none), or nullopt if not bookmarked.
    std::optional<QString> flagOf(const QString &questionId) const;
    // Every bookmark: flagged ones by flag order, then plain ones; each in tree order.
    QList<Bookmark> all() const;
    // Question id -> flag key, for drawing bookmark icons.
    QHash<QString, QString> flagsById() const;

private:
    bool write(const QString &questionId, const QString &flag, const QDateTime &updated, QString *error);

    Database &m_database;
};

} // namespace sdstudy::core
