#include "core/progressfile.h"

#include "core/conceptoverrides.h"
#include "core/estimationdrill.h"
#include "core/flags.h"
#include "core/quizengine.h"
#include "core/studylibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sdstudy::core {

namespace {

const QString kFormat = QStringLiteral("sdstudy-progress");

// The translation context of this file's texts, as lupdate reads it.
struct ProgressFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressFile)
};

QJsonValue timeValue(const QDateTime &time)
{
    return ReviewStore::storedTime(time); // "" for a card never reviewed, as the file always had it
}

QJsonObject cardJson(const QString &conceptId, const FsrsScheduler::Card &card)
{
    QJsonObject json = ReviewStore::cardJson(card);
    json.insert(QStringLiteral("concept_id"), conceptId);
    return json;
}

QJsonObject logJson(const ReviewStore::LogEntry &e)
{
    return {{QStringLiteral("concept_id"), e.conceptId},
            {QStringLiteral("question_id"), e.questionId},
            {QStringLiteral("reviewed_at"), timeValue(e.reviewedAt)},
            {QStringLiteral("rating"), e.rating},
            {QStringLiteral("mode"), e.mode},
            {QStringLiteral("state_before"), e.stateBefore},
            {QStringLiteral("card_before"), e.cardBefore.isEmpty() ? QJsonValue() : QJsonValue(e.cardBefore)},
            {QStringLiteral("elapsed_days"), e.elapsedDays},
            {QStringLiteral("scheduled_days"), e.scheduledDays},
            {QStringLiteral("stability"), e.stability},
            {QStringLiteral("difficulty"), e.difficulty},
            {QStringLiteral("duration_ms"), e.durationMs}};
}

// Reads the values of one item of the file, remembering the first that is wrong,
// so the message can say which item and which key.
class ItemReader
{
public:
    ItemReader(const QJsonValue &value, QString place)
        : m_object(value.toObject())
        , m_place(std::move(place))
    {
        if (!value.isObject())
            fail(ProgressFileText::tr("is not an object"));
    }

    QString problem() const { return m_problem; }
    void fail(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1: %2").arg(m_place, what);
    }

    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    QString text(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString() && (!required || !v.toString().isEmpty()))
            return v.toString();
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        fail(ProgressFileText::tr("\"%1\" must be a text").arg(key));
        return {};
    }

    // An ISO 8601 time; `optional` allows it to be missing, null or "".
    QDateTime time(const QString &key, bool optional = false)
    {
        const QJsonValue v = m_object.value(key);
        if (optional && (v.isUndefined() || v.isNull() || v.toString().isEmpty()))
            return {};
        const QDateTime time = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            fail(ProgressFileText::tr("\"%1\" is not a time in ISO 8601 (%2)")
                     .arg(key, v.isString() ? v.toString() : ProgressFileText::tr("missing")));
        return time;
    }

    qint64 integer(const QString &key, qint64 lowest, qint64 highest)
    {
        const double v = m_object.value(key).toDouble(std::nan(""));
        if (std::isfinite(v) && v == std::floor(v) && v >= double(lowest) && v <= double(highest))
            return qint64(v);
        fail(ProgressFileText::tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(lowest).arg(highest));
        return lowest;
    }

    double number(const QString &key)
    {
        const double v = m_object.value(key).toDouble(std::nan(""));
        if (std::isfinite(v))
            return v;
        fail(ProgressFileText::tr("\"%1\" must be a number").arg(key));
        return 0;
    }

private:
    QJsonObject m_object;
    QString m_place;
    QString m_problem;
};

constexpr qint64 kMostDays = 100 * 366;
// Two computers' clocks differ by seconds, not by this much.
constexpr qint64 kClockSkewSeconds = 10 * 60;
constexpr qint64 kMostCount = 1'000'000;

struct BookmarkItem
{
    QString id;
    QString flag;
    QDateTime updated;
};

struct NoteItem
{
    QString id;
    QString text;
    QDateTime updated;
    bool deleted = false;
};

// Everything the file holds, checked; nothing written yet.
struct Contents
{
    QList<MockAttempt> mockAttempts;
    QList<DrillResult> drills;
    QList<StoredSketch> sketches;
    QList<QByteArray> attachments;
    QList<BookmarkItem> bookmarks;
    QList<NoteItem> notes;
    QList<ReviewStore::LogEntry> reviews;
    QList<QPair<QString, FsrsScheduler::Card>> cards;
    QList<ConceptOverrides::Override> conceptChoices;
};

QString place(const QString &fileName, const QString &list, qsizetype index, const QString &id = QString())
{
    return id.isEmpty() ? QStringLiteral("%1: %2[%3]").arg(fileName, list).arg(index)
                        : QStringLiteral("%1: %2[%3] (%4)").arg(fileName, list).arg(index).arg(id);
}

QString readConceptChoices(const QJsonArray &array, const QString &fileName, QList<ConceptOverrides::Override> *choices)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(array.at(i),
                        place(fileName, QStringLiteral("concepts"), i, object.value(QStringLiteral("id")).toString()));
        const ConceptOverrides::Override choice {item.text(QStringLiteral("id")),
                                                 item.text(QStringLiteral("same_as"), false),
                                                 item.time(QStringLiteral("updated"))};
        if (choice.sameAs == choice.questionId)
            item.fail(ProgressFileText::tr("a question cannot be the same as itself"));
        if (!item.problem().isEmpty())
            return item.problem();
        choices->append(choice);
    }
    return {};
}

QString readBookmarks(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = array.at(i).toObject().value(QStringLiteral("id")).toString();
        ItemReader item(array.at(i), place(fileName, QStringLiteral("bookmarks"), i, id));
        BookmarkItem b {item.text(QStringLiteral("id")), item.text(QStringLiteral("flag"), false),
                        item.time(QStringLiteral("updated"))};
        if (!b.flag.isEmpty() && !Flags::find(b.flag))
            item.fail(ProgressFileText::tr("no flag is called \"%1\"").arg(b.flag));
        if (!item.problem().isEmpty())
            return item.problem();
        contents->bookmarks.append(b);
    }
    return {};
}

QString readNotes(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(array.at(i),
                        place(fileName, QStringLiteral("notes"), i, object.value(QStringLiteral("id")).toString()));
        NoteItem n {item.text(QStringLiteral("id")), item.text(QStringLiteral("text"), false),
                    item.time(QStringLiteral("updated")), object.value(QStringLiteral("deleted")).toBool()};
        if (object.contains(QStringLiteral("deleted")) && !object.value(QStringLiteral("deleted")).isBool())
            item.fail(ProgressFileText::tr("\"deleted\" must be true or false"));
        if (n.text.size() > NoteStore::kMostCharacters)
            item.fail(ProgressFileText::tr("the note has more than %1 characters").arg(NoteStore::kMostCharacters));
        if (!item.problem().isEmpty())
            return item.problem();
        contents->notes.append(n);
    }
    return {};
}

QString readSketches(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(array.at(i),
                        place(fileName, QStringLiteral("sketches"), i, object.value(QStringLiteral("id")).toString()));
        StoredSketch s {item.text(QStringLiteral("id")), {}, item.time(QStringLiteral("updated"))};
        QString problem;
        const QJsonValue drawing = object.value(QStringLiteral("sketch"));
        if (const auto sketch = Sketch::fromJson(QJsonDocument(drawing.toObject()).toJson(), &problem);
            drawing.isObject() && sketch)
            s.sketch = *sketch;
        else
            item.fail(ProgressFileText::tr("\"sketch\" is not a sketch: %1")
                          .arg(drawing.isObject() ? problem : ProgressFileText::tr("not an object")));
        if (!item.problem().isEmpty())
            return item.problem();
        contents->sketches.append(s);
    }
    return {};
}

QString readDrills(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    const QStringList types = EstimationDrill::types();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(array.at(i), place(fileName, QStringLiteral("drills"), i));
        DrillResult r;
        r.type = item.text(QStringLiteral("type"));
        r.seed = quint32(item.integer(QStringLiteral("seed"), 0, std::numeric_limits<quint32>::max()));
        r.answeredAt = item.time(QStringLiteral("answered_at"));
        r.answer = item.text(QStringLiteral("answer"), false);
        r.accepted = object.value(QStringLiteral("accepted")).toBool();
        r.ratio = item.number(QStringLiteral("ratio"));
        if (!object.value(QStringLiteral("accepted")).isBool())
            item.fail(ProgressFileText::tr("\"accepted\" must be true or false"));
        if (item.problem().isEmpty() && !types.contains(r.type))
            item.fail(ProgressFileText::tr("\"%1\" is not a kind of drill").arg(r.type));
        if (r.answer.size() > DrillResult::kMostAnswerCharacters)
            item.fail(
                ProgressFileText::tr("the answer has more than %1 characters").arg(DrillResult::kMostAnswerCharacters));
        if (r.ratio < 0)
            item.fail(ProgressFileText::tr("\"ratio\" must not be negative"));
        if (!item.problem().isEmpty())
            return item.problem();
        contents->drills.append(r);
    }
    return {};
}

QString readAttachments(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(
            array.at(i),
            place(fileName, QStringLiteral("attachments"), i, object.value(QStringLiteral("id")).toString()));
        const QString id = item.text(QStringLiteral("id"));
        const QString base64 = item.text(QStringLiteral("data"));
        if (base64.size() > AttachmentStore::kMostBytes * 4 / 3 + 4)
            item.fail(ProgressFileText::tr("the picture is larger than a note's picture can be"));
        const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (item.problem().isEmpty() && !decoded)
            item.fail(ProgressFileText::tr("\"data\" is not Base64"));
        if (item.problem().isEmpty() && AttachmentStore::idOf(*decoded) != id)
            item.fail(ProgressFileText::tr("the picture's bytes do not match its id"));
        if (item.problem().isEmpty() && AttachmentStore::mimeOf(*decoded).isEmpty())
            item.fail(ProgressFileText::tr("only PNG and JPEG pictures can be kept in a note"));
        if (!item.problem().isEmpty())
            return item.problem();
        contents->attachments.append(*decoded);
    }
    return {};
}

QString readReviews(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(
            array.at(i),
            place(fileName, QStringLiteral("reviews"), i, object.value(QStringLiteral("concept_id")).toString()));
        ReviewStore::LogEntry e;
        e.conceptId = item.text(QStringLiteral("concept_id"));
        e.questionId = item.text(QStringLiteral("question_id"));
        e.reviewedAt = item.time(QStringLiteral("reviewed_at"));
        e.rating = int(item.integer(QStringLiteral("rating"), 1, 4));
        e.mode = item.text(QStringLiteral("mode"));
        e.stateBefore = int(item.integer(QStringLiteral("state_before"), 0, 3));
        e.cardBefore = item.text(QStringLiteral("card_before"), false);
        e.elapsedDays = int(item.integer(QStringLiteral("elapsed_days"), 0, kMostDays));
        e.scheduledDays = int(item.integer(QStringLiteral("scheduled_days"), 0, kMostDays));
        e.stability = item.number(QStringLiteral("stability"));
        e.difficulty = item.number(QStringLiteral("difficulty"));
        e.durationMs = item.integer(QStringLiteral("duration_ms"), 0, kMostDays * 24 * 3600 * 1000);
        if (e.stability < 0 || e.difficulty < 0 || e.difficulty > 10)
            item.fail(ProgressFileText::tr("stability or difficulty is outside its range"));
        if (!e.cardBefore.isEmpty() && !QJsonDocument::fromJson(e.cardBefore.toUtf8()).isObject())
            item.fail(ProgressFileText::tr("\"card_before\" is not a card"));
        if (!item.problem().isEmpty())
            return item.problem();
        contents->reviews.append(e);
    }
    return {};
}

QString readCards(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(
            array.at(i),
            place(fileName, QStringLiteral("cards"), i, object.value(QStringLiteral("concept_id")).toString()));
        const QString conceptId = item.text(QStringLiteral("concept_id"));
        FsrsScheduler::Card c;
        c.state = FsrsScheduler::State(item.integer(QStringLiteral("state"), 0, 3));
        c.stability = item.number(QStringLiteral("stability"));
        c.difficulty = item.number(QStringLiteral("difficulty"));
        c.learningStep = int(item.integer(QStringLiteral("learning_step"), 0, 100));
        c.reps = int(item.integer(QStringLiteral("reps"), 0, kMostCount));
        c.lapses = int(item.integer(QStringLiteral("lapses"), 0, kMostCount));
        c.scheduledDays = int(item.integer(QStringLiteral("scheduled_days"), 0, kMostDays));
        c.due = item.time(QStringLiteral("due"));
        c.lastReview = item.time(QStringLiteral("last_review"), true);
        if (item.problem().isEmpty()) {
            if (const QString problem = FsrsScheduler::problemWith(c); !problem.isEmpty())
                item.fail(problem);
        }
        if (!item.problem().isEmpty())
            return item.problem();
        contents->cards.append({conceptId, c});
    }
    return {};
}

QString readMockAttempts(const QJsonArray &array, const QString &fileName, Contents *contents)
{
    const qsizetype stages = QuizEngine::mockStages().size();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ItemReader item(array.at(i),
                        place(fileName, QStringLiteral("mock_attempts"), i,
                              object.value(QStringLiteral("question_id")).toString()));
        MockAttempt a;
        a.questionId = item.text(QStringLiteral("question_id"));
        a.conceptId = item.text(QStringLiteral("concept_id"));
        a.startedAt = item.time(QStringLiteral("started_at"));
        a.secondsUsed = int(item.integer(QStringLiteral("seconds_used"), 0, MockAttempt::kMostMinutes * 60 * 10));
        a.minutesAllowed = int(item.integer(QStringLiteral("minutes_allowed"), 0, MockAttempt::kMostMinutes));
        a.scratch = item.text(QStringLiteral("scratch"), false);
        if (item.has(QStringLiteral("rating")))
            a.rating = int(item.integer(QStringLiteral("rating"), 1, 4));
        const QJsonValue done = object.value(QStringLiteral("stages"));
        if (!done.isArray() && !done.isUndefined())
            item.fail(ProgressFileText::tr("\"stages\" must be a list of stage numbers"));
        for (const QJsonValue &stage : done.toArray()) {
            const double v = stage.toDouble(-1);
            if (v != std::floor(v) || v < 0 || v >= double(stages) || a.stagesDone.contains(int(v))) {
                item.fail(
                    ProgressFileText::tr("\"stages\" must hold stage numbers from 0 to %1, each once").arg(stages - 1));
                break;
            }
            a.stagesDone.append(int(v));
        }
        if (a.scratch.size() > MockAttemptStore::kMostCharacters)
            item.fail(ProgressFileText::tr("the scratch pad has more than %1 characters")
                          .arg(MockAttemptStore::kMostCharacters));
        if (const QJsonValue drawing = object.value(QStringLiteral("sketch")); !drawing.isUndefined()) {
            QString problem;
            const auto sketch = drawing.isObject()
                ? Sketch::fromJson(QJsonDocument(drawing.toObject()).toJson(), &problem)
                : std::nullopt;
            if (sketch)
                a.sketch = *sketch;
            else
                item.fail(ProgressFileText::tr("\"sketch\" is not a sketch: %1")
                              .arg(drawing.isObject() ? problem : ProgressFileText::tr("not an object")));
        }
        if (!item.problem().isEmpty())
            return item.problem();
        contents->mockAttempts.append(a);
    }
    return {};
}

void count(MergeOutcome outcome, ProgressFile::Report *report)
{
    switch (outcome) {
    case MergeOutcome::Added:
        ++report->added;
        break;
    case MergeOutcome::Updated:
        ++report->updated;
        break;
    case MergeOutcome::Deleted:
        ++report->deleted;
        break;
    case MergeOutcome::Unchanged:
        ++report->unchanged;
        break;
    case MergeOutcome::Failed:
        break;
    }
}

} // namespace

QStringList ProgressFile::notices(const Report &report)
{
    QStringList lines;
    if (report.deleted > 0)
        lines.append(
            ProgressFileText::tr("%n note(s) deleted, as the file says they were deleted after your last change here.",
                                 nullptr, report.deleted));
    if (report.emptyNotesSkipped > 0)
        lines.append(
            ProgressFileText::tr("%n note(s) without text skipped: an empty note in the file never deletes yours.",
                                 nullptr, report.emptyNotesSkipped));
    if (report.futureTimesDated > 0)
        lines.append(ProgressFileText::tr(
            "%n item(s) carried a date in the future (a clock that was wrong). They were added only "
            "where you had nothing yet, and never replaced what you have.",
            nullptr, report.futureTimesDated));
    return lines;
}

QByteArray ProgressFile::write(StudyLibrary &library)
{
    QJsonArray bookmarkArray, noteArray, cardArray, reviewArray;
    for (const Bookmark &b : library.bookmarks().all())
        bookmarkArray.append(
            QJsonObject {{QStringLiteral("id"), b.questionId},
                         {QStringLiteral("flag"), b.flag.isEmpty() ? QJsonValue() : QJsonValue(b.flag)},
                         {QStringLiteral("updated"), b.updated}});
    QJsonArray attachmentArray;
    QStringList pictures;
    for (const Note &n : library.notes().all()) {
        noteArray.append(QJsonObject {{QStringLiteral("id"), n.questionId},
                                      {QStringLiteral("text"), n.text},
                                      {QStringLiteral("updated"), n.updated}});
        for (const QString &id : AttachmentStore::referencedBy(n.text)) {
            if (!pictures.contains(id))
                pictures.append(id);
        }
    }
    QJsonArray attemptArray;
    for (const MockAttempt &a : library.mockAttempts().all()) {
        for (const QString &id : AttachmentStore::referencedBy(a.scratch)) {
            if (!pictures.contains(id))
                pictures.append(id);
        }
        QJsonArray stages;
        for (int stage : a.stagesDone)
            stages.append(stage);
        QJsonObject attempt {{QStringLiteral("question_id"), a.questionId},
                             {QStringLiteral("concept_id"), a.conceptId},
                             {QStringLiteral("started_at"), a.startedAt.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("seconds_used"), std::clamp(a.secondsUsed, 0, MockAttempt::kMostSeconds)},
                             {QStringLiteral("minutes_allowed"), a.minutesAllowed},
                             {QStringLiteral("stages"), stages},
                             {QStringLiteral("scratch"), a.scratch},
                             {QStringLiteral("rating"), a.rating ? QJsonValue(*a.rating) : QJsonValue()}};
        if (!a.sketch.isEmpty())
            attempt.insert(QStringLiteral("sketch"), a.sketch.toJson());
        attemptArray.append(attempt);
    }
    QJsonArray drillArray;
    for (const DrillResult &r : library.drills().all())
        drillArray.append(QJsonObject {{QStringLiteral("type"), r.type},
                                       {QStringLiteral("seed"), qint64(r.seed)},
                                       {QStringLiteral("answered_at"), r.answeredAt.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("answer"), r.answer},
                                       {QStringLiteral("accepted"), r.accepted},
                                       {QStringLiteral("ratio"), r.ratio}});
    QJsonArray conceptArray;
    for (const ConceptOverrides::Override &choice : ConceptOverrides(library.database()).all())
        conceptArray.append(QJsonObject {
            {QStringLiteral("id"), choice.questionId},
            {QStringLiteral("same_as"), choice.sameAs.isEmpty() ? QJsonValue() : QJsonValue(choice.sameAs)},
            {QStringLiteral("updated"), choice.changed.toString(Qt::ISODateWithMs)}});
    QJsonArray sketchArray;
    for (const StoredSketch &s : library.sketches().all())
        sketchArray.append(QJsonObject {{QStringLiteral("id"), s.questionId},
                                        {QStringLiteral("sketch"), s.sketch.toJson()},
                                        {QStringLiteral("updated"), s.updated.toString(Qt::ISODateWithMs)}});
    // The pictures the notes and scratch pads show go with them, so nothing points at nothing.
    for (const QString &id : std::as_const(pictures)) {
        if (const auto picture = library.attachments().get(id))
            attachmentArray.append(QJsonObject {
                {QStringLiteral("id"), id}, {QStringLiteral("data"), QString::fromLatin1(picture->data.toBase64())}});
    }
    for (const auto &[conceptId, card] : library.reviews().allCards())
        cardArray.append(cardJson(conceptId, card));
    for (const ReviewStore::LogEntry &entry : library.reviews().allLogEntries())
        reviewArray.append(logJson(entry));
    const QJsonObject root {{QStringLiteral("format"), kFormat},
                            {QStringLiteral("version"), kFormatVersion},
                            {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("bookmarks"), bookmarkArray},
                            {QStringLiteral("notes"), noteArray},
                            {QStringLiteral("attachments"), attachmentArray},
                            {QStringLiteral("cards"), cardArray},
                            {QStringLiteral("reviews"), reviewArray},
                            {QStringLiteral("mock_attempts"), attemptArray},
                            {QStringLiteral("sketches"), sketchArray},
                            {QStringLiteral("drills"), drillArray},
                            {QStringLiteral("concepts"), conceptArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProgressFile::Report ProgressFile::read(const QByteArray &json, const QString &fileName, StudyLibrary &library)
{
    Report report;
    if (json.size() > kMostBytes) {
        report.error = ProgressFileText::tr("%1: the file is larger than a progress file can be (%2 MB)")
                           .arg(fileName)
                           .arg(kMostBytes >> 20);
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line of the error, as editors count them.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        report.error = ProgressFileText::tr("%1:%2: %3").arg(fileName).arg(line).arg(parseError.errorString());
        return report;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        report.error = ProgressFileText::tr("%1: not a System Design Study progress file").arg(fileName);
        return report;
    }
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        report.error = ProgressFileText::tr("%1: made by a newer version of the app (format %2)")
                           .arg(fileName)
                           .arg(root.value(QStringLiteral("version")).toInt());
        return report;
    }

    // Everything is checked before anything is written.
    Contents contents;
    for (const QString &problem :
         {readAttachments(root.value(QStringLiteral("attachments")).toArray(), fileName, &contents),
          readBookmarks(root.value(QStringLiteral("bookmarks")).toArray(), fileName, &contents),
          readNotes(root.value(QStringLiteral("notes")).toArray(), fileName, &contents),
          readReviews(root.value(QStringLiteral("reviews")).toArray(), fileName, &contents),
          readCards(root.value(QStringLiteral("cards")).toArray(), fileName, &contents),
          readMockAttempts(root.value(QStringLiteral("mock_attempts")).toArray(), fileName, &contents),
          readSketches(root.value(QStringLiteral("sketches")).toArray(), fileName, &contents),
          readDrills(root.value(QStringLiteral("drills")).toArray(), fileName, &contents),
          readConceptChoices(root.value(QStringLiteral("concepts")).toArray(), fileName, &contents.conceptChoices)}) {
        if (!problem.isEmpty()) {
            report.error = problem;
            return report;
        }
    }
    // A time after now came from a clock that ran ahead. Such an item cannot be
    // trusted to be newer than anything here: it is added only where nothing is
    // here, dated now, and otherwise ours stays (were it dated now and let win, it
    // would beat every edit made here since, on every later import).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto fromTheFuture = [&](const QDateTime &time) {
        const bool future = time.isValid() && time > now.addSecs(kClockSkewSeconds);
        report.futureTimesDated += future;
        return future;
    };
    // Only the pictures the file's notes and scratch pads show come in.
    QSet<QString> shown;
    for (const NoteItem &n : std::as_const(contents.notes)) {
        const QStringList ids = AttachmentStore::referencedBy(n.text);
        shown.unite(QSet<QString>(ids.cbegin(), ids.cend()));
    }
    for (const MockAttempt &a : std::as_const(contents.mockAttempts)) {
        const QStringList ids = AttachmentStore::referencedBy(a.scratch);
        shown.unite(QSet<QString>(ids.cbegin(), ids.cend()));
    }

    QString error;
    const bool merged = library.database().inTransaction(
        [&](QString *failure) {
            auto ok = [&](MergeOutcome outcome) {
                count(outcome, &report);
                return outcome != MergeOutcome::Failed;
            };
            for (const QByteArray &picture : std::as_const(contents.attachments)) {
                if (shown.contains(AttachmentStore::idOf(picture))
                    && !ok(library.attachments().merge(picture, failure)))
                    return false;
            }
            // The person's word on concepts first, so the schedules that follow come
            // in under the concepts they were kept for.
            ConceptOverrides overrides(library.database());
            QSet<QString> chosenHere;
            for (const ConceptOverrides::Override &mine : overrides.all())
                chosenHere.insert(mine.questionId);
            for (ConceptOverrides::Override choice : std::as_const(contents.conceptChoices)) {
                if (fromTheFuture(choice.changed)) {
                    if (chosenHere.contains(choice.questionId)) {
                        ++report.unchanged;
                        continue;
                    }
                    choice.changed = now;
                }
                if (!ok(overrides.merge(choice, failure)))
                    return false;
            }
            if (!contents.conceptChoices.isEmpty() && !overrides.regroup(failure))
                return false;
            for (const BookmarkItem &b : std::as_const(contents.bookmarks)) {
                const bool future = fromTheFuture(b.updated);
                if (future && library.bookmarks().flagOf(b.id)) {
                    ++report.unchanged;
                    continue;
                }
                if (!ok(library.bookmarks().merge(b.id, b.flag, future ? now : b.updated, failure)))
                    return false;
            }
            for (const NoteItem &n : std::as_const(contents.notes)) {
                const bool future = fromTheFuture(n.updated);
                if (future && library.notes().get(n.id)) {
                    ++report.unchanged;
                } else if (n.deleted) {
                    if (!future && !ok(library.notes().mergeDeletion(n.id, n.updated, failure)))
                        return false;
                } else if (n.text.trimmed().isEmpty()) {
                    ++report.emptyNotesSkipped; // no text is not a deletion unless the file says so
                } else if (!ok(library.notes().merge(n.id, n.text, future ? now : n.updated, failure))) {
                    return false;
                }
            }
            // The file names concepts as the other computer groups them; here an
            // answer goes to the concept its phrasing is in, and a schedule to the
            // concept of the phrasing that named it there.
            QSqlQuery conceptHere(library.database().connection());
            conceptHere.prepare(QStringLiteral("SELECT concept FROM questions WHERE id = ?"));
            auto localConcept = [&](const QString &questionId, const QString &fallback) {
                conceptHere.addBindValue(questionId);
                return conceptHere.exec() && conceptHere.next() ? conceptHere.value(0).toString() : fallback;
            };
            for (ReviewStore::LogEntry entry : std::as_const(contents.reviews)) {
                if (fromTheFuture(entry.reviewedAt))
                    continue; // an answer not given yet: kept out of the history
                entry.conceptId = localConcept(entry.questionId, entry.conceptId);
                if (!ok(library.reviews().mergeLogEntry(entry, failure)))
                    return false;
            }
            for (auto [conceptId, card] : std::as_const(contents.cards)) {
                conceptId = localConcept(conceptId, conceptId);
                if (fromTheFuture(card.lastReview)) {
                    if (library.reviews().card(conceptId)) {
                        ++report.unchanged;
                        continue;
                    }
                    card.lastReview = now; // so the next answer here is not refused until that date
                }
                if (!ok(library.reviews().mergeCard(conceptId, card, failure)))
                    return false;
            }
            for (const MockAttempt &attempt : std::as_const(contents.mockAttempts)) {
                if (fromTheFuture(attempt.startedAt))
                    continue; // an interview not held yet
                if (!ok(library.mockAttempts().merge(attempt, failure)))
                    return false;
            }
            for (const DrillResult &drill : std::as_const(contents.drills)) {
                if (fromTheFuture(drill.answeredAt))
                    continue; // an answer not given yet
                if (!ok(library.drills().merge(drill, failure)))
                    return false;
            }
            for (const StoredSketch &sketch : std::as_const(contents.sketches)) {
                const bool future = fromTheFuture(sketch.updated);
                QString ignored;
                if (future && library.sketches().get(sketch.questionId, &ignored)) {
                    ++report.unchanged;
                    continue;
                }
                if (!ok(library.sketches().merge(sketch.questionId, sketch.sketch, future ? now : sketch.updated,
                                                 failure)))
                    return false;
            }
            return true;
        },
        &error);
    if (!merged)
        return Report {0, 0, 0, 0, 0, 0, ProgressFileText::tr("%1: %2").arg(fileName, error)};
    return report;
}

} // namespace sdstudy::core
