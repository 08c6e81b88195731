#include "core/wordrarity.h"

#include "core/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace sdstudy::core {

namespace {
// Even the commonest word counts for something.
constexpr double kLeastRarity = 0.1;
} // namespace

WordRarity::WordRarity(Database &database)
    : m_database(database)
{
    // The tree's count of every question: no question row is read.
    QSqlQuery query(m_database.connection());
    m_ready = query.exec(QStringLiteral("SELECT COALESCE(SUM(phrasings), 0) FROM outline_branches")) && query.next();
    if (m_ready)
        m_questions = query.value(0).toLongLong();
    else
        qWarning("word counts could not be read: %s", qPrintable(query.lastError().text()));
}

bool WordRarity::recount(QSqlDatabase db, QString *error)
{
    // A table of this connection only, over the index's own counts.
    QSqlQuery query(db);
    for (const QString &sql : {QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed_words"
                                              " USING fts5vocab(main, 'questions_fts', 'row')"),
                               QStringLiteral("DELETE FROM word_documents"),
                               QStringLiteral("INSERT INTO word_documents (term, documents)"
                                              " SELECT term, doc FROM temp.indexed_words")}) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

double WordRarity::operator()(const QString &word) const
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList parts = word.toLower().split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return kLeastRarity;
    double sum = 0;
    for (const QString &part : parts)
        sum += ofPart(part);
    return sum / double(parts.size());
}

double WordRarity::ofPart(const QString &part) const
{
    if (const auto it = m_known.constFind(part); it != m_known.cend())
        return *it;
    qint64 holding = 0;
    if (m_ready) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT documents FROM word_documents WHERE term = ?"));
        query.addBindValue(part);
        if (query.exec() && query.next())
            holding = query.value(0).toLongLong();
    }
    const double rarity
        = std::max(kLeastRarity, std::log(double(std::max<qint64>(m_questions, 1)) / double(holding + 1)));
    m_known.insert(part, rarity);
    return rarity;
}

} // namespace sdstudy::core
