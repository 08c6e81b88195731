#pragma once

#include "core/bankimporter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sdstudy::core {

class Database;

struct BankInfo
{
    QString key;    // stable: "system-design", or the name of the file it came from
    QString name;   // shown in the tree; the person may change it
    QString source; // the file it was imported from
    QDateTime imported;
    int questionCount = 0;
    int conceptCount = 0; // the tree's entries: a question asked several ways is one
    QString shape;        // BankShape::shapeName() it was read in; empty for older imports
    bool bundled = false;
    bool restorable = false; // its source text is kept, so its removal can be undone
};

// What the person keeps about a bank's questions: what a removal would leave
// without a question to belong to.
struct BankUse
{
    int notes = 0;
    int bookmarks = 0;
    int reviews = 0;

    bool isEmpty() const { return notes == 0 && bookmarks == 0 && reviews == 0; }
    // "2 notes, 1 bookmark and 14 answers", for a person.
    QString described() const;
};

// The banks in the library: listed, renamed and removed. The person's notes,
// bookmarks and reviews are keyed by stable id, so a removed bank's are kept and
// come back with it.
class BankStore final
{
public:
    explicit BankStore(Database &database);

    QList<BankInfo> banks() const;
    std::optional<BankInfo> bank(const QString &key) const;
    BankUse useOf(const QString &key) const;

    // Both fail with a message for the person; the bundled bank cannot be removed.
    bool rename(const QString &key, const QString &name, QString *error);
    // On success returns what restore() needs to bring the bank back.
    std::optional<BankImporter::Source> remove(const QString &key, QString *error);

private:
    Database &m_database;
};

} // namespace sdstudy::core
