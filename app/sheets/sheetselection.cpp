#include "sheets/sheetselection.h"

#include "core/flags.h"
#include "core/quizplan.h"
#include "core/studylibrary.h"
#include "diagrams/relatedlinks.h"

#include <QCoreApplication>
#include <QSet>

namespace sdstudy::sheets {

namespace {
// The translation context of this file's texts, as lupdate reads it.
struct SheetRequestText
{
    Q_DECLARE_TR_FUNCTIONS(SheetRequest)
};
} // namespace

bool SheetRequest::collect(core::StudyLibrary &library, QList<SheetItem> *items, QString *error) const
{
    const std::optional<core::Flag> wantedFlag = flag.isEmpty() ? std::nullopt : core::Flags::find(flag);
    if (!flag.isEmpty() && !wantedFlag) {
        *error = SheetRequestText::tr("unknown flag \"%1\"").arg(flag);
        return false;
    }
    const QList<core::OutlineEntry> outline = library.questions().outline();
    for (const QString &topic : topics) {
        const bool known = std::any_of(outline.cbegin(), outline.cend(), [&](const core::OutlineEntry &e) {
            return e.topic.contains(topic, Qt::CaseInsensitive) || e.subtopic.contains(topic, Qt::CaseInsensitive);
        });
        if (!known) {
            *error = SheetRequestText::tr("no topic matches \"%1\"").arg(topic);
            return false;
        }
    }

    // The concepts asked for; a bookmark or search hit on any phrasing selects its concept.
    QSet<QString> concepts;
    const bool bySearch = !search.trimmed().isEmpty();
    const bool byBookmark = bookmarked || wantedFlag;
    if (bySearch) {
        for (const core::SearchHit &hit : library.search().search(search, 100000))
            concepts.insert(hit.conceptId);
    }
    QSet<QString> missed;
    if (misses) {
        core::QuizScope scope;
        scope.kind = core::QuizScope::Kind::Misses;
        const auto plan
            = core::QuizPlanner(library.database(), library.reviews()).plan(scope, QDateTime::currentDateTimeUtc(), 0);
        missed = QSet<QString>(plan.concepts.cbegin(), plan.concepts.cend());
    }
    QSet<QString> bookmarkedConcepts;
    if (byBookmark) {
        const auto flags = library.bookmarks().flagsById();
        for (const core::OutlineEntry &e : outline) {
            const auto it = flags.constFind(e.id);
            if (it != flags.cend() && (!wantedFlag || *it == wantedFlag->key))
                bookmarkedConcepts.insert(e.conceptId);
        }
    }
    std::optional<diagrams::RelatedLinks> related;
    if (withRelated)
        related.emplace(library);
    for (const core::OutlineEntry &e : outline) {
        if (!e.leadsConcept())
            continue;
        if (!topics.isEmpty() && std::none_of(topics.cbegin(), topics.cend(), [&](const QString &t) {
                return e.topic.contains(t, Qt::CaseInsensitive) || e.subtopic.contains(t, Qt::CaseInsensitive);
            }))
            continue;
        if (bySearch && !concepts.contains(e.conceptId))
            continue;
        if (byBookmark && !bookmarkedConcepts.contains(e.conceptId))
            continue;
        if (misses && !missed.contains(e.conceptId))
            continue;
        const auto question = library.questions().question(e.id);
        const auto note = library.notes().get(e.id);
        SheetItem item {e,
                        question ? question->answerMarkdown : QString(),
                        note ? note->text : QString(),
                        {},
                        {},
                        question && related ? related->of(*question) : QList<core::QuestionSummary>()};
        if (diagramImages)
            item.diagrams = diagramImages(library.questions().phrasingsOf(e.conceptId));
        if (sketchImage) {
            // The sketch of whichever phrasing the person drew on, the first one found.
            for (const QString &phrasing : library.questions().phrasingsOf(e.conceptId)) {
                QString ignored;
                if (const auto stored = library.sketches().get(phrasing, &ignored)) {
                    item.sketch = sketchImage(stored->sketch);
                    break;
                }
            }
        }
        items->append(item);
    }
    return true;
}

QString SheetRequest::describe(const QList<SheetItem> &items) const
{
    QStringList parts;
    if (!topics.isEmpty()) {
        // The topics' own names, not the words typed to find them.
        QStringList names;
        for (const SheetItem &item : items) {
            if (!names.contains(item.question.topic))
                names.append(item.question.topic);
        }
        parts.append(names.isEmpty() ? topics.join(QStringLiteral(", ")) : names.join(QStringLiteral(", ")));
    }
    if (const auto f = core::Flags::find(flag))
        parts.append(SheetRequestText::tr("flagged %1").arg(f->name));
    else if (bookmarked)
        parts.append(SheetRequestText::tr("bookmarked"));
    if (!search.trimmed().isEmpty())
        parts.append(SheetRequestText::tr("search “%1”").arg(search.trimmed()));
    if (misses)
        parts.append(SheetRequestText::tr("missed in the last session"));
    return parts.isEmpty() ? SheetRequestText::tr("All topics") : parts.join(QStringLiteral(" · "));
}

} // namespace sdstudy::sheets
