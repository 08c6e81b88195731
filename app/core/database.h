#pragma once

#include "core/librarychanges.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sdstudy::core {

// Owns the app's SQLite file: opens a named QtSql connection with WAL and foreign
// keys, and brings the schema to the current version, one transaction per step.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int kSchemaVersion = 21;
    // PRAGMA application_id of every study database ("SDSt"), from schema 7 on.
    static constexpr qint32 kApplicationId = 0x53445374;

    Database();
    ~Database();

    // Opens (creating if needed) the file and migrates it up to targetVersion.
    // On failure returns false and sets *error to a message naming the file.
    bool open(const QString &path, QString *error, int targetVersion = kSchemaVersion);
    // Opens an existing file for reading only: nothing is migrated or written, and
    // a file at another schema version is refused (the caller sets it up as writer).
    bool openReadOnly(const QString &path, QString *error);

    // Closes the connection; open() may then be called again.
    void close();

    QSqlDatabase connection() const;

    // Runs `work` in one transaction: committed if it returns true, rolled back
    // (leaving *error as `work` set it) if it returns false or the commit fails.
    // Transactions nest: only the outermost commits.
    bool inTransaction(const std::function<bool(QString *error)> &work, QString *error);

    // Where committed changes are announced.
    LibraryChanges &changes() const { return *m_changes; }
    // Announces that `ids` of a kind changed, once that is on disk: at once outside
    // a transaction; when the outermost one commits inside one (all ids of a kind
    // in one signal); never if it rolls back.
    void announce(LibraryChanges::Kind kind, const QStringList &ids);
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString sqliteVersion() const; // of the SQLite library in use, for About
    // The id that tells this database from any other (and its backups from theirs);
    // empty before schema 7.
    QString identity() const;
    // A value of the meta table (what the app keeps about this database as a whole:
    // its id, the scheduler's fit, interview dates); nullopt if unset.
    std::optional<QString> metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value, QString *error);
    // For the writer: records where the file is, and gives a copy of another
    // database (the original still where it was, with the same id) an id of its own.
    bool claimIdentity(QString *error);

    static QString defaultPath();

private:
    bool connect(const QString &path, const QString &options, QString *error);
    bool migrate(int targetVersion, QString *error);

    QString m_connectionName;
    QString m_path;
    std::unique_ptr<LibraryChanges> m_changes;
    int m_transactionDepth = 0;
    QList<QStringList> m_pending; // ids waiting for the commit, per LibraryChanges::Kind
};

} // namespace sdstudy::core
