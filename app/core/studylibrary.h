#pragma once

#include "bankimporter.h"
#include "database.h"
#include "questionstore.h"
#include "searchengine.h"

#include <QString>

// The app's data as one object: the database, opened and migrated, with the
// bundled bank imported on first use (and again only when its content changes).
// The window and every command start here.
class StudyLibrary final
{
    Q_DISABLE_COPY_MOVE(StudyLibrary)

public:
    static const QString kBundledBankKey;

    StudyLibrary();

    // On failure returns false and sets *error to a message for the person.
    bool open(const QString &databasePath, QString *error);

    // Imports another bank from a Markdown file as a bank of its own.
    BankImporter::Outcome importFile(const QString &path);

    Database &database() { return m_database; }
    const QuestionStore &questions() const { return m_questions; }
    const SearchEngine &search() const { return m_search; }

    static BankImporter::Source bundledBank();

private:
    Database m_database;
    QuestionStore m_questions;
    SearchEngine m_search;
};
