#include "core/bankimporter.h"

#include "core/attachmentstore.h"
#include "core/bundledbank.h"
#include "core/conceptassignment.h"
#include "core/conceptgrouper.h"
#include "core/database.h"
#include "core/reviewedconcepts.h"
#include "core/textnormalizer.h"
#include "core/topicrules.h"
#include "core/wordrarity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

// A topic placed after every other.
constexpr int kLastRank = 1000000;

// Bump when the way questions are parsed, filed or grouped changes, so every
// database re-imports its banks.
constexpr int kImportMethodVersion = 4;

// The translation context of this file's texts, as lupdate reads it.
struct BankImporterText
{
    Q_DECLARE_TR_FUNCTIONS(BankImporter)
};

// Text columns are NOT NULL; an empty QString may be a null one.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

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
    if (source.shape)
        hash.addData(source.shape->serialized().toUtf8());
    hash.addData(QByteArray::number(int(source.ownTopics)));
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
        return Outcome {false, 0, {}, {}};
    // Whatever the bank came from (a file, an Anki deck turned into Markdown), the
    // parser counts in 32 bits and holds a few copies of it: past this, no import.
    if (source.content.size() > kMostBytes) {
        return Outcome {false,
                        0,
                        BankImporterText::tr("%1: the bank is larger than %2 MB; nothing was imported")
                            .arg(source.path)
                            .arg(kMostBytes >> 20),
                        {}};
    }

    const auto parsed = preview(source);
    if (parsed.error)
        return Outcome {false, 0, parsed.error->toString(), {}};

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
        return Outcome {false, 0, BankImporterText::tr("%1: %2").arg(source.path, error), {}};
    return Outcome {true, count, {}, parsed.bank.skipped};
}

BankParser::Result BankImporter::preview(const Source &source)
{
    return source.shape ? BankParser::parse(source.content, source.path, *source.shape)
                        : BankParser::parse(source.content, source.path);
}

QString BankImporter::writeBank(const Source &source, const ParsedBank &bank, int *questionCount)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);

    query.prepare(
        QStringLiteral("INSERT INTO banks (key, name, source, content_hash, imported_at, position, shape, content)"
                       " VALUES (:key, :name, :source, :hash, :at, (SELECT COALESCE(MAX(position), -1) + 1 FROM banks),"
                       " :shape, :content)"
                       " ON CONFLICT (key) DO UPDATE SET source = excluded.source,"
                       " name = CASE WHEN :named THEN excluded.name ELSE name END,"
                       " content_hash = excluded.content_hash, imported_at = excluded.imported_at,"
                       " shape = excluded.shape, content = excluded.content"));
    query.bindValue(QStringLiteral(":key"), source.key);
    // Named by the person, else by its own title, else by its file; a name the
    // person gave outlives a re-import.
    query.bindValue(QStringLiteral(":name"),
                    !source.name.isEmpty()      ? source.name
                        : !bank.title.isEmpty() ? bank.title
                                                : QFileInfo(source.path).completeBaseName());
    query.bindValue(QStringLiteral(":named"), !source.name.isEmpty());
    query.bindValue(QStringLiteral(":source"), source.path);
    query.bindValue(QStringLiteral(":hash"), contentHash(source));
    query.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":shape"), bank.shape.serialized());
    query.bindValue(QStringLiteral(":content"),
                    source.keepContent ? QVariant(source.content) : QVariant(QMetaType::fromType<QByteArray>()));
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
    ConceptAssignment concepts(m_database);
    QString failure;
    const QHash<QString, QString> conceptsBefore = concepts.current(&failure);
    if (!failure.isEmpty())
        return failure;
    query.prepare(QStringLiteral("DELETE FROM questions WHERE bank_id = ?"));
    query.addBindValue(bankId);
    if (!query.exec())
        return errorOf(query);

    if (failure = writeQuestions(bankId, source, bank); !failure.isEmpty())
        return failure;
    if (!WordRarity::recount(m_database.connection(), &failure))
        return failure;
    // The person's splits and joins, applied again; schedules follow any concept
    // that the new grouping names differently.
    if (!concepts.apply(conceptsBefore, &failure))
        return failure;
    // The answers' pictures, stored once each, as a note's are.
    AttachmentStore pictures(m_database);
    for (auto it = bank.pictures.cbegin(); it != bank.pictures.cend(); ++it) {
        if (!pictures.add(it.value(), &failure))
            return failure;
    }
    *questionCount = int(bank.items.size());
    return {};
}

QString BankImporter::writeQuestions(qlonglong bankId, const Source &source, const ParsedBank &bank)
{
    QSqlQuery query(m_database.connection());
    // Another bank is grouped with the bundled one's questions ahead of its own, so
    // a question that repeats a bundled concept joins it (one entry, one schedule).
    QList<ConceptGrouper::Question> forGrouping;
    QStringList bundledConcepts;
    if (source.key != BundledBank::kKey) {
        query.setForwardOnly(true);
        // What the grouping found for them, not the person's overrides: those are
        // applied afterwards to every bank alike.
        query.prepare(QStringLiteral("SELECT q.source_title, q.answer_text, q.auto_concept FROM questions q"
                                     " JOIN banks b ON b.id = q.bank_id WHERE b.key = ? ORDER BY q.number"));
        query.addBindValue(BundledBank::kKey);
        if (!query.exec())
            return errorOf(query);
        while (query.next()) {
            forGrouping.append({query.value(0).toString(), query.value(1).toString()});
            bundledConcepts.append(query.value(2).toString());
        }
    }
    const qsizetype anchors = forGrouping.size();
    for (const auto &item : bank.items)
        forGrouping.append({item.title, item.answerText});
    const QList<qsizetype> groupedWithAnchors = ConceptGrouper::group(forGrouping);
    QList<qsizetype> grouped;   // within this bank
    QStringList bundledConcept; // of each question, the bundled concept it repeats, if any
    for (qsizetype i = 0; i < bank.items.size(); ++i) {
        const qsizetype leader = groupedWithAnchors[anchors + i];
        grouped.append(leader >= anchors ? leader - anchors : i);
        bundledConcept.append(leader < anchors ? bundledConcepts[leader] : QString());
    }

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
    // A bank that ships with concepts reviewed by reading is grouped by them.
    const QList<qsizetype> leaders = ReviewedConcepts::forBank(source.key).regroup(ids, grouped);

    // The source's own topics, in the order they come, unless the rules file it.
    QHash<QString, int> topicRanks, subtopicRanks;
    auto placementOf = [&](const BankItem &item) {
        if (!source.ownTopics)
            return m_rules.place(item.title);
        if (item.topic.isEmpty()) {
            // Filed by the bundled bank's rules where they know the subject; what
            // they do not know (a deck on another subject) is not "Fundamentals".
            const TopicPlacement placement = m_rules.place(item.title);
            if (!m_rules.isCatchAll(placement))
                return placement;
            return TopicPlacement {BankImporterText::tr("General"), QString(), kLastRank, kLastRank};
        }
        const QString subtopicKey = item.topic + QLatin1Char('\n') + item.subtopic;
        if (!topicRanks.contains(item.topic))
            topicRanks.insert(item.topic, int(topicRanks.size()));
        if (!subtopicRanks.contains(subtopicKey))
            subtopicRanks.insert(subtopicKey, int(subtopicRanks.size()));
        return TopicPlacement {item.topic, item.subtopic, topicRanks.value(item.topic),
                               subtopicRanks.value(subtopicKey)};
    };

    query.prepare(
        QStringLiteral("INSERT INTO questions (id, bank_id, number, title, source_title, answer_md, answer_text,"
                       " topic, subtopic, topic_rank, subtopic_rank, concept, auto_concept, line, tags)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < bank.items.size(); ++i) {
        const BankItem &item = bank.items[i];
        const TopicPlacement placement = placementOf(item);
        int column = 0;
        for (const QVariant &value :
             {QVariant(ids[i]), QVariant(bankId), QVariant(item.number), QVariant(m_rules.displayTitle(item.title)),
              QVariant(item.title), QVariant(item.answerMarkdown), QVariant(item.answerText), text(placement.topic),
              text(placement.subtopic), QVariant(placement.topicRank), QVariant(placement.subtopicRank),
              QVariant(ids[leaders[i]]), QVariant(bundledConcept[i].isEmpty() ? ids[leaders[i]] : bundledConcept[i]),
              QVariant(item.line), text(item.tags.join(QLatin1Char('\n')))})
            query.bindValue(column++, value);
        if (!query.exec())
            return errorOf(query);
    }

    query.prepare(QStringLiteral("INSERT INTO questions_fts (rowid, title, answer_text)"
                                 " SELECT rowid, title, answer_text FROM questions WHERE bank_id = ?"));
    query.addBindValue(bankId);
    if (!query.exec())
        return errorOf(query);
    return {};
}

} // namespace sdstudy::core
