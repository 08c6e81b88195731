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
    // A table of this connection only: the file is not written.
    QSqlQuery query(m_database.connection());
    m_ready = query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.answer_words"
                                        " USING fts5vocab(main, 'questions_fts', 'row')"))
        && query.exec(QStringLiteral("SELECT COUNT(*) FROM questions")) && query.next();
    if (m_ready)
        m_questions = query.value(0).toLongLong();
    else
        qWarning("word counts could not be read: %s", qPrintable(query.lastError().text()));
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
        query.prepare(QStringLiteral("SELECT doc FROM temp.answer_words WHERE term = ?"));
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
