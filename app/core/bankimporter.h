#pragma once

#include "core/bankparser.h"

#include <QString>

namespace sdstudy::core {

class Database;
class TopicRules;

// Writes a parsed bank into the database: files every question under a topic,
// groups paraphrases into concepts, gives each question its stable id and indexes
// it for search. One transaction: a bank is imported whole or not at all.
class BankImporter final
{
public:
    // A bank of 100,000 questions is some tens of megabytes; beyond this it is not
    // a bank (and the Markdown parser counts sizes in 32 bits).
    static constexpr qint64 kMostBytes = 64 * 1024 * 1024;

    struct Source
    {
        QString key;  // identifies the bank across imports: "system-design" for the bundled one
        QString name; // shown in the tree
        QString path; // where it came from
        QByteArray content;
        std::optional<BankShape> shape; // none: detected
        bool ownTopics = true;          // false: filed by the topic rules even when the source groups them
        bool keepContent = true;        // kept with the bank, so its removal can be undone
    };

    struct Outcome
    {
        bool changed = false; // false when the same content was imported before
        int questionCount = 0;
        QString error; // empty on success
        QList<SkippedPart> skipped;
    };

    // What an import would bring in, read but not written (no database needed).
    static BankParser::Result preview(const Source &source);

    BankImporter(Database &database, const TopicRules &rules);

    Outcome import(const Source &source);

    // True when this exact content, under these rules, is already in the database.
    bool isCurrent(const Source &source) const;

    // The key for a bank read from `path`: the key it was imported under before, or
    // else `preferred` made unique, so two files of one name stay two banks.
    QString keyForSource(const QString &path, const QString &preferred) const;

    // Stable ids hash the bank key and the question's canonical title, so they
    // survive renumbering, answer edits and changes of case or punctuation.
    static QString stableId(const QString &bankKey, const QString &title);

private:
    QByteArray contentHash(const Source &source) const;
    QString writeBank(const Source &source, const ParsedBank &bank, int *questionCount);
    QString writeQuestions(qlonglong bankId, const Source &source, const ParsedBank &bank);

    Database &m_database;
    const TopicRules &m_rules;
};

} // namespace sdstudy::core
