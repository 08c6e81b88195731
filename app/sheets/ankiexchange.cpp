#include "sheets/ankiexchange.h"

#include "core/bankimporter.h"
#include "core/flags.h"
#include "core/studylibrary.h"
#include "core/topicrules.h"
#include "sheets/safetextdocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <md4c-html.h>

namespace sdstudy::sheets {

namespace {

// The translation context of this file's texts, as lupdate reads it.
struct AnkiExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(AnkiExchange)
};

QString htmlOf(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    md_html(
        utf8.constData(), MD_SIZE(utf8.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *out) { static_cast<QByteArray *>(out)->append(text, size); }, &html,
        MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH, 0);
    // A picture would make Anki look for the file named in the answer: its alt text
    // goes instead, as the app shows it.
    static const QRegularExpression picture(QStringLiteral("<img src=\"[^\"]*\" alt=\"([^\"]*)\"[^>]*>"));
    QString out = QString::fromUtf8(html).trimmed();
    QRegularExpressionMatch match;
    while ((match = picture.match(out)).hasMatch()) {
        out.replace(match.capturedStart(), match.capturedLength(),
                    SafeTextDocument::pictureNotShownText(match.captured(1)));
    }
    return out;
}

QString tagOf(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    return name.toLower().replace(nonWord, QStringLiteral("-")).remove(QRegularExpression(QStringLiteral("^-|-$")));
}

// A card's HTML without what only styles or runs it: Qt's parser would fetch a
// linked style sheet, and an unclosed <link> would hide the rest of the card.
QString withoutStylesAndScripts(QString html)
{
    static const QRegularExpression styling(QStringLiteral("<(style|script)\\b.*?</\\1\\s*>|<(link|meta)\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    return html.remove(styling);
}

// How deeply the tags of a card's HTML nest. Qt's HTML parser recurses per level,
// so a card nested tens of thousands deep would overflow the stack.
int nestingDepth(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>"));
    static const QStringList voidElements
        = {QStringLiteral("br"),    QStringLiteral("img"),   QStringLiteral("hr"),     QStringLiteral("meta"),
           QStringLiteral("link"),  QStringLiteral("input"), QStringLiteral("wbr"),    QStringLiteral("col"),
           QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("source"), QStringLiteral("embed"),
           QStringLiteral("param"), QStringLiteral("track")};
    int depth = 0, deepest = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedView(3) == QLatin1String("/") || voidElements.contains(match.captured(2).toLower()))
            continue;
        depth += match.capturedView(1).isEmpty() ? 1 : -1;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

// A field as Anki reads it: quoted when it holds a tab, a line break or a quote.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('"')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

struct Row
{
    int line = 0;
    QStringList fields;
};

// Tab-separated rows, with quoted fields that may hold tabs and line breaks.
bool parseRows(const QString &text, const QString &file, QList<Row> *rows, QStringList *headers, QString *error)
{
    int line = 1;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('#')) { // a header line
            const qsizetype end = text.indexOf(QLatin1Char('\n'), i);
            headers->append(text.mid(i + 1, (end < 0 ? text.size() : end) - i - 1).trimmed());
            i = end < 0 ? text.size() : end + 1;
            ++line;
            continue;
        }
        Row row {line, {}};
        QString current;
        bool quoted = false, atFieldStart = true;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    line += c == QLatin1Char('\n');
                    current += c;
                }
            } else if (c == QLatin1Char('"') && atFieldStart) {
                quoted = true;
                atFieldStart = false;
            } else if (c == QLatin1Char('\t')) {
                row.fields.append(current);
                current.clear();
                atFieldStart = true;
            } else if (c == QLatin1Char('\n')) {
                ++i;
                ++line;
                break;
            } else if (c != QLatin1Char('\r')) {
                current += c;
                atFieldStart = false;
            }
        }
        if (quoted) {
            *error = AnkiExchangeText::tr("%1:%2: a quoted field is never closed").arg(file).arg(row.line);
            return false;
        }
        row.fields.append(current);
        if (!(row.fields.size() == 1 && row.fields.first().trimmed().isEmpty()))
            rows->append(row);
    }
    return true;
}

} // namespace

namespace AnkiExchange {

QByteArray write(core::StudyLibrary &library)
{
    const auto flags = library.bookmarks().flagsById();
    QString out = QStringLiteral(
        "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n#columns:GUID\tFront\tBack\tTags\n");
    for (const core::OutlineEntry &entry : library.questions().outline()) {
        if (!entry.leadsConcept())
            continue; // one card per concept: Anki would schedule paraphrases twice
        const auto question = library.questions().question(entry.id);
        if (!question)
            continue;
        QStringList tags = {QStringLiteral("sdstudy"), QStringLiteral("topic::") + tagOf(entry.topic),
                            QStringLiteral("subtopic::") + tagOf(entry.subtopic)};
        if (const auto it = flags.constFind(entry.id); it != flags.cend())
            tags.append(it->isEmpty() ? QStringLiteral("bookmarked") : QStringLiteral("flag::") + *it);
        out += QStringList {field(entry.id), field(entry.title.toHtmlEscaped()),
                            field(htmlOf(question->answerMarkdown)), field(tags.join(QLatin1Char(' ')))}
                   .join(QLatin1Char('\t'))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

ImportReport read(const QByteArray &bytes, const QString &filePath, core::StudyLibrary &library)
{
    ImportReport report;
    QList<Row> rows;
    QStringList headers;
    if (!parseRows(QString::fromUtf8(bytes), filePath, &rows, &headers, &report.error))
        return report;
    QStringList columns
        = {QStringLiteral("GUID"), QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Tags")};
    for (const QString &header : std::as_const(headers)) {
        if (header.startsWith(QLatin1String("separator:"))
            && header.mid(10).trimmed().compare(QLatin1String("tab"), Qt::CaseInsensitive) != 0) {
            report.error = AnkiExchangeText::tr("%1: only tab-separated text is read (this file says \"%2\")")
                               .arg(filePath, header);
            return report;
        }
        if (header.startsWith(QLatin1String("columns:")))
            columns = header.mid(8).split(QLatin1Char('\t'));
    }
    const qsizetype guidColumn = columns.indexOf(QStringLiteral("GUID"));
    const qsizetype frontColumn = columns.indexOf(QStringLiteral("Front"));
    const qsizetype backColumn = columns.indexOf(QStringLiteral("Back"));
    const qsizetype tagsColumn = columns.indexOf(QStringLiteral("Tags"));
    if (frontColumn < 0 || backColumn < 0) {
        report.error = AnkiExchangeText::tr("%1: the columns must include Front and Back").arg(filePath);
        return report;
    }

    // Read everything first: a problem anywhere leaves the database as it was.
    QString newBank;
    int newNumber = 0;
    QList<QPair<QString, QString>> flagChanges; // question id -> flag key ("" plain)
    for (const Row &row : std::as_const(rows)) {
        if (row.fields.size() < columns.size())
            return {0, 0, 0,
                    AnkiExchangeText::tr("%1:%2: %3 fields where %4 were expected")
                        .arg(filePath)
                        .arg(row.line)
                        .arg(row.fields.size())
                        .arg(columns.size())};
        const QString guid = guidColumn >= 0 ? row.fields.at(guidColumn).trimmed() : QString();
        const QStringList tags
            = tagsColumn >= 0 ? row.fields.at(tagsColumn).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
        if (!guid.isEmpty() && library.questions().question(guid)) {
            // A card of ours coming back: its flag is what Anki can have changed.
            std::optional<QString> flag;
            for (const QString &tag : tags) {
                if (tag == QLatin1String("bookmarked"))
                    flag = QString();
                else if (const auto named
                         = tag.startsWith(QLatin1String("flag::")) ? core::Flags::find(tag.mid(6)) : std::nullopt)
                    flag = named->key;
            }
            if (flag && library.bookmarks().flagOf(guid) != flag)
                flagChanges.append({guid, *flag});
            else
                ++report.unchanged;
            continue;
        }
        constexpr int kDeepestNesting = 500; // real cards nest a handful deep
        for (const qsizetype column : {frontColumn, backColumn}) {
            if (nestingDepth(row.fields.at(column)) > kDeepestNesting)
                return {0, 0, 0,
                        AnkiExchangeText::tr("%1:%2: the card's HTML nests deeper than %3 levels")
                            .arg(filePath)
                            .arg(row.line)
                            .arg(kDeepestNesting)};
        }
        // A card's HTML may link style sheets or pictures on the disk: nothing is read,
        // and pictures come out as their alt text, never as Markdown that reads them later.
        SafeTextDocument front, back;
        front.setUntrustedHtml(withoutStylesAndScripts(row.fields.at(frontColumn)));
        back.setUntrustedHtml(withoutStylesAndScripts(row.fields.at(backColumn)));
        const QString title = front.toPlainText().simplified();
        if (title.isEmpty())
            return {0, 0, 0, AnkiExchangeText::tr("%1:%2: a card with an empty front").arg(filePath).arg(row.line)};
        newBank += QStringLiteral("### %1. %2\n**Answer:**\n%3\n\n")
                       .arg(++newNumber)
                       .arg(title, back.toMarkdown().trimmed());
        ++report.added;
    }

    // New cards become a bank of their own; that and the flags, all of it or none.
    QString error;
    const bool done = library.database().inTransaction(
        [&](QString *failure) {
            if (!newBank.isEmpty()) {
                const QFileInfo info(filePath);
                const QString source = info.absoluteFilePath();
                core::BankImporter importer(library.database(), core::TopicRules::bundled());
                // Written here as "### N. Title" headings: read as such, whatever they ask.
                core::BankShape headings;
                headings.everyHeading = true;
                const auto outcome
                    = importer.import({importer.keyForSource(source, info.completeBaseName()),
                                       {},
                                       source,
                                       (QStringLiteral("# %1\n\n").arg(info.completeBaseName()) + newBank).toUtf8(),
                                       headings});
                if (!outcome.error.isEmpty()) {
                    *failure = outcome.error;
                    return false;
                }
                if (!outcome.changed) {
                    report.unchanged += report.added;
                    report.added = 0;
                }
            }
            for (const auto &[id, flag] : std::as_const(flagChanges)) {
                if (!library.bookmarks().set(id, flag, failure))
                    return false;
            }
            return true;
        },
        &error);
    if (!done)
        return {0, 0, 0, error};
    report.flagged = int(flagChanges.size());
    return report;
}

} // namespace AnkiExchange

} // namespace sdstudy::sheets
