#include "core/attachmentstore.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sdstudy::core {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct AttachmentStoreText
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
};

} // namespace

const QString AttachmentStore::kScheme = QStringLiteral("attachment");

AttachmentStore::AttachmentStore(Database &database)
    : m_database(database)
{ }

QString AttachmentStore::mimeOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

QString AttachmentStore::idOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> AttachmentStore::add(const QByteArray &data, QString *error)
{
    if (data.size() > kMostBytes) {
        *error = AttachmentStoreText::tr("the picture takes %1; a note's picture can take up to %2")
                     .arg(QLocale().formattedDataSize(data.size(), 1), QLocale().formattedDataSize(kMostBytes, 0));
        return std::nullopt;
    }
    const QString mime = mimeOf(data);
    if (mime.isEmpty()) {
        *error = AttachmentStoreText::tr("only PNG and JPEG pictures can be kept in a note");
        return std::nullopt;
    }
    const QString id = idOf(data);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO attachments (id, mime, data, added_at) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (id) DO NOTHING"));
    query.addBindValue(id);
    query.addBindValue(mime);
    query.addBindValue(data);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return id;
}

MergeOutcome AttachmentStore::merge(const QByteArray &data, QString *error)
{
    if (get(idOf(data)))
        return MergeOutcome::Unchanged;
    return add(data, error) ? MergeOutcome::Added : MergeOutcome::Failed;
}

std::optional<AttachmentStore::Attachment> AttachmentStore::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mime, data FROM attachments WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Attachment {id, query.value(0).toString(), query.value(1).toByteArray()};
}

std::function<std::optional<QByteArray>(const QString &id)> AttachmentStore::reader() const
{
    return [this](const QString &id) -> std::optional<QByteArray> {
        if (auto attachment = get(id))
            return std::move(attachment->data);
        return std::nullopt;
    };
}

QStringList AttachmentStore::referencedBy(const QString &markdown)
{
    static const QRegularExpression reference(QStringLiteral("attachment:([0-9a-f]{64})"));
    QStringList ids;
    for (auto it = reference.globalMatch(markdown); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString AttachmentStore::markdownFor(const QString &id, const QString &altText)
{
    QString alt = altText.simplified();
    alt.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return QStringLiteral("![%1](%2:%3)").arg(alt, kScheme, id);
}

} // namespace sdstudy::core
