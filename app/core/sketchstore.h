#pragma once

#include "core/mergeoutcome.h"
#include "core/sketch.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

class Database;

struct StoredSketch
{
    QString questionId;
    Sketch sketch;
    QDateTime updated; // UTC
};

// The whiteboard's sketches, one per question, kept like notes: each save is one
// transaction, and a successful return means the sketch is on disk.
class SketchStore final
{
public:
    explicit SketchStore(Database &database);

    // Saves the sketch; an empty one deletes it. On failure sets *error and leaves
    // the stored sketch as it was.
    bool save(const QString &questionId, const Sketch &sketch, QString *error);
    // The question's sketch, or nullopt: none (*error left empty), or one that no
    // longer reads (*error says why; the row is left for the person to keep).
    std::optional<StoredSketch> get(const QString &questionId, QString *error) const;
    // Every sketch that reads, by question id, for the progress file.
    QList<StoredSketch> all() const;
    // A sketch from a progress file, changed at `updated` there: kept if it is new
    // here or newer than ours. An empty one never deletes ours.
    MergeOutcome merge(const QString &questionId, const Sketch &sketch, const QDateTime &updated, QString *error);

private:
    bool write(const QString &questionId, const Sketch &sketch, const QDateTime &updated, QString *error);

    Database &m_database;
};

} // namespace sdstudy::core
