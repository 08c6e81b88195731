#include "core/bankstore.h"

#include "core/bundledbank.h"
#include "core/conceptassignment.h"
#include "core/database.h"
#include "core/wordrarity.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct BankStoreText
{
    Q_DECLARE_TR_FUNCTIONS(BankStore)
};

constexpr int kMostNameLength = 200;

BankInfo infoOf(const QSqlQuery &query)
{
    BankInfo info;
    info.key = query.value(0).toString();
    info.name = query.value(1).toString();
    info.source = query.value(2).toString();
    info.imported = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    info.questionCount = query.value(4).toInt();
    if (const auto shape = BankShape::fromSerialized(query.value(5).toString()))
        info.shape = shape->shapeName();
    info.bundled = info.key == BundledBank::kKey;
    info.restorable = query.value(6).toBool();
    info.conceptCount = query.value(7).toInt();
    return info;
}

const QString kSelect = QStringLiteral("SELECT b.key, b.name, b.source, b.imported_at,"
                                       " (SELECT COUNT(*) FROM questions q WHERE q.bank_id = b.id), b.shape,"
                                       " length(b.content) > 0,"
                                       " (SELECT COUNT(DISTINCT concept) FROM questions q WHERE q.bank_id = b.id)"
                                       " FROM banks b");

} // namespace

QString BankUse::described() const
{
    return BankStoreText::tr("%1, %2 and %3")
        .arg(BankStoreText::tr("%n note(s)", nullptr, notes), BankStoreText::tr("%n bookmark(s)", nullptr, bookmarks),
             BankStoreText::tr("%n answer(s)", nullptr, reviews));
}

BankStore::BankStore(Database &database)
    : m_database(database)
{ }

QList<BankInfo> BankStore::banks() const
{
    QList<BankInfo> list;
    QSqlQuery query(m_database.connection());
    query.exec(kSelect + QStringLiteral(" ORDER BY b.position"));
    while (query.next())
        list.append(infoOf(query));
    return list;
}

std::optional<BankInfo> BankStore::bank(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE b.key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return infoOf(query);
}

BankUse BankStore::useOf(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "WITH ids AS (SELECT q.id, q.concept FROM questions q JOIN banks b ON b.id = q.bank_id WHERE b.key = :key)"
        " SELECT (SELECT COUNT(*) FROM notes WHERE question_id IN (SELECT id FROM ids)),"
        " (SELECT COUNT(*) FROM bookmarks WHERE question_id IN (SELECT id FROM ids)),"
        " (SELECT COUNT(*) FROM review_log WHERE question_id IN (SELECT id FROM ids))"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return {};
    return BankUse {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

bool BankStore::rename(const QString &key, const QString &name, QString *error)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty() || simplified.size() > kMostNameLength) {
        *error = BankStoreText::tr("a bank's name needs 1 to %1 characters").arg(kMostNameLength);
        return false;
    }
    if (!bank(key)) {
        *error = BankStoreText::tr("there is no bank \u201c%1\u201d").arg(key);
        return false;
    }
    return m_database.inTransaction(
        [&](QString *failure) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("UPDATE banks SET name = ? WHERE key = ?"));
            query.addBindValue(simplified);
            query.addBindValue(key);
            if (!query.exec()) {
                *failure = query.lastError().text();
                return false;
            }
            m_database.announce(LibraryChanges::Kind::Banks, {key});
            return true;
        },
        error);
}

std::optional<BankImporter::Source> BankStore::remove(const QString &key, QString *error)
{
    if (key == BundledBank::kKey) {
        *error = BankStoreText::tr("the bundled bank cannot be removed");
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, source, shape, content FROM banks WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        *error = BankStoreText::tr("there is no bank \u201c%1\u201d").arg(key);
        return std::nullopt;
    }
    const qlonglong id = query.value(0).toLongLong();
    BankImporter::Source source {key, query.value(1).toString(), query.value(2).toString(),
                                 query.value(4).toByteArray(), BankShape::fromSerialized(query.value(3).toString())};
    const bool removed = m_database.inTransaction(
        [&](QString *failure) {
            const auto conceptsBefore = ConceptAssignment(m_database).current(failure);
            if (!failure->isEmpty())
                return false;
            QSqlQuery step(m_database.connection());
            for (const QString &sql :
                 {QStringLiteral("INSERT INTO questions_fts (questions_fts, rowid, title, answer_text)"
                                 " SELECT 'delete', rowid, title, answer_text FROM questions WHERE bank_id = ?"),
                  QStringLiteral("DELETE FROM questions WHERE bank_id = ?"),
                  QStringLiteral("DELETE FROM banks WHERE id = ?")}) {
                step.prepare(sql);
                step.addBindValue(id);
                if (!step.exec()) {
                    *failure = step.lastError().text();
                    return false;
                }
            }
            if (!WordRarity::recount(m_database.connection(), failure))
                return false;
            // A concept that this bank named is named by its next phrasing now.
            if (!ConceptAssignment(m_database).apply(conceptsBefore, failure))
                return false;
            m_database.announce(LibraryChanges::Kind::Banks, {key});
            return true;
        },
        error);
    if (!removed)
        return std::nullopt;
    return source;
}

} // namespace sdstudy::core
