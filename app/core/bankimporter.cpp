#include "core/bankimporter.h"

#include "core/conceptgrouper.h"
#include "core/database.h"
#include "core/textnormalizer.h"
#include "core/topicrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

// Bump when the way questions are parsed, filed or grouped changes, so every
// database re-imports its banks.
constexpr int kImportMethodVersion = 2;

// The translation context of this file's texts, as lupdate reads it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BankImporter)
};

QString errorOf(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

BankImporter::BankImporter(Database &database, const TopicRules &rules)
    : m_database(database)
    , m_rules(rules)
{ }

QString BankImporter::stableId(const QString &bankKey, const QString &title)
{
    const QByteArray key = (bankKey + QLatin1Char('\n') + TextNormalizer::canonicalTitle(title)).toUtf8();
    return QStringLiteral("q-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
}

QByteArray BankImporter::contentHash(const Source &source) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(source.content);
    hash.addData(m_rules.fingerprint());
    hash.addData(QByteArray::number(kImportMethodVersion));
    return hash.result().toHex();
}

bool BankImporter::isCurrent(const Source &source) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content_hash FROM banks WHERE key = ?"));
    query.addBindValue(source.key);
    return query.exec() && query.next() && query.value(0).toByteArray() == contentHash(source);
}

QString BankImporter::keyForSource(const QString &path, const QString &preferred) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT key FROM banks WHERE source = ?"));
    query.addBindValue(path);
    if (query.exec() && query.next())
        return query.value(0).toString();
    QString key = preferred;
    query.prepare(QStringLiteral("SELECT 1 FROM banks WHERE key = ?"));
    for (int suffix = 2;; ++suffix) {
        query.bindValue(0, key);
        if (!query.exec() || !query.next())
            return key;
        key = QStringLiteral("%1-%2").arg(preferred).arg(suffix);
    }
}

BankImporter::Outcome BankImporter::import(const Source &source)
{
    if (isCurrent(source))
        return Outcome {false, 0, {}};
    // Whatever the bank came from (a file, an Anki deck turned into Markdown), the
    // parser counts in 32 bits and holds a few copies of it: past this, no import.
    if (source.content.size() > kMostBytes) {
        return Outcome {
            false, 0,
            Text::tr("%1: the bank is larger than %2 MB; nothing was imported").arg(source.path).arg(kMostBytes >> 20)};
    }

    const auto parsed = BankParser::parse(source.content, source.path);
    if (parsed.error)
        return Outcome {false, 0, parsed.error->toString()};

    int count = 0;
    QString error;
    const bool written = m_database.inTransaction(
        [&](QString *failure) {
            *failure = writeBank(source, parsed.bank, &count);
            if (failure->isEmpty())
                m_database.announce(LibraryChanges::Kind::Banks, {source.key});
            return failure->isEmpty();
        },
        &error);
    if (!written)
        return Outcome {false, 0, Text::tr("%1: %2").arg(source.path, error)};
    return Outcome {true, count, {}};
}

QString BankImporter::writeBank(const Source &source, const ParsedBank &bank, int *questionCount)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);

    query.prepare(
        QStringLiteral("INSERT INTO banks (key, name, source, content_hash, imported_at, position)"
                       " VALUES (:key, :name, :source, :hash, :at, (SELECT COALESCE(MAX(position), -1) + 1 FROM banks))"
                       " ON CONFLICT (key) DO UPDATE SET name = excluded.name, source = excluded.source,"
                       " content_hash = excluded.content_hash, imported_at = excluded.imported_at"));
    query.bindValue(QStringLiteral(":key"), source.key);
    query.bindValue(QStringLiteral(":name"), bank.title.isEmpty() ? source.name : bank.title);
    query.bindValue(QStringLiteral(":source"), source.path);
    query.bindValue(QStringLiteral(":hash"), contentHash(source));
    query.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return errorOf(query);

    query.prepare(QStringLiteral("SELECT id FROM banks WHERE key = ?"));
    query.addBindValue(source.key);
    if (!query.exec() || !query.next())
        return errorOf(query);
    const qlonglong bankId = query.value(0).toLongLong();

    // Drop the bank's old rows from the search index, then the rows themselves.
    query.prepare(QStringLiteral("INSERT INTO questions_fts (questions_fts, rowid, title, answer_text)"
                                 " SELECT 'delete', rowid, title, answer_text FROM questions WHERE bank_id = ?"));
    query.addBindValue(bankId);
    if (!query.exec())
        return errorOf(query);
    query.prepare(QStringLiteral("DELETE FROM questions WHERE bank_id = ?"));
    query.addBindValue(bankId);
    if (!query.exec())
        return errorOf(query);

    QList<ConceptGrouper::Question> forGrouping;
    forGrouping.reserve(bank.items.size());
    for (const auto &item : bank.items)
        forGrouping.append({item.title, item.answerText});
    const QList<qsizetype> leaders = ConceptGrouper::group(forGrouping);

    QStringList ids;
    ids.reserve(bank.items.size());
    QHash<QString, int> seen;
    for (const auto &item : bank.items) {
        QString id = stableId(source.key, item.title);
        // Word-for-word repeats share a title: number them in order of appearance.
        if (const int repeats = seen[id]++; repeats > 0)
            id += QStringLiteral("-%1").arg(repeats + 1);
        ids.append(id);
    }

    query.prepare(
        QStringLiteral("INSERT INTO questions (id, bank_id, number, title, source_title, answer_md, answer_text,"
                       " topic, subtopic, topic_rank, subtopic_rank, concept, line)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < bank.items.size(); ++i) {
        const BankItem &item = bank.items[i];
        const TopicPlacement placement = m_rules.place(item.title);
        int column = 0;
        for (const QVariant &value :
             {QVariant(ids[i]), QVariant(bankId), QVariant(item.number), QVariant(m_rules.displayTitle(item.title)),
              QVariant(item.title), QVariant(item.answerMarkdown), QVariant(item.answerText), QVariant(placement.topic),
              QVariant(placement.subtopic), QVariant(placement.topicRank), QVariant(placement.subtopicRank),
              QVariant(ids[leaders[i]]), QVariant(item.line)})
            query.bindValue(column++, value);
        if (!query.exec())
            return errorOf(query);
    }

    query.prepare(QStringLiteral("INSERT INTO questions_fts (rowid, title, answer_text)"
                                 " SELECT rowid, title, answer_text FROM questions WHERE bank_id = ?"));
    query.addBindValue(bankId);
    if (!query.exec())
        return errorOf(query);
    *questionCount = int(bank.items.size());
    return {};
}

} // namespace sdstudy::core
