// Measures the speed targets of the issues and prints them as JSON: import_ms,
// startup_ms, search and filtered search percentiles, note saves, rss_mb, the
// whole-bank PDF, grading to the next card, the progress dashboard; and the same
// under "scale_100k" for a generated bank of 100,000 questions with 10,000 notes
// and 1,000,000 answers in the review log. Each figure is the median of several
// runs on this machine; compare runs as ratios, not absolutes.

#include "../support/simulatedlearner.h"
#include "core/bankimporter.h"
#include "core/database.h"
#include "core/fsrshistory.h"
#include "core/fsrsoptimizer.h"
#include "core/interviewreadiness.h"
#include "core/quizplan.h"
#include "core/sketchkinds.h"
#include "core/studylibrary.h"
#include "core/topicrules.h"
#include "core/workloadsimulator.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/sketchcomparison.h"
#include "sheets/sheetrenderer.h"
#include "syntheticbank.h"
#include "widgets/diagrampanel.h"
#include "widgets/markdownview.h"
#include "widgets/progressdashboard.h"
#include "widgets/studydialog.h"
#include "widgets/topictreemodel.h"
#include "widgets/whiteboardscene.h"
#include "widgets/whiteboardview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace sdstudy::core;
using namespace sdstudy::diagrams;
using namespace sdstudy::sheets;
using namespace sdstudy::widgets;

namespace {

bool g_verbose = false;
QString g_display; // the X display the measured app starts on, or empty for offscreen

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(std::lround(p * double(values.size() - 1))));
    return values.at(index);
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "sdstudy-bench: %s\n", qPrintable(message));
    std::exit(1);
}

// Imports into a new database file each run.
double importMs(const BankImporter::Source &source, const QString &folder, int run)
{
    Database db;
    QString error;
    if (!db.open(QStringLiteral("%1/import-%2.sqlite").arg(folder).arg(run), &error))
        fail(error);
    QElapsedTimer timer;
    timer.start();
    const auto outcome = BankImporter(db, TopicRules::bundled()).import(source);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!outcome.error.isEmpty())
        fail(outcome.error);
    return ms;
}

struct Startup
{
    double ms = 0;        // to the first painted frame
    double settledMs = 0; // to the last frame before a quiet spell
    double rssMb = 0;
    double peakRssMb = 0;
    double libraries = 0; // shared libraries loaded by the time painting settled
};

// An X server of its own for the runs "on X": offscreen hides what the platform
// plugin, fonts and icons cost on a desktop.
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        for (int number = 77; number < 90 && m_name.isEmpty(); ++number) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
                continue;
            m_server.start(QStringLiteral("Xvfb"),
                           {QStringLiteral(":%1").arg(number), QStringLiteral("-screen"), QStringLiteral("0"),
                            QStringLiteral("1440x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            if (!m_server.waitForStarted(5000))
                return;
            for (int wait = 0; wait < 100 && !QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)); ++wait)
                QThread::msleep(50);
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
                m_name = QStringLiteral(":%1").arg(number);
        }
    }
    ~VirtualDisplay()
    {
        m_server.terminate();
        m_server.waitForFinished(3000);
    }
    QString name() const { return m_name; } // empty: no Xvfb here

private:
    QProcess m_server;
    QString m_name;
};

// Starts a program (the app on an existing database, or the floor) and reads when
// its first frame was painted and when painting settled. `display`: an X display
// to start it on, or empty for the offscreen platform.
Startup startupOf(const QString &binary, const QStringList &arguments, const QString &home, const QString &display)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SDSTUDY_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    if (display.isEmpty()) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), display);
    }
    app.setProcessEnvironment(env);
    const auto started
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
              .count();
    app.start(binary, arguments);
    if (!app.waitForFinished(60000))
        fail(QStringLiteral("%1 did not report its first paint").arg(binary));
    Startup result;
    for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
        const auto fields = line.split(' ');
        if (fields.size() != 2)
            continue;
        if (fields[0] == "first_paint_ns")
            result.ms = double(fields[1].toLongLong() - started) / 1e6;
        else if (fields[0] == "settled_ns")
            result.settledMs = double(fields[1].toLongLong() - started) / 1e6;
        else if (fields[0] == "rss_kb")
            result.rssMb = fields[1].toDouble() / 1024.0;
        else if (fields[0] == "peak_rss_kb")
            result.peakRssMb = fields[1].toDouble() / 1024.0;
        else if (fields[0] == "library")
            ++result.libraries;
    }
    if (result.ms <= 0)
        fail(QStringLiteral("%1 printed no first-paint time: %2")
                 .arg(binary, QString::fromUtf8(app.readAllStandardError())));
    return result;
}

Startup startup(const QString &databasePath, const QString &home, const QString &display = g_display)
{
    return startupOf(QStringLiteral(SDSTUDY_BINARY), {QStringLiteral("--db"), databasePath}, home, display);
}

// The medians of `runs` starts after one to warm the file cache, as a second start would be.
// The files just written are on disk first: a start that waits for the kernel to
// write back a 400 MB import measures the disk, not the app.
Startup medianStartup(const std::function<Startup()> &start, int runs)
{
    ::sync();
    (void)start();
    QList<double> ms, settled, rss, peak, libraries;
    for (int run = 0; run < runs; ++run) {
        const Startup s = start();
        if (g_verbose) // the spread behind a median
            std::fprintf(stderr, "  start %8.2f ms, settled %8.2f ms, peak %6.1f MB\n", s.ms, s.settledMs, s.peakRssMb);
        ms.append(s.ms);
        settled.append(s.settledMs);
        rss.append(s.rssMb);
        peak.append(s.peakRssMb);
        libraries.append(s.libraries);
    }
    return {median(ms), median(settled), median(rss), median(peak), median(libraries)};
}

// The app and the bare window side by side, offscreen and on X, with the ratios.
QJsonObject startupAgainstFloor(const QString &databasePath, const QString &home, int runs)
{
    QJsonObject result;
    VirtualDisplay x;
    QStringList displays {QString()}; // offscreen
    if (!x.name().isEmpty())
        displays.append(x.name());
    for (const QString &display : std::as_const(displays)) {
        const QString on = display.isEmpty() ? QStringLiteral("_offscreen") : QStringLiteral("_x11");
        const Startup app = medianStartup([&] { return startup(databasePath, home, display); }, runs);
        const Startup floor
            = medianStartup([&] { return startupOf(QStringLiteral(SDSTUDY_FLOOR_BINARY), {}, home, display); }, runs);
        result.insert(QStringLiteral("startup%1_ms").arg(on), round2(app.ms));
        result.insert(QStringLiteral("settled%1_ms").arg(on), round2(app.settledMs));
        result.insert(QStringLiteral("peak_rss%1_mb").arg(on), round2(app.peakRssMb));
        result.insert(QStringLiteral("floor_startup%1_ms").arg(on), round2(floor.ms));
        result.insert(QStringLiteral("floor_rss%1_mb").arg(on), round2(floor.peakRssMb));
        result.insert(QStringLiteral("startup_ratio%1").arg(on), round2(app.ms / floor.ms));
        result.insert(QStringLiteral("settled_ratio%1").arg(on), round2(app.settledMs / floor.ms));
        result.insert(QStringLiteral("rss_ratio%1").arg(on), round2(app.peakRssMb / floor.peakRssMb));
        result.insert(QStringLiteral("libraries%1").arg(on), app.libraries);
        result.insert(QStringLiteral("floor_libraries%1").arg(on), floor.libraries);
    }
    return result;
}

// What a person types, one key at a time: every prefix of these phrases.
QStringList typedPrefixes()
{
    static const QStringList phrases = {QStringLiteral("consistent hashing"),   QStringLiteral("circuit breaker"),
                                        QStringLiteral("kafka consumer lag"),   QStringLiteral("eventual consistency"),
                                        QStringLiteral("rate limiter"),         QStringLiteral("cache invalidation"),
                                        QStringLiteral("leader election"),      QStringLiteral("sharding key"),
                                        QStringLiteral("write ahead log"),      QStringLiteral("exactly once"),
                                        QStringLiteral("load balancer"),        QStringLiteral("url shortener"),
                                        QStringLiteral("two phase commit"),     QStringLiteral("read replica lag"),
                                        QStringLiteral("idempotency key"),      QStringLiteral("bloom filter"),
                                        QStringLiteral("news feed fan out"),    QStringLiteral("backpressure"),
                                        QStringLiteral("service mesh sidecar"), QStringLiteral("quorum read write")};
    QStringList prefixes;
    for (const QString &phrase : phrases) {
        for (qsizetype n = 1; n <= phrase.size() && prefixes.size() < 200; ++n) {
            if (!phrase.at(n - 1).isSpace())
                prefixes.append(phrase.left(n));
        }
    }
    return prefixes;
}

QList<double> searchLatencies(const SearchEngine &search)
{
    constexpr int kLimit = 200; // what the window asks for
    QList<double> ms;
    QList<std::pair<double, QString>> slowest;
    for (const QString &prefix : typedPrefixes()) {
        QElapsedTimer timer;
        timer.start();
        const auto hits = search.search(prefix, kLimit);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        slowest.append({ms.last(), QStringLiteral("%1 (%2 hits)").arg(prefix).arg(hits.size())});
    }
    if (g_verbose) {
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (const auto &[time, what] : slowest.first(std::min<qsizetype>(12, slowest.size())))
            std::fprintf(stderr, "  %8.2f ms  %s\n", time, qPrintable(what));
    }
    return ms;
}

// Saving a note as the notes pane does: one transaction, synced to disk.
QList<double> noteSaves(StudyLibrary &library, int count)
{
    const auto outline = library.questions().outline();
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!library.notes().save(outline.at(i % outline.size()).id,
                                  QStringLiteral("Note %1: remember the trade-off, and the failure mode.").arg(i),
                                  &error))
            fail(error);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// A heavy user's data: notes on `notes` questions, every second of them
// bookmarked (5,000 at 100,000 questions), a third of those flagged hard.
void addUserData(StudyLibrary &library, int notes)
{
    const auto outline = library.questions().outline();
    QSqlDatabase db = library.database().connection();
    db.transaction();
    for (int i = 0; i < notes && i < outline.size(); ++i) {
        const QString id = outline.at(qsizetype(i) * outline.size() / notes).id;
        QString error;
        library.notes().save(id, QStringLiteral("My note %1 about replication lag and cache warming.").arg(i), &error);
        if (i % 2 == 0)
            library.bookmarks().set(id, i % 6 == 0 ? QStringLiteral("hard") : QString(), &error);
    }
    db.commit();
}

// Filters with words typed one key at a time.
QList<double> filteredSearchLatencies(const SearchEngine &search)
{
    QList<double> ms;
    const QStringList filters = {QStringLiteral("is:bookmarked flag:hard "), QStringLiteral("is:bookmarked "),
                                 QStringLiteral("has:note "), QStringLiteral("flag:hard ")};
    QList<std::pair<double, QString>> slowest;
    for (const QString &filter : filters) {
        for (const QString &prefix : typedPrefixes().first(50)) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = search.search(filter + prefix, 200);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            slowest.append({ms.last(), QStringLiteral("%1 (%2 hits)").arg(filter + prefix).arg(hits.size())});
        }
    }
    if (g_verbose) {
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (const auto &[time, what] : slowest.first(std::min<qsizetype>(12, slowest.size())))
            std::fprintf(stderr, "  %8.2f ms  %s\n", time, qPrintable(what));
    }
    return ms;
}

// The whole bank with answers as a PDF, as `sdstudy print --answers --pdf` makes it.
double wholeBankPdfMs(StudyLibrary &library, const QString &folder)
{
    QElapsedTimer timer;
    timer.start();
    QList<SheetItem> items;
    QString error;
    if (!SheetRequest {}.collect(library, &items, &error))
        fail(error);
    QPdfWriter writer(folder + QStringLiteral("/all.pdf"));
    writer.setResolution(300);
    SheetOptions options;
    options.title = QStringLiteral("All topics");
    SheetRenderer(items, options).paint(writer);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Grading a card until the next question is drawn: the answer saved (one
// transaction, synced) and the next question rendered.
QList<double> nextCardLatencies(StudyLibrary &library, int count)
{
    QuizScope scope;
    scope.kind = QuizScope::Kind::All;
    scope.size = count;
    const QStringList plan
        = QuizPlanner(library.database(), library.reviews()).plan(scope, QDateTime::currentDateTimeUtc(), 0).concepts;
    StudyDialog dialog(library, QuizMode::Recall, plan);
    dialog.show();
    QCoreApplication::processEvents();
    auto *view = dialog.findChild<MarkdownView *>(QStringLiteral("studyView"));
    const auto press = [&dialog](int key) {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)));
        QApplication::sendEvent(&dialog, &event);
    };
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        press(Qt::Key_Space); // the answer
        view->viewport()->repaint();
        QElapsedTimer timer;
        timer.start();
        press(Qt::Key_4); // Easy: each card leaves the sitting
        view->viewport()->repaint();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// Selecting a question until its diagram is drawn in the panel, the first time
// each diagram is shown (laid out by Graphviz then), over every diagram.
QList<double> diagramLatencies(StudyLibrary &library)
{
    DiagramPanel panel;
    panel.resize(480, 700);
    panel.show();
    QCoreApplication::processEvents();
    QList<double> ms;
    for (const DiagramFile &file : DiagramCatalog::bundled().all()) {
        const auto question = library.questions().question(file.questions.first());
        if (!question)
            fail(QStringLiteral("%1 names an unknown question").arg(file.name));
        QElapsedTimer timer;
        timer.start();
        panel.showForQuestion(library.questions().phrasingsOf(question->conceptId));
        panel.repaint();
        for (QWidget *child : panel.findChildren<QWidget *>()) {
            if (child->isVisible())
                child->repaint();
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// Three years of study as the review log would hold it: `rows` answers spread
// evenly over the concepts and the days, each with its day total kept by the
// log's triggers, and a schedule for every concept answered.
void addReviewHistory(StudyLibrary &library, int rows)
{
    QSqlDatabase db = library.database().connection();
    QSqlQuery query(db);
    const auto exec = [&](const QString &sql, const QVariantMap &values = {}) {
        query.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        if (!query.exec())
            fail(query.lastError().text());
    };
    const qint64 end = QDateTime::currentSecsSinceEpoch();
    const double step = 3 * 365 * 86400.0 / rows;
    db.transaction();
    exec(QStringLiteral("CREATE TEMP TABLE leaders AS SELECT id FROM questions WHERE concept = id"));
    exec(QStringLiteral(
             "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :last)"
             " INSERT INTO review_log (concept_id, question_id, reviewed_at, rating, mode, state_before, elapsed_days,"
             " scheduled_days, stability, difficulty, duration_ms)"
             " SELECT l.id, l.id, strftime('%Y-%m-%dT%H:%M:%fZ', :end - (:last - i) * :step, 'unixepoch'),"
             " CASE WHEN i % 10 = 0 THEN 1 WHEN i % 7 = 0 THEN 2 WHEN i % 5 = 0 THEN 4 ELSE 3 END, 'recall',"
             " CASE WHEN i < (SELECT COUNT(*) FROM leaders) THEN 0 ELSE 2 END, 3, 9, 12.5, 5.2, 8000 + i % 9000"
             " FROM n JOIN leaders l ON l.rowid = 1 + i % (SELECT COUNT(*) FROM leaders)"),
         {{QStringLiteral(":last"), rows - 1}, {QStringLiteral(":end"), end}, {QStringLiteral(":step"), step}});
    exec(QStringLiteral("INSERT OR IGNORE INTO cards (concept_id, state, stability, difficulty, learning_step, reps,"
                        " lapses, scheduled_days, due, last_review)"
                        " SELECT id, 2, 12.5, 5.2, 0, 10, rowid % 3, 1 + rowid % 60,"
                        " strftime('%Y-%m-%dT%H:%M:%fZ', :end + (rowid % 45 - 5) * 86400, 'unixepoch'),"
                        " strftime('%Y-%m-%dT%H:%M:%fZ', :end - 86400, 'unixepoch') FROM leaders"),
         {{QStringLiteral(":end"), end}});
    exec(QStringLiteral("DROP TABLE leaders"));
    db.commit();
}

qint64 bookmarkCount(StudyLibrary &library)
{
    QSqlQuery query(library.database().connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM bookmarks")) && query.next() ? query.value(0).toLongLong()
                                                                                        : 0;
}

qint64 reviewLogRows(StudyLibrary &library)
{
    QSqlQuery query(library.database().connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM review_log")) && query.next() ? query.value(0).toLongLong()
                                                                                         : 0;
}

// Planning a sitting: Study now, and the whole bank's first 20.
double quizPlanMs(StudyLibrary &library, QuizScope::Kind kind)
{
    QuizScope scope;
    scope.kind = kind;
    scope.size = kind == QuizScope::Kind::StudyNow ? 0 : 20;
    QElapsedTimer timer;
    timer.start();
    const QuizPlan plan
        = QuizPlanner(library.database(), library.reviews()).plan(scope, QDateTime::currentDateTimeUtc(), 20);
    if (plan.concepts.isEmpty())
        fail(QStringLiteral("an empty plan"));
    return double(timer.nsecsElapsed()) / 1e6;
}

// The topic tree from the database to its first picture, opened by `open`.
double treeMs(StudyLibrary &library, const std::function<void(TopicTreeModel &, QTreeView &)> &open)
{
    QElapsedTimer timer;
    timer.start();
    TopicTreeModel model(library.database());
    model.reload();
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(380, 800);
    view.show();
    open(model, view);
    view.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The topic tree as the window first shows it: its topics open (as NavigatorPane
// opens them) and one question selected three quarters down the bank.
double treeReadyMs(StudyLibrary &library)
{
    const auto outline = library.questions().outline();
    const QString deep = outline.at(outline.size() * 3 / 4).conceptId;
    return treeMs(library, [&deep](TopicTreeModel &model, QTreeView &view) {
        view.expandToDepth(0);
        const QModelIndex chosen = model.indexOfQuestion(deep);
        if (!chosen.isValid())
            fail(QStringLiteral("the tree has no entry for %1").arg(deep));
        view.scrollTo(chosen);
        view.setCurrentIndex(chosen);
    });
}

// The topic tree with every branch open.
double treeExpandMs(StudyLibrary &library)
{
    return treeMs(library, [](TopicTreeModel &, QTreeView &view) { view.expandAll(); });
}

// Opening the dashboard until its first picture: every query and chart.
double dashboardMs(StudyLibrary &library)
{
    QElapsedTimer timer;
    timer.start();
    ProgressDashboard dashboard(library);
    dashboard.show();
    (void)dashboard.grab();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Reading a bank a person brings: detecting the shape of about 1 MB of Markdown in
// another shape than the bundled one ("**Q:** ... **A:** ..." pairs under topic
// headings) and reading it for the preview; then importing 10,000 questions.
QJsonObject bankReading(int runs, const QString &folder)
{
    QByteArray pairs;
    const QList<QByteArray> lines = syntheticBank(4000, 20261201).split('\n');
    int topic = 0;
    for (const QByteArray &line : lines) {
        if (line.startsWith("### ")) {
            if (topic++ % 100 == 0)
                pairs += "## Topic " + QByteArray::number(topic / 100) + "\n\n";
            pairs += "**Q:** " + line.mid(line.indexOf(". ") + 2) + '\n';
        } else {
            pairs += QByteArray(line).replace("**Answer:**", "**A:**") + '\n';
        }
        if (pairs.size() >= 1024 * 1024)
            break;
    }
    QList<double> detections;
    qsizetype found = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = BankParser::parse(pairs, QStringLiteral("pairs.md"));
        detections.append(double(timer.nsecsElapsed()) / 1e6);
        if (result.error || result.bank.shape.questions != BankShape::Questions::Labels)
            fail(QStringLiteral("the 1 MB bank was not read as labelled pairs"));
        found = result.bank.items.size();
    }
    const BankImporter::Source tenThousand {QStringLiteral("synthetic-10k"), QStringLiteral("Synthetic"),
                                            QStringLiteral("synthetic-10k.md"), syntheticBank(10000, 20261201),
                                            std::nullopt};
    QList<double> imports;
    for (int run = 0; run < runs; ++run)
        imports.append(importMs(tenThousand, folder, 100 + run));
    return {
        {QStringLiteral("detect_and_preview_1mb_ms"), round2(median(detections))},
        {QStringLiteral("detect_bytes"), pairs.size()},
        {QStringLiteral("detect_questions"), found},
        {QStringLiteral("import_10k_ms"), round2(median(imports))},
    };
}

QJsonObject measure(const BankImporter::Source &source, int runs, const QString &folder)
{
    QList<double> imports;
    for (int run = 0; run < runs; ++run)
        imports.append(importMs(source, folder, run));

    // A database with the bundled bank and, for the scale run, the big bank too.
    const QString path = QStringLiteral("%1/import-0.sqlite").arg(folder);
    // Starts are cheap and spread widely on a busy machine: at least five, even in
    // the scale pass, which halves the runs of everything else.
    constexpr int kFewestStarts = 5;
    const Startup started = medianStartup([&] { return startup(path, folder); }, std::max(runs, kFewestStarts));
    // The apps started above have closed it: the rest reads and writes as the app would.
    StudyLibrary library;
    QString error;
    if (!library.open(path, &error))
        fail(error);

    QList<double> search;
    for (int run = 0; run < runs; ++run)
        search.append(searchLatencies(library.search()));

    QList<double> pdfs;
    if (library.questions().outline().size() < 10000) { // sheets are for people, not for 100,000 questions
        for (int run = 0; run < runs; ++run)
            pdfs.append(wholeBankPdfMs(library, folder));
    }
    const QList<double> saves = noteSaves(library, 200);
    // Notes on a tenth of the questions (10,000 at 100,000), with bookmarks.
    addUserData(library, int(library.questions().outline().size() / 10));
    QList<double> filtered;
    for (int run = 0; run < runs; ++run)
        filtered.append(filteredSearchLatencies(library.search()));

    const QList<double> nextCard = nextCardLatencies(library, 100);
    // Diagrams are laid out once per run of the app: measured in the first (bundled) pass only.
    const bool bundled = library.questions().outline().size() < 10000;
    const QList<double> diagrams = bundled ? diagramLatencies(library) : QList<double>();
    addReviewHistory(library, 1000000);
    QList<double> plansNow, plansAll, trees, treesReady;
    for (int run = 0; run < runs; ++run) {
        plansNow.append(quizPlanMs(library, QuizScope::Kind::StudyNow));
        plansAll.append(quizPlanMs(library, QuizScope::Kind::All));
        trees.append(treeExpandMs(library));
        treesReady.append(treeReadyMs(library));
    }
    // What Help Me Choose and an interview's readiness ask of the simulator, with
    // every concept scheduled (the history above gave each a card).
    QList<double> sweeps, forecasts;
    for (int run = 0; run < (bundled ? runs : 1); ++run) {
        const WorkloadSimulator::Start start = WorkloadSimulator::startFrom(library);
        WorkloadSimulator::Plan plan;
        plan.start = QDate::currentDate();
        plan.days = 365;
        QElapsedTimer timer;
        timer.start();
        (void)WorkloadSimulator::byRetention(library.scheduler().parameters(), start.habits, start.studied,
                                             start.freshAvailable, plan);
        sweeps.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        (void)InterviewReadiness::forecast(library, {QDate::currentDate().addDays(30), {}, 0.9}, QDate::currentDate(),
                                           20);
        forecasts.append(timer.nsecsElapsed() / 1e6);
    }
    QList<double> dashboards;
    (void)dashboardMs(library); // the first opening loads the chart plugin and fonts
    for (int run = 0; run < runs; ++run)
        dashboards.append(dashboardMs(library));

    QJsonObject result {
        {QStringLiteral("next_card_p50_ms"), round2(percentile(nextCard, 0.50))},
        {QStringLiteral("next_card_p95_ms"), round2(percentile(nextCard, 0.95))},
        {QStringLiteral("review_log_rows"), reviewLogRows(library)},

        {QStringLiteral("dashboard_ms"), round2(median(dashboards))},
        {QStringLiteral("retention_sweep_ms"), round2(median(sweeps))},
        {QStringLiteral("interview_forecast_ms"), round2(median(forecasts))},
        {QStringLiteral("quiz_plan_study_now_ms"), round2(median(plansNow))},
        {QStringLiteral("quiz_plan_all_20_ms"), round2(median(plansAll))},
        {QStringLiteral("tree_expand_all_ms"), round2(median(trees))},
        {QStringLiteral("tree_ready_ms"), round2(median(treesReady))},
        {QStringLiteral("bookmarks"), bookmarkCount(library)},
        {QStringLiteral("note_save_p50_ms"), round2(percentile(saves, 0.50))},
        {QStringLiteral("note_save_p95_ms"), round2(percentile(saves, 0.95))},
        {QStringLiteral("filtered_search_p50_ms"), round2(percentile(filtered, 0.50))},
        {QStringLiteral("filtered_search_p95_ms"), round2(percentile(filtered, 0.95))},
        {QStringLiteral("questions"), library.questions().outline().size()},
        {QStringLiteral("import_ms"), round2(median(imports))},
        {QStringLiteral("startup_ms"), round2(started.ms)},
        {QStringLiteral("settled_ms"), round2(started.settledMs)},
        {QStringLiteral("peak_rss_mb"), round2(started.peakRssMb)},
        {QStringLiteral("search_p50_ms"), round2(percentile(search, 0.50))},
        {QStringLiteral("search_p95_ms"), round2(percentile(search, 0.95))},
        {QStringLiteral("rss_mb"), round2(started.rssMb)},
    };
    if (!pdfs.isEmpty())
        result.insert(QStringLiteral("pdf_whole_bank_ms"), round2(median(pdfs)));
    if (!diagrams.isEmpty()) {
        result.insert(QStringLiteral("diagram_first_show_p50_ms"), round2(percentile(diagrams, 0.50)));
        result.insert(QStringLiteral("diagram_first_show_p95_ms"), round2(percentile(diagrams, 0.95)));
    }
    return result;
}

// A simulated learner's review log of about `reviews` answers over 300 days (each
// new card a day brings some 2,000 answers in that time), as the optimizer reads it.
QList<FsrsHistory::LogRow> simulatedLog(int reviews, quint32 seed)
{
    const auto truth = sdstudy::testing::SimulatedLearner::trueParameters(seed);
    return sdstudy::testing::SimulatedLearner::reviewLog(truth, {300, std::max(1, reviews / 2000), seed});
}

// Fitting and scoring on held-out answers, as "Optimize now" does, at 10,000 and
// 100,000 answers.
QJsonObject optimizerSpeed(int runs)
{
    QJsonObject result;
    for (const int size : {10000, 100000}) {
        const FsrsHistory history = FsrsHistory::fromLog(simulatedLog(size, 5), QTimeZone::UTC);
        QList<double> fits, comparisons;
        for (int run = 0; run < runs; ++run) {
            const FsrsOptimizer optimizer(history);
            QElapsedTimer timer;
            timer.start();
            (void)optimizer.fit();
            fits.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            (void)optimizer.compare();
            comparisons.append(timer.nsecsElapsed() / 1e6);
        }
        const QString name = size == 10000 ? QStringLiteral("10k") : QStringLiteral("100k");
        result.insert(QStringLiteral("optimize_%1_reviews").arg(name), history.reviewCount());
        result.insert(QStringLiteral("optimize_%1_ms").arg(name), round2(median(fits)));
        result.insert(QStringLiteral("optimize_%1_with_evaluation_ms").arg(name),
                      round2(median(fits) + median(comparisons)));
    }
    return result;
}

// How often a fit predicts held-out answers better than the defaults, by the size
// of the log, over twenty simulated learners: where FsrsFitStore's first automatic
// fit sits.
QJsonArray fitThreshold()
{
    QJsonArray rows;
    for (const int size : {200, 400, 800, 1600, 3200, 6400}) {
        int better = 0;
        double gain = 0;
        int answers = 0;
        constexpr int kLearners = 20;
        for (quint32 seed = 1; seed <= kLearners; ++seed) {
            const auto truth = sdstudy::testing::SimulatedLearner::trueParameters(seed);
            // Ten new cards a day until the log has about `size` answers.
            QList<FsrsHistory::LogRow> log = sdstudy::testing::SimulatedLearner::reviewLog(truth, {365, 10, seed});
            log.resize(std::min<qsizetype>(log.size(), size));
            const FsrsHistory history = FsrsHistory::fromLog(log, QTimeZone::UTC);
            answers += history.reviewCount();
            const auto comparison = FsrsOptimizer(history).compare();
            if (comparison && comparison->fittedIsBetter())
                ++better;
            if (comparison && comparison->defaults.predictions > 0)
                gain += 1 - comparison->fitted.logLoss / comparison->defaults.logLoss;
        }
        rows.append(QJsonObject {{QStringLiteral("answers"), answers / kLearners},
                                 {QStringLiteral("fit_better_share"), double(better) / kLearners},
                                 {QStringLiteral("mean_log_loss_gain_percent"), round2(100 * gain / kLearners)}});
    }
    return rows;
}

// The simulated log as a review-log CSV, for the comparison with fsrs-rs
// (packaging/compare-fsrs-rs/).
void writeSimulatedLog(const QString &path, int reviews, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(file.errorString());
    file.write("card_id,review_time,review_rating,review_state,review_duration\n");
    for (const FsrsHistory::LogRow &row : simulatedLog(reviews, seed))
        file.write(QStringLiteral("%1,%2,%3,%4,%5\n")
                       .arg(row.card)
                       .arg(row.timeMs)
                       .arg(row.rating)
                       .arg(row.state)
                       .arg(row.durationMs)
                       .toUtf8());
}

// The whiteboard during an interview: adding a component to a 40-component sketch
// and drawing the board again (the target is one frame, 16 ms), and comparing a
// sketch with its reference diagram (50 ms).
QJsonObject whiteboardSpeed(int runs)
{
    const QStringList kinds = SketchKinds::bundled().kinds();
    Sketch sketch;
    QRandomGenerator random(20261201);
    for (int i = 0; i < 40; ++i)
        sketch.components.append({QStringLiteral("c%1").arg(i + 1), kinds[i % kinds.size()],
                                  QStringLiteral("Component %1").arg(i + 1), QPointF(160 * (i % 8), 100 * (i / 8))});
    for (int i = 0; i < 60; ++i) {
        const int from = int(random.bounded(40)), to = (from + 1 + int(random.bounded(39))) % 40;
        sketch.connections.append({sketch.components[from].id, sketch.components[to].id,
                                   i % 3 == 0 ? QStringLiteral("label %1").arg(i) : QString(),
                                   i % 2 == 0 ? QStringLiteral("read") : QStringLiteral("write")});
    }
    WhiteboardScene scene;
    WhiteboardView view(&scene);
    view.resize(1200, 800);
    view.show();
    scene.load(sketch);
    view.fitToDrawing();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> adds;
    for (int run = 0; run < std::max(runs, 20); ++run) {
        QElapsedTimer timer;
        timer.start();
        scene.addComponent(QStringLiteral("cache"), QStringLiteral("Redis"), QPointF(700, 420));
        QPainter painter(&frame);
        view.render(&painter);
        painter.end();
        adds.append(timer.nsecsElapsed() / 1e6);
        scene.undoStack()->undo();
    }
    DiagramCatalog &catalog = DiagramCatalog::bundled();
    const DiagramFile *reference = catalog.find(QStringLiteral("chat-system"));
    QString error;
    const DiagramGeometry *geometry = reference ? catalog.geometry(*reference, view.font(), &error) : nullptr;
    if (!geometry)
        fail(error);
    QList<double> compares;
    for (int run = 0; run < std::max(runs, 20); ++run) {
        QElapsedTimer timer;
        timer.start();
        const SketchCoverage coverage = SketchComparison::compare(sketch, *geometry, SketchKinds::bundled());
        compares.append(timer.nsecsElapsed() / 1e6);
        if (coverage.matched.isEmpty())
            fail(QStringLiteral("the comparison matched nothing"));
    }
    return {{QStringLiteral("whiteboard_add_and_redraw_40_ms"), round2(median(adds))},
            {QStringLiteral("sketch_compare_ms"), round2(median(compares))}};
}

} // namespace

int main(int argc, char *argv[])
{
    // Sheets, the study window and the dashboard: widgets, shown nowhere. The app it starts
    // gets the platform this was started with.
    if (qgetenv("QT_QPA_PLATFORM") == "xcb")
        g_display = QString::fromLocal8Bit(qgetenv("DISPLAY"));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures import, start-up, search and memory."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption noScaleOption(QStringLiteral("no-scale"),
                                           QStringLiteral("Skip the 100,000-question bank."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("List the slowest searches and each start on stderr."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the databases it made."));
    const QCommandLineOption bankImportOption(QStringLiteral("bank-import"),
                                              QStringLiteral("Measure only reading and importing a bank."));
    const QCommandLineOption optimizerOption(
        QStringLiteral("optimizer"), QStringLiteral("Measure only fitting FSRS to 10,000 and 100,000 answers."));
    const QCommandLineOption revlogOption(QStringLiteral("write-revlog"),
                                          QStringLiteral("Write a simulated learner's review log as CSV and stop."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption revlogSizeOption(QStringLiteral("revlog-reviews"),
                                              QStringLiteral("About how many answers --write-revlog writes."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption revlogSeedOption(QStringLiteral("revlog-seed"),
                                              QStringLiteral("Which simulated learner --write-revlog writes."),
                                              QStringLiteral("SEED"), QStringLiteral("1"));
    const QCommandLineOption whiteboardOption(QStringLiteral("whiteboard"),
                                              QStringLiteral("Measure only the whiteboard and the sketch comparison."));
    const QCommandLineOption startupOption(
        QStringLiteral("startup"),
        QStringLiteral("Measure only start-up against a bare QMainWindow, offscreen and on Xvfb."));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QStringLiteral("Measure only importing a generated bank of N questions into a new database."),
        QStringLiteral("N"));
    parser.addOptions({runsOption, noScaleOption, verboseOption, keepOption, bankImportOption, optimizerOption,
                       revlogOption, revlogSizeOption, revlogSeedOption, whiteboardOption, startupOption,
                       importOption});
    parser.process(app);
    g_verbose = parser.isSet(verboseOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir bundledDir, scaleDir;
    // For looking into a slow query by hand: keep the generated databases.
    bundledDir.setAutoRemove(!parser.isSet(keepOption));
    scaleDir.setAutoRemove(!parser.isSet(keepOption));
    if (parser.isSet(keepOption))
        std::fprintf(stderr, "keeping %s and %s\n", qPrintable(bundledDir.path()), qPrintable(scaleDir.path()));
    if (!bundledDir.isValid() || !scaleDir.isValid())
        fail(QStringLiteral("no temporary folder"));

    if (parser.isSet(revlogOption)) {
        writeSimulatedLog(parser.value(revlogOption), parser.value(revlogSizeOption).toInt(),
                          parser.value(revlogSeedOption).toUInt());
        return 0;
    }
    if (parser.isSet(optimizerOption)) {
        QJsonObject optimizer = optimizerSpeed(runs);
        optimizer.insert(QStringLiteral("threshold"), fitThreshold());
        std::printf("%s", QJsonDocument(optimizer).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (parser.isSet(whiteboardOption)) {
        std::printf("%s", QJsonDocument(whiteboardSpeed(runs)).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (parser.isSet(bankImportOption)) {
        std::printf("%s",
                    QJsonDocument(bankReading(runs, bundledDir.path())).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (parser.isSet(importOption)) {
        const int questions = parser.value(importOption).toInt();
        const BankImporter::Source generated {QStringLiteral("synthetic"), QStringLiteral("Synthetic"),
                                              QStringLiteral("synthetic.md"), syntheticBank(questions, 20261128),
                                              std::nullopt};
        QList<double> imports;
        for (int run = 0; run < runs; ++run)
            imports.append(importMs(generated, scaleDir.path(), run));
        const double ms = median(imports);
        std::printf("%s",
                    QJsonDocument(QJsonObject {{QStringLiteral("import_questions"), questions},
                                               {QStringLiteral("import_ms"), round2(ms)},
                                               {QStringLiteral("import_per_question_ms"),
                                                std::round(ms / questions * 1e4) / 1e4}})
                        .toJson(QJsonDocument::Indented)
                        .constData());
        return 0;
    }
    if (parser.isSet(startupOption)) {
        (void)importMs(StudyLibrary::bundledBank(), bundledDir.path(), 0);
        const QString path = bundledDir.path() + QStringLiteral("/import-0.sqlite");
        std::printf("%s",
                    QJsonDocument(startupAgainstFloor(path, bundledDir.path(), runs))
                        .toJson(QJsonDocument::Indented)
                        .constData());
        return 0;
    }
    QJsonObject result = measure(StudyLibrary::bundledBank(), runs, bundledDir.path());
    result.insert(QStringLiteral("runs"), runs);
    result.insert(QStringLiteral("floor"),
                  startupAgainstFloor(bundledDir.path() + QStringLiteral("/import-0.sqlite"), bundledDir.path(), runs));
    result.insert(QStringLiteral("bank_import"), bankReading(runs, bundledDir.path()));
    result.insert(QStringLiteral("optimizer"), optimizerSpeed(runs));
    result.insert(QStringLiteral("whiteboard"), whiteboardSpeed(runs));
    if (!parser.isSet(noScaleOption)) {
        const BankImporter::Source big {QStringLiteral("synthetic-100k"), QStringLiteral("Synthetic"),
                                        QStringLiteral("synthetic-100k.md"), syntheticBank(100000, 20261128),
                                        std::nullopt};
        // The big bank comes on top of the bundled one, as a person's import would.
        QJsonObject scale = measure(big, std::max(1, runs / 2), scaleDir.path());
        result.insert(QStringLiteral("scale_100k"), scale);
    }
    std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
