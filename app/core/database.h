#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// Owns the app's SQLite file: opens a named QtSql connection with WAL and foreign
// keys, and brings the schema to the current version, one transaction per step.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int kSchemaVersion = 6;

    Database() = default;
    ~Database();

    // Opens (creating if needed) the file and migrates it up to targetVersion.
    // On failure returns false and sets *error to a message naming the file.
    bool open(const QString &path, QString *error, int targetVersion = kSchemaVersion);

    QSqlDatabase connection() const;

    // Runs `work` in one transaction: committed if it returns true, rolled back
    // (leaving *error as `work` set it) if it returns false or the commit fails.
    bool inTransaction(const std::function<bool(QString *error)> &work, QString *error);
    QString path() const { return m_path; }
    int schemaVersion() const;

    static QString defaultPath();

private:
    bool migrate(int targetVersion, QString *error);

    QString m_connectionName;
    QString m_path;
};
