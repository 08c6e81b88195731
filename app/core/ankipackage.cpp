#include "core/ankipackage.h"

#include "core/attachmentstore.h"
#include "core/markdowntext.h"

#include <KZip>

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <memory>

namespace sdstudy::core::AnkiPackage {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct AnkiPackageText
{
    Q_DECLARE_TR_FUNCTIONS(AnkiPackage)
};

using Re = QRegularExpression;

// An entry's bytes, read in pieces and never more than `most`: the size a zip
// declares may be a lie, the bytes that come out of the decompressor are not.
std::optional<QByteArray> readEntry(const KArchiveFile *file, qint64 most)
{
    if (file->size() > most)
        return std::nullopt;
    std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray data;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = device->read(chunk, sizeof chunk);
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        if (data.size() + got > most)
            return std::nullopt;
        data.append(chunk, got);
    }
    return data;
}

const KArchiveFile *fileNamed(const KArchiveDirectory *root, const QString &name)
{
    const KArchiveEntry *entry = root->entry(name);
    return entry && entry->isFile() ? static_cast<const KArchiveFile *>(entry) : nullptr;
}

struct Model
{
    bool cloze = false;
    QStringList fieldNames;
};

// The note's pictures, by the name its fields use, loaded only when a field shows one.
class Media
{
public:
    Media(const KArchiveDirectory *root)
        : m_root(root)
    {
        const KArchiveFile *map = fileNamed(root, QStringLiteral("media"));
        const auto json = map ? readEntry(map, 16 * 1024 * 1024) : std::nullopt;
        const QJsonObject names = json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            m_entryOf.insert(it.value().toString(), it.key());
    }

    // The attachment id of a picture the package holds, or nullopt. Each picture is
    // unpacked once, and all of them together no further than a budget: a package
    // of a thousand pictures that each unpack to megabytes is not read to the end.
    std::optional<QString> picture(const QString &name, QHash<QString, QByteArray> *pictures)
    {
        if (const auto known = m_idOf.constFind(name); known != m_idOf.cend())
            return *known;
        std::optional<QString> id;
        const QString entry = m_entryOf.value(name);
        const KArchiveFile *file = entry.isEmpty() ? nullptr : fileNamed(m_root, entry);
        if (file && m_unpacked < kMostPictureBytes) {
            const qint64 limit = std::min(AttachmentStore::kMostBytes, kMostPictureBytes - m_unpacked);
            const auto data = readEntry(file, limit);
            m_unpacked += data ? data->size() : limit; // a refused one may have been unpacked that far
            if (data && !AttachmentStore::mimeOf(*data).isEmpty()) {
                id = AttachmentStore::idOf(*data);
                pictures->insert(*id, *data);
            }
        }
        m_idOf.insert(name, id);
        return id;
    }

private:
    const KArchiveDirectory *m_root;
    QHash<QString, QString> m_entryOf;             // file name in the notes -> entry in the zip
    QHash<QString, std::optional<QString>> m_idOf; // file name -> attachment id, once unpacked
    qint64 m_unpacked = 0;
};

// A field's HTML as Markdown: lines from <div> and <br>, lists, entities, and the
// layout tags MarkdownText knows; a picture becomes the package's own, or its name.
QString markdownOf(QString html, Media &media, QHash<QString, QByteArray> *pictures)
{
    static const Re sound(QStringLiteral("\\[sound:[^\\]]*\\]"));
    static const Re source(QStringLiteral("\\bsrc\\s*=\\s*[\"']([^\"'>]*+)[\"']"), Re::CaseInsensitiveOption);
    static const Re lineTags(QStringLiteral("<br\\s*/?>|</?div[^>]*>|</?p[^>]*>|</?ul[^>]*>|</?ol[^>]*>"),
                             Re::CaseInsensitiveOption);
    static const Re itemEnd(QStringLiteral("</li\\s*>"), Re::CaseInsensitiveOption);
    static const Re item(QStringLiteral("<li[^>]*>"), Re::CaseInsensitiveOption);
    html.remove(sound);
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Pictures first, while their tags are whole; each tag is looked at once.
    QString withPictures;
    qsizetype at = 0;
    for (qsizetype start = html.indexOf(QLatin1String("<img"), 0, Qt::CaseInsensitive); start >= 0;
         start = html.indexOf(QLatin1String("<img"), at, Qt::CaseInsensitive)) {
        const qsizetype end = html.indexOf(QLatin1Char('>'), start);
        if (end < 0)
            break;
        withPictures += html.mid(at, start - at);
        const QString name = source.match(html.mid(start, end - start)).captured(1);
        if (const auto id = name.isEmpty() ? std::nullopt : media.picture(name, pictures))
            withPictures += QStringLiteral("\n\n") + AttachmentStore::markdownFor(*id, name) + QStringLiteral("\n\n");
        else if (!name.isEmpty())
            withPictures += AnkiPackageText::tr("(picture: %1)").arg(name);
        at = end + 1;
    }
    html = withPictures + html.mid(at);
    html.replace(item, QStringLiteral("\n- "));
    html.remove(itemEnd);
    html.replace(lineTags, QStringLiteral("\n"));
    QString markdown = MarkdownText::withoutLayoutHtml(html);
    markdown.remove(QRegularExpression(QStringLiteral("<[a-zA-Z/!][^>]*>")));
    markdown.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    markdown.replace(QLatin1String("&lt;"), QLatin1String("<"));
    markdown.replace(QLatin1String("&gt;"), QLatin1String(">"));
    markdown.replace(QLatin1String("&quot;"), QLatin1String("\""));
    markdown.replace(QLatin1String("&#39;"), QLatin1String("'"));
    markdown.replace(QLatin1String("&amp;"), QLatin1String("&"));
    // MathJax's \( \) and \[ \] stay as written: Markdown would drop the backslash.
    for (const char *delimiter : {"\\(", "\\)", "\\[", "\\]"})
        markdown.replace(QLatin1String(delimiter), QLatin1Char('\\') + QLatin1String(delimiter));
    // Lines as written; runs of empty ones become one.
    QStringList lines;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() && (lines.isEmpty() || lines.last().isEmpty()))
            continue;
        lines.append(trimmed);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

// "{{c1::answer::hint}}": hidden in the question, shown in bold in the answer.
QString clozed(const QString &text, bool hidden)
{
    static const Re cloze(QStringLiteral("\\{\\{c\\d+::(.*?)(?:::(.*?))?\\}\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = cloze.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(at, match.capturedStart() - at);
        out += hidden
            ? QStringLiteral("[%1]").arg(match.captured(2).isEmpty() ? QStringLiteral("\u2026") : match.captured(2))
            : QStringLiteral("**%1**").arg(match.captured(1));
        at = match.capturedEnd();
    }
    return out + text.mid(at);
}

int fieldNamed(const Model &model, std::initializer_list<const char *> names, int fallback)
{
    for (const char *name : names) {
        for (qsizetype i = 0; i < model.fieldNames.size(); ++i) {
            if (model.fieldNames.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return fallback;
}

// The collection file, opened read-only on a connection of its own, closed with it.
class Collection
{
public:
    explicit Collection(const QString &path)
        : m_name(QStringLiteral("anki-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Collection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Only real tables of stored columns are read: a view, or a column computed
    // when it is read, would run SQL the file chose.
    bool hasTables(const QStringList &names) const
    {
        QSqlQuery query(db());
        query.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
        for (const QString &name : names) {
            query.prepare(QStringLiteral("SELECT type FROM sqlite_master WHERE name = ?"));
            query.addBindValue(name);
            if (!query.exec() || !query.next() || query.value(0).toString() != QLatin1String("table"))
                return false;
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM pragma_table_xinfo(?) WHERE hidden <> 0"));
            query.addBindValue(name);
            if (!query.exec() || !query.next() || query.value(0).toInt() != 0)
                return false;
        }
        return true;
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

bool isPackage(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

ParsedBank read(const QByteArray &package, QString *error)
{
    ParsedBank bank;
    bank.shape.format = BankShape::Format::Apkg;
    QByteArray bytes = package;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!isPackage(package) || !zip.open(QIODevice::ReadOnly)) {
        *error = AnkiPackageText::tr("not an Anki package: the file is not a zip archive");
        return bank;
    }
    const KArchiveDirectory *root = zip.directory();
    if (root->entries().size() > kMostEntries) {
        *error = AnkiPackageText::tr("the package holds more than %1 files").arg(kMostEntries);
        return bank;
    }
    const KArchiveFile *collection = fileNamed(root, QStringLiteral("collection.anki21"));
    if (!collection)
        collection = fileNamed(root, QStringLiteral("collection.anki2"));
    if (!collection) {
        *error = fileNamed(root, QStringLiteral("collection.anki21b"))
            ? AnkiPackageText::tr(
                  "this package is in the newest Anki format; in Anki, export it again with \u201cSupport older "
                  "Anki versions\u201d ticked")
            : AnkiPackageText::tr("not an Anki package: it holds no collection.anki2 or collection.anki21");
        return bank;
    }
    const auto data = readEntry(collection, kMostCollectionBytes);
    if (!data) {
        *error = AnkiPackageText::tr("the package's collection is larger than %1 MB unpacked, or damaged")
                     .arg(kMostCollectionBytes >> 20);
        return bank;
    }
    QTemporaryFile file;
    if (!file.open() || file.write(*data) != data->size() || !file.flush()) {
        *error = AnkiPackageText::tr("cannot unpack the collection: %1").arg(file.errorString());
        return bank;
    }
    const Collection notes(file.fileName());
    if (!notes.isOpen()
        || !notes.hasTables({QStringLiteral("col"), QStringLiteral("notes"), QStringLiteral("cards")})) {
        *error = AnkiPackageText::tr("the package's collection is not an Anki collection");
        return bank;
    }

    QSqlQuery query(notes.db());
    QHash<qlonglong, Model> models;
    QHash<qlonglong, QString> decks;
    if (query.exec(QStringLiteral("SELECT models, decks FROM col LIMIT 1")) && query.next()) {
        const QJsonObject modelJson = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        for (auto it = modelJson.begin(); it != modelJson.end(); ++it) {
            const QJsonObject model = it.value().toObject();
            Model m;
            m.cloze = model.value(QStringLiteral("type")).toInt() == 1;
            for (const QJsonValue &field : model.value(QStringLiteral("flds")).toArray())
                m.fieldNames.append(field.toObject().value(QStringLiteral("name")).toString());
            models.insert(it.key().toLongLong(), m);
        }
        const QJsonObject deckJson = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        for (auto it = deckJson.begin(); it != deckJson.end(); ++it)
            decks.insert(it.key().toLongLong(), it.value().toObject().value(QStringLiteral("name")).toString());
    }

    // Each note's deck, read once: a lookup per note would scan the cards each time
    // in a file that left out Anki's index.
    QHash<qlonglong, qlonglong> deckOfNote;
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT nid, MIN(did) FROM cards GROUP BY nid"))) {
        while (query.next())
            deckOfNote.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    query.prepare(QStringLiteral("SELECT mid, flds, tags, id FROM notes ORDER BY id LIMIT ?"));
    query.addBindValue(kMostNotes + 1);
    if (!query.exec()) {
        *error = AnkiPackageText::tr("the package's notes cannot be read: %1").arg(query.lastError().text());
        return bank;
    }
    Media media(root);
    int position = 0;
    QStringList deckNames;
    while (query.next()) {
        if (++position > kMostNotes) {
            *error = AnkiPackageText::tr("the package holds more than %1 notes").arg(kMostNotes);
            return {};
        }
        const Model model = models.value(query.value(0).toLongLong());
        const QStringList fields = query.value(1).toString().split(QChar(0x1f));
        const int questionField = fieldNamed(model, {"Front", "Question", "Text"}, 0);
        const int answerField = fieldNamed(model, {"Back", "Answer", "Extra"}, 1);
        QString question = markdownOf(fields.value(questionField), media, &bank.pictures);
        QString answer = markdownOf(fields.value(answerField), media, &bank.pictures);
        if (model.cloze) {
            answer = clozed(question, false) + (answer.isEmpty() ? QString() : QStringLiteral("\n\n") + answer);
            question = clozed(question, true);
        }
        // A title is one line of words; what else the question shows leads the answer.
        BankItem item;
        item.number = position;
        item.line = position;
        item.title = MarkdownText::plain(question).simplified();
        if (question.contains(QLatin1Char('\n')) || question.contains(QLatin1String("](")))
            answer = question + QStringLiteral("\n\n---\n\n") + answer;
        item.answerMarkdown = answer.trimmed();
        item.answerText = MarkdownText::plain(item.answerMarkdown);
        item.tags = query.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString deck = decks.value(deckOfNote.value(query.value(3).toLongLong()));
        deckNames.append(deck);
        if (item.title.isEmpty())
            bank.skipped.append({position, AnkiPackageText::tr("note %1 has no question; left out").arg(position)});
        else if (item.answerText.isEmpty() || answer.trimmed() == question.trimmed())
            bank.skipped.append({position,
                                 AnkiPackageText::tr("\u201c%1\u201d has no answer; left out").arg(item.title.left(60)),
                                 true});
        else {
            item.topic = deck;
            bank.items.append(item);
        }
    }
    // Decks become topics: "Interview::Caching" is Caching under Interview; a deck
    // every note shares, and Anki's "Default", name no topic.
    QSet<QString> roots;
    for (const BankItem &item : std::as_const(bank.items))
        roots.insert(item.topic.section(QStringLiteral("::"), 0, 0));
    const bool sharedRoot = roots.size() == 1;
    if (sharedRoot && *roots.cbegin() != QLatin1String("Default"))
        bank.title = MarkdownText::withoutDecoration(*roots.cbegin());
    for (BankItem &item : bank.items) {
        QStringList parts = item.topic.split(QStringLiteral("::"), Qt::SkipEmptyParts);
        if (sharedRoot && !parts.isEmpty())
            parts.removeFirst();
        item.topic
            = parts.value(0) == QLatin1String("Default") ? QString() : MarkdownText::withoutDecoration(parts.value(0));
        item.subtopic = MarkdownText::withoutDecoration(parts.value(1));
    }
    if (std::any_of(bank.items.cbegin(), bank.items.cend(), [](const BankItem &i) { return !i.topic.isEmpty(); })) {
        for (BankItem &item : bank.items) {
            if (item.topic.isEmpty())
                item.topic = AnkiPackageText::tr("General");
        }
    }
    if (bank.items.isEmpty() && bank.skipped.isEmpty())
        bank.skipped.append({1, AnkiPackageText::tr("the package holds no notes")});
    return bank;
}

} // namespace sdstudy::core::AnkiPackage
